import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define-all.js';
import { part } from './helpers.js';
import { elements } from '../src/elements.js';

type Kit = HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean };
// The elements with a box of their own (the facility only wraps the others).
const tags = elements.map(({ tag }) => tag).filter((tag) => tag !== 'iop-facility');
const settle = (els: Kit[]) => Promise.all(els.map((el) => el.updateComplete));

describe('a crowded page', () => {
  it('many instances created, moved and changed by script all keep working', async () => {
    const page = await fixture(html`<div><div id="a"></div><iop-facility id="b" phone="555-010-0199"></iop-facility></div>`);
    const [a, b] = [page.querySelector('#a')!, page.querySelector('#b')!];
    const els = tags.flatMap((tag) => [0, 1, 2].map(() => document.createElement(tag) as Kit));
    els.forEach((el, i) => (i % 2 ? a : b).append(el));
    await settle(els);
    els.forEach((el, i) => (i % 2 ? b : a).append(el));
    for (const el of els) el.setAttribute('heading', `Heading of ${el.localName}`);
    await settle(els);
    for (const el of els) {
      expect(part(el, 'heading')!.textContent, el.localName).to.equal(`Heading of ${el.localName}`);
      expect(part(el, 'error'), el.localName).to.equal(null);
    }
    // Ids live in each shadow root: every form's name field has its own label.
    const forms = els.filter((el) => el.localName === 'iop-appointment-form');
    const inputs = forms.map((form) => form.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!);
    expect(new Set(inputs).size).to.equal(3);
    inputs.forEach((input) => expect(input.labels![0].textContent).to.contain('Your name'));
  });

  it('a removed element stops listening; put back, it follows its configuration again', async () => {
    const page = await fixture(html`<div></div>`);
    for (const tag of tags) {
      const el = document.createElement(tag) as Kit;
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"heading": "First"}' });
      el.append(script);
      page.append(el);
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent, tag).to.equal('First');

      el.remove();
      script.textContent = '{"heading": "While away"}';
      // Mutation records are delivered before the next task: after one, an observer would have asked.
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.isUpdatePending, `${tag} still observes its script child after removal`).to.be.false;
      expect(part(el, 'heading')!.textContent, tag).to.equal('First');

      page.append(el);
      script.textContent = '{"heading": "Back"}';
      await waitUntil(() => part(el, 'heading')!.textContent === 'Back', `${tag} did not follow its script child after being put back`);
    }
  });
});
