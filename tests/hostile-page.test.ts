import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import { fixtureWithError, part } from './helpers.js';
import { elements } from '../src/elements.js';

/** A theme that styles everything it can reach, with !important. */
const THEME = `
  * { color: rgb(255, 0, 0) !important; box-sizing: content-box !important; letter-spacing: 2px !important; font-size: 0 !important; }
  h2, h3 { text-transform: uppercase !important; font-size: 60px !important; margin: 80px !important; }
  input, button, select, table { display: none !important; }
  li { list-style: square !important; border: 5px dotted red !important; }
`;

// The elements with a box of their own (the facility only wraps the others).
const tags = elements.map(({ tag }) => tag).filter((tag) => tag !== 'iop-facility');

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = THEME;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  for (const tag of tags) {
    it(`${tag}: the page's theme does not reach inside`, async () => {
      const wrapper = await fixture(html`<div .innerHTML=${`<${tag} filterable view="table"></${tag}>`}></div>`);
      const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const heading = part(el, 'heading')!;
      expect(getComputedStyle(heading).textTransform).to.equal('none');
      expect(getComputedStyle(heading).color).to.equal('rgb(29, 40, 48)');
      expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.below(40);
      // The page's * { font-size: 0 !important } reaches the host: the text inside stays readable.
      expect(parseFloat(getComputedStyle(heading).fontSize)).to.be.at.least(16);
      expect(parseFloat(getComputedStyle(part(el, 'base')!).fontSize)).to.be.at.least(14);
      // (The "Details" disclosures show only on a narrow screen, by design.)
      for (const control of el.shadowRoot!.querySelectorAll('input:not([name="iop_website"]), button:not(.toggle), select, table')) {
        expect(getComputedStyle(control).display, control.localName).not.to.equal('none');
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the configuration notice stays readable too', async () => {
    const { el: wrapper } = await fixtureWithError(html`<div .innerHTML=${`<iop-facility phone="call us"></iop-facility>`}></div>`);
    const facility = wrapper.firstElementChild!;
    expect(parseFloat(getComputedStyle(part(facility, 'error')!.querySelector('p')!).fontSize)).to.be.at.least(14);
  });

  it('the documented custom properties and parts do restyle the elements', async () => {
    const page = document.createElement('style');
    page.textContent = `iop-level-of-care::part(heading) { color: rgb(0, 128, 0) !important; text-transform: none; }`;
    document.head.append(page);
    try {
      const wrapper = await fixture(html`<div style="--iop-color-primary: rgb(120, 20, 90); --iop-radius: 0px; --iop-font-family: Georgia, serif">
        <iop-level-of-care></iop-level-of-care>
      </div>`);
      const el = wrapper.querySelector('iop-level-of-care')!;
      await el.updateComplete;
      const current = part(el, 'current')!;
      expect(getComputedStyle(current).borderTopColor).to.equal('rgb(120, 20, 90)');
      expect(getComputedStyle(current).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(current).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(part(el, 'heading')!).color).to.equal('rgb(0, 128, 0)');
    } finally {
      page.remove();
    }
  });
});
