import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define-all.js';
import type { IopTherapyList } from '../src/iop-therapy-list/iop-therapy-list.js';
import { captureWarnings, fixtureWithError, noticeLines, part, parts, textOf } from './helpers.js';


/** The therapies a visitor can see (not merely present in the DOM). */
const names = (el: Element) => parts(el, 'therapy').filter((item) => item.checkVisibility()).map((item) => item.querySelector('h4')!.textContent);
const count = (el: Element) => part(el, 'count')!.textContent!.trim();
const control = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector)!;

/** Types into the search box the way a person does: focus, then keys. */
async function type(el: IopTherapyList, text: string) {
  control<HTMLInputElement>(el, 'input').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function clear(el: IopTherapyList) {
  control<HTMLInputElement>(el, 'input').focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

async function choose(el: IopTherapyList, index: number, value: string) {
  const select = el.shadowRoot!.querySelectorAll('select')[index];
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

const mine = [
  { name: 'Seeking Safety', description: 'Coping skills for trauma and substance use. Sessions follow a workbook. You can join at any week.', category: 'evidence-based', formats: ['group'], telehealth: true, url: 'https://example.org/seeking-safety' },
  { name: 'Women’s group', description: 'A weekly group for women in recovery.', category: 'support', formats: ['group'] },
  { name: 'Family night', category: 'core', formats: ['family'] },
];

describe('iop-therapy-list', () => {
  describe('defaults', () => {
    it('shows what an IOP typically offers, grouped by category', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list></iop-therapy-list>`);
      expect(part(el, 'heading')!.textContent).to.equal('Therapies we offer');
      expect(names(el)).to.have.length.of.at.least(12);
      expect(names(el)).to.include.members(['Group therapy', 'Family therapy', 'Case management', 'Medication management', 'Relapse prevention', 'Support groups', 'Cognitive behavioral therapy (CBT)', 'Dialectical behavior therapy (DBT)', 'EMDR', 'Motivational interviewing', 'Art therapy', 'Psychodrama', 'Equine therapy', 'Trauma-informed yoga', 'Breathwork', 'Music therapy']);
      const categories = parts(el, 'category');
      expect(categories.map((h) => h.textContent!.trim())).to.deep.equal(['Core services', 'Evidence-based therapies', 'Experiential therapies', 'Support', 'Medical care']);
      parts(el, 'therapy').forEach((item) => expect(item.querySelector('.more p')!.textContent!.length).to.be.greaterThan(30));
    });

    it('has no filters unless asked, and is accessible', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list></iop-therapy-list>`);
      expect(part(el, 'filters')).not.to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('therapies replaces the list; formats, telehealth and the safe link show', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list therapies=${JSON.stringify(mine)}></iop-therapy-list>`);
      expect(names(el)).to.deep.equal(['Family night', 'Seeking Safety', 'Women’s group']);
      const safety = parts(el, 'therapy')[1];
      expect(safety.querySelector('.tags')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Group · Telehealth available');
      expect(safety.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/seeking-safety');
      expect(safety.querySelector('a')!.textContent).to.equal('Learn more: Seeking Safety');
    });

    it('on a 320 px phone in Spanish, every “Detalles” button stays inside its card and on one line', async () => {
      const wrapper = await fixture(html`<div style="width: 288px" lang="es"><iop-therapy-list></iop-therapy-list></div>`);
      const el = wrapper.querySelector('iop-therapy-list')!;
      await el.updateComplete;
      const items = parts(el, 'therapy');
      expect(items.length).to.be.greaterThan(10);
      for (const item of items) {
        const button = item.querySelector('button');
        if (!button) continue;
        const [box, card] = [button.getBoundingClientRect(), item.getBoundingClientRect()];
        expect(box.right, item.textContent!.trim().slice(0, 30)).to.be.at.most(card.right);
        // One line: no taller than the button's own minimum height plus a little.
        expect(box.height, item.textContent!.trim().slice(0, 30)).to.be.below(48);
      }
    });

    it('on a phone, shows each therapy’s name and formats, and its description on demand', async () => {
      const wrapper = await fixture(html`<div style="width: 360px"><iop-therapy-list therapies=${JSON.stringify(mine)}></iop-therapy-list></div>`);
      const el = wrapper.querySelector('iop-therapy-list')!;
      const safety = parts(el, 'therapy')[1];
      const description = safety.querySelector<HTMLElement>('.more')!;
      expect(description.checkVisibility()).to.be.false;
      const button = safety.querySelector('button')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Details: Seeking Safety');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(description.id);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(description.checkVisibility()).to.be.true;
      expect(description.textContent).to.contain('Sessions follow a workbook. You can join at any week.').and.contain('Learn more');
      // A therapy with nothing more to say has no button.
      expect(parts(el, 'therapy')[0].querySelector('button')).to.be.null;
      await expect(el).to.be.accessible();
      // Wide, every description shows and there is nothing to open.
      (wrapper as HTMLElement).style.width = '900px';
      await waitUntil(() => !button.checkVisibility());
      expect(parts(el, 'therapy')[2].querySelector<HTMLElement>('.more')!.checkVisibility()).to.be.true;
    });

    it('on a phone, the default list is at most two thirds as tall as with every description shown', async () => {
      const wrapper = await fixture(html`<div style="width: 390px"><iop-therapy-list></iop-therapy-list></div>`);
      const el = wrapper.querySelector('iop-therapy-list')!;
      const compact = el.getBoundingClientRect().height;
      for (const button of el.shadowRoot!.querySelectorAll('button')) button.click();
      await el.updateComplete;
      expect(compact).to.be.below((el.getBoundingClientRect().height * 2) / 3);
    });

    it('layout="list" stacks the items in one column; grid puts them side by side', async () => {
      const wrapper = await fixture(html`<div style="width: 900px">
        <iop-therapy-list layout="list"></iop-therapy-list><iop-therapy-list></iop-therapy-list>
      </div>`);
      const [list, grid] = wrapper.querySelectorAll('iop-therapy-list');
      const tops = (el: Element) => parts(el, 'therapy').slice(0, 2).map((item) => item.getBoundingClientRect().top);
      const [a, b] = tops(list);
      expect(b).to.be.greaterThan(a);
      const [c, d] = tops(grid);
      expect(d).to.equal(c);
    });

    it('heading and strings change the text; markup in names shows as typed', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list
        heading="What we do"
        strings='{"core": "Every week"}'
        therapies='[{"name": "<b>Group</b> “talk” 🌱", "category": "core"}]'
      ></iop-therapy-list>`);
      expect(part(el, 'heading')!.textContent).to.equal('What we do');
      expect(part(el, 'category')!.textContent!.trim()).to.equal('Every week');
      expect(names(el)).to.deep.equal(['<b>Group</b> “talk” 🌱']);
      expect(part(el, 'therapy')!.querySelector('b')).not.to.exist;
    });

    it('reads the same keys from a script child', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list>
        <script type="application/json">
          { "therapies": [{ "name": "Women’s group", "category": "support" }], "filterable": true, "heading": "Groups" }
        </script>
      </iop-therapy-list>`);
      expect(names(el)).to.deep.equal(['Women’s group']);
      expect(part(el, 'filters')).to.exist;
      expect(part(el, 'heading')!.textContent).to.equal('Groups');
    });
  });

  describe('filtering', () => {
    it('a category filter the new catalogue no longer has is dropped: every therapy shown, under "All categories" (issue 23.10)', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable></iop-therapy-list>`);
      await choose(el, 0, 'experiential');
      expect(names(el)).to.include('Art therapy').and.not.include('Group therapy');
      el.therapies = [
        { name: 'Group therapy', category: 'core' },
        { name: 'Relapse prevention', category: 'core' },
      ];
      await el.updateComplete;
      expect(count(el)).to.equal('2 of 2 therapies shown');
      expect(names(el)).to.deep.equal(['Group therapy', 'Relapse prevention']);
      expect(el.shadowRoot!.querySelectorAll('select')[0].value).to.equal('');
      // A category the new catalogue still has stays chosen.
      await choose(el, 0, 'core');
      el.therapies = [{ name: 'Group therapy', category: 'core' }, { name: 'Art therapy', category: 'experiential' }];
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Group therapy']);
      expect(count(el)).to.equal('1 of 2 therapies shown');
    });

    it('by text, category and format, alone and combined, with the count in a polite live region', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable></iop-therapy-list>`);
      const total = names(el).length;
      expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
      expect(count(el)).to.equal(`${total} of ${total} therapies shown`);

      await type(el, 'stress');
      expect(names(el)).to.deep.equal(['Dialectical behavior therapy (DBT)', 'Breathwork']);
      expect(count(el)).to.equal(`2 of ${total} therapies shown`);

      await choose(el, 1, 'individual');
      expect(names(el)).to.deep.equal(['Dialectical behavior therapy (DBT)']);

      await choose(el, 1, '');
      await choose(el, 0, 'experiential');
      expect(names(el)).to.deep.equal(['Breathwork']);
      await clear(el);
      expect(names(el)).to.deep.equal(['Art therapy', 'Psychodrama', 'Equine therapy', 'Trauma-informed yoga', 'Breathwork', 'Music therapy']);
      await choose(el, 1, 'individual');
      expect(names(el)).to.deep.equal([]);
    });

    it('keeps an opened description open while the visitor filters', async () => {
      const wrapper = await fixture(html`<div style="width: 360px"><iop-therapy-list filterable therapies=${JSON.stringify(mine)}></iop-therapy-list></div>`);
      const el = wrapper.querySelector('iop-therapy-list')!;
      const expanded = () => [...el.shadowRoot!.querySelectorAll('button[aria-expanded="true"]')].map((b) => b.closest('li')!.querySelector('h4')!.textContent);
      el.shadowRoot!.querySelector<HTMLButtonElement>('li button')!.click();
      await el.updateComplete;
      expect(expanded()).to.deep.equal(['Seeking Safety']);
      await type(el, 'women');
      expect(names(el)).to.deep.equal(['Women’s group']);
      await clear(el);
      expect(names(el)).to.have.length(3);
      expect(expanded()).to.deep.equal(['Seeking Safety']);
    });

    it('keeps focus in the search box while the list changes under it', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable></iop-therapy-list>`);
      await type(el, 'ther');
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'input'));
      expect(control<HTMLInputElement>(el, 'input').value).to.equal('ther');
    });

    it('matches across accents and case, in Spanish', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable lang="es"></iop-therapy-list>`);
      await type(el, 'RESPIRACION');
      expect(names(el)).to.deep.equal(['Yoga sensible al trauma', 'Ejercicios de respiración']);
    });

    it('shows a clear empty state, and its reset brings everything back with focus in the search box', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable></iop-therapy-list>`);
      await type(el, 'astrology');
      expect(part(el, 'empty')!.textContent).to.equal('No therapies match your search.');
      expect(count(el)).to.match(/^0 of \d+ therapies shown$/);
      await expect(el).to.be.accessible();
      part(el, 'reset')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(names(el).length).to.be.at.least(12);
      expect(control<HTMLInputElement>(el, 'input').value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'input'));
    });

    it('is reachable by keyboard: Tab from the search box to each filter', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable></iop-therapy-list>`);
      control<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('select')[0]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('select')[1]);
      await expect(el).to.be.accessible();
    });

    it('on a phone, a filter leaves only the matches on screen', async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><iop-therapy-list filterable></iop-therapy-list></div>`);
      const el = wrapper.querySelector('iop-therapy-list')!;
      await type(el, 'yoga');
      expect(names(el)).to.deep.equal(['Trauma-informed yoga']);
      expect(count(el)).to.match(/^1 of \d+ therapies shown$/);
    });

    it('draws the first 50 of a long catalogue; "Show N more" reveals the rest, by keyboard, with focus on the first new card', async () => {
      const therapies = Array.from({ length: 120 }, (_, i) => ({ name: `Therapy ${i}`, category: 'core' }));
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable .therapies=${therapies}></iop-therapy-list>`);
      expect(names(el)).to.have.length(50);
      expect(count(el)).to.equal('120 of 120 therapies shown');
      expect(part(el, 'more')!.textContent!.trim()).to.equal('Show 70 more');
      // A filter with fewer matches than that draws them all, and the button goes.
      await type(el, '11');
      expect(names(el)).to.deep.equal(['Therapy 11', ...Array.from({ length: 10 }, (_, i) => `Therapy ${110 + i}`)]);
      expect(part(el, 'more')).not.to.exist;
      await clear(el);
      part(el, 'more')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el)).to.have.length(120);
      expect(count(el)).to.equal('120 of 120 therapies shown');
      expect(part(el, 'more')).not.to.exist;
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Therapy 50');
      await expect(el).to.be.accessible();
    });

    it('counts the matches in its live region while they are past 50, and a new catalogue starts again at 50', async () => {
      const therapies = Array.from({ length: 300 }, (_, i) => ({ name: `Therapy ${i} ${i % 2 ? 'odd' : 'even'} ${i % 3 ? '' : 'three'}`, category: 'core' }));
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list filterable .therapies=${therapies}></iop-therapy-list>`);
      await type(el, 'odd');
      expect(count(el)).to.equal('150 of 300 therapies shown');
      expect(part(el, 'more')!.textContent!.trim()).to.equal('Show 100 more');
      await type(el, ' three');
      expect(count(el)).to.equal('50 of 300 therapies shown');
      expect(names(el)).to.have.length(50);
      expect(part(el, 'more')).not.to.exist;
      await clear(el);
      part(el, 'more')!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(300);
      el.therapies = therapies.slice(0, 80);
      await el.updateComplete;
      expect(names(el)).to.have.length(50);
      expect(part(el, 'more')!.textContent!.trim()).to.equal('Show 30 more');
    });

    it('says how many more in Spanish', async () => {
      const therapies = Array.from({ length: 60 }, (_, i) => ({ name: `Terapia ${i}`, category: 'core' }));
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list lang="es" filterable .therapies=${therapies}></iop-therapy-list>`);
      expect(count(el)).to.equal('Se muestran 60 de 60 terapias');
      expect(part(el, 'more')!.textContent!.trim()).to.equal('Mostrar 10 más');
    });

    it('fits a 320 px phone: nothing wider than the screen', async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><iop-therapy-list filterable></iop-therapy-list></div>`);
      const el = wrapper.querySelector('iop-therapy-list')!;
      const edge = el.getBoundingClientRect().right;
      expect(el.getBoundingClientRect().width).to.equal(320);
      for (const node of el.shadowRoot!.querySelectorAll('*')) expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(edge + 0.5);
    });
  });

  describe('bad configuration', () => {
    const cases: [string, string, string][] = [
      ['not an array', '{"name": "CBT"}', 'therapies: expected a JSON array'],
      ['a missing name', '[{"category": "core"}]', 'therapies[0].name: expected text'],
      ['an empty name', '[{"name": " ", "category": "core"}]', 'therapies[0].name: expected a non-empty string'],
      ['an unknown category', '[{"name": "A", "category": "core"}, {"name": "B", "category": "core"}, {"name": "C", "category": "core"}, {"name": "D", "category": "holistic"}]', 'therapies[3].category: expected one of core, evidence-based, experiential, support, medical'],
      ['an unknown format', '[{"name": "A", "category": "core", "formats": ["couples"]}]', 'therapies[0].formats[0]: expected one of individual, group, family'],
      ['a javascript: url', '[{"name": "A", "category": "core", "url": "javascript:alert(1)"}]', 'therapies[0].url: only http:, https:, tel:, mailto: and relative links are allowed'],
      ['duplicate names', '[{"name": "CBT", "category": "core"}, {"name": "CBT", "category": "evidence-based"}]', 'therapies[1].name: duplicate value "CBT"'],
      ['bad JSON', '[{"name": "CBT",]', 'therapies: is not valid JSON'],
    ];
    for (const [what, value, expected] of cases) {
      it(`${what}: "${expected}"`, async () => {
        const { el } = await fixtureWithError<IopTherapyList>(html`<iop-therapy-list therapies=${value}></iop-therapy-list>`);
        expect(noticeLines(el).join('\n')).to.contain(`iop-therapy-list: ${expected}`);
      });
    }

    it('keeps the good items of a list with a bad one, never the defaults, and breaks no sibling', async () => {
      const container = await fixture(html`<div></div>`);
      const event = oneEvent(container, 'iop-config-error');
      await captureWarnings(async () => {
        container.innerHTML = `<iop-therapy-list therapies='${JSON.stringify([mine[0], { name: 'Yoga' }, mine[1]])}'></iop-therapy-list><iop-therapy-list></iop-therapy-list>`;
        await event;
      });
      const [bad, good] = container.querySelectorAll('iop-therapy-list');
      await bad.updateComplete;
      expect(noticeLines(bad)).to.deep.equal(['iop-therapy-list: therapies[1].category: expected one of core, evidence-based, experiential, support, medical']);
      expect(names(bad)).to.deep.equal(['Seeking Safety', 'Women’s group']);
      expect(names(good).length).to.be.at.least(12);
      await expect(bad).to.be.accessible();
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish under lang="es", defaults included', async () => {
      const el = await fixture<IopTherapyList>(html`<iop-therapy-list lang="es" filterable></iop-therapy-list>`);
      expect(part(el, 'heading')!.textContent).to.equal('Terapias que ofrecemos');
      expect(names(el)).to.include.members(['Terapia de grupo', 'Terapia cognitivo-conductual (TCC)', 'Musicoterapia']);
      expect(textOf(el)).to.contain('Servicios principales').and.contain('En grupo');
      expect(count(el)).to.match(/^Se muestran \d+ de \d+ terapias$/);
      await expect(el).to.be.accessible();
    });
  });
});
