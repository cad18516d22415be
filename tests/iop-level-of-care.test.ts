import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define-all.js';
import type { IopLevelOfCare } from '../src/iop-level-of-care/iop-level-of-care.js';
import { captureWarnings, fixtureWithError, noticeLines, part, parts, textOf } from './helpers.js';

const names = (el: Element) => parts(el, 'level').map((item) => item.querySelector('h3, th')!.textContent!.replace(/\s+/g, ' ').trim());

describe('iop-level-of-care', () => {
  describe('defaults', () => {
    it('shows the ASAM continuum from 0.5 to 4 as a ladder with intensive outpatient marked', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care></iop-level-of-care>`);
      expect(part(el, 'heading')!.tagName).to.equal('H2');
      expect(part(el, 'heading')!.textContent).to.equal('Levels of care');
      const items = parts(el, 'level');
      expect(items.map((li) => li.querySelector('.code')!.textContent)).to.deep.equal(['0.5', '1', '2.1', '2.5', '3', '4']);
      expect(items.every((li) => li.tagName === 'LI')).to.be.true;
      const current = part(el, 'current')!;
      expect(current.getAttribute('aria-current')).to.equal('true');
      expect(current.textContent).to.contain('Intensive outpatient (IOP)').and.contain('This program');
      expect(current.textContent).to.contain('9\u2060–\u206019 hours a week').and.contain('Lives at home');
      expect(textOf(el)).to.contain('24-hour medical and nursing care');
    });

    it('draws no bar whose length would mean nothing: the hours are said in words', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care></iop-level-of-care>`);
      expect(el.shadowRoot!.querySelector('svg, .rung')).to.be.null;
      expect(parts(el, 'level').map((li) => li.querySelector('.facts')!.textContent!.split(' · ')[0])).to.deep.equal([
        'Lives at home',
        'Fewer than 9 hours a week',
        '9\u2060–\u206019 hours a week',
        '20 or more hours a week',
        'Care around the clock',
        'Care around the clock',
      ]);
    });

    it('on a phone, a closed level shows its hours and a Details button; the current one starts open', async () => {
      const wrapper = await fixture(html`<div style="width: 360px"><iop-level-of-care></iop-level-of-care></div>`);
      const el = wrapper.querySelector('iop-level-of-care')!;
      const [, outpatient] = parts(el, 'level');
      const visible = (li: Element, selector: string) => li.querySelector<HTMLElement>(selector)!.checkVisibility();
      expect(visible(part(el, 'current')!, 'div.more')).to.be.true;
      expect(visible(outpatient, 'div.more')).to.be.false;
      expect(outpatient.querySelector<HTMLElement>('.facts')!.innerText.trim()).to.equal('Fewer than 9 hours a week');
      const button = outpatient.querySelector('button')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Details: Outpatient services');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(outpatient, 'div.more')).to.be.true;
      expect(outpatient.textContent).to.contain('Regular counseling sessions').and.contain('Lives at home');
      await expect(el).to.be.accessible();
      // Wide, everything shows and there is nothing to open.
      (wrapper as HTMLElement).style.width = '900px';
      await waitUntil(() => !button.checkVisibility());
      expect(visible(parts(el, 'level')[4], 'div.more')).to.be.true;
    });

    it('says the other levels are not offered, in words and not only in colour', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care></iop-level-of-care>`);
      const muted = parts(el, 'level').filter((li) => li.classList.contains('not-offered'));
      expect(muted).to.have.length(5);
      muted.forEach((li) => expect(li.textContent).to.contain('Not offered here'));
    });

    it('is accessible', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care></iop-level-of-care>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('current marks another level', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care current="2.5"></iop-level-of-care>`);
      expect(part(el, 'current')!.textContent).to.contain('Partial hospitalization (PHP)');
      expect(parts(el, 'current')).to.have.length(1);
    });

    it('offered marks the facility’s other levels as offered here', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care offered='["1","2.1","2.5"]'></iop-level-of-care>`);
      const badges = parts(el, 'badge').map((badge) => badge.textContent);
      expect(badges).to.deep.equal(['Not offered here', 'Also offered here', 'This program', 'Also offered here', 'Not offered here', 'Not offered here']);
    });

    it('one unknown code in offered keeps the good ones and names the bad one', async () => {
      const { el } = await fixtureWithError<IopLevelOfCare>(html`<iop-level-of-care offered='["1","2.1","2.5","3.7"]'></iop-level-of-care>`);
      const badges = parts(el, 'badge').map((badge) => badge.textContent);
      expect(badges).to.deep.equal(['Not offered here', 'Also offered here', 'This program', 'Also offered here', 'Not offered here', 'Not offered here']);
      expect(noticeLines(el)).to.deep.equal(['iop-level-of-care: offered[3]: "3.7" is not one of the levels shown (0.5, 1, 2.1, 2.5, 3, 4)']);
    });

    it('levels replaces the continuum, and current is not assumed when it is not among them', async () => {
      const levels = [
        { code: '1', name: 'Weekly counseling', hoursPerWeek: { min: 1, max: 3 } },
        { code: '2.1', name: 'Evening IOP', hoursPerWeek: { min: 9, max: 9 }, duration: '10 weeks' },
      ];
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care levels=${JSON.stringify(levels)}></iop-level-of-care>`);
      expect(names(el)).to.deep.equal(['Weekly counseling', 'Evening IOP']);
      expect(textOf(el)).to.contain('1\u2060–\u20603 hours a week').and.contain('9 hours a week').and.contain('Typical length: 10 weeks');
    });

    it('view="table" compares the levels in a real table, one row each, with headers', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care view="table"></iop-level-of-care>`);
      const table = el.shadowRoot!.querySelector('table')!;
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(Array(6).fill('col'));
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(6);
      expect(rows[2].querySelector('th[scope="row"]')!.textContent).to.contain('Intensive outpatient (IOP)');
      expect(rows[2].getAttribute('aria-current')).to.equal('true');
      expect(rows[4].textContent).to.contain('Care around the clock').and.contain('Lives at the treatment residence');
      // "At this facility" right after the level, so it shows on a phone without scrolling sideways.
      expect([...table.querySelectorAll('thead th')].map((th) => th.textContent).slice(0, 2)).to.deep.equal(['Level of care', 'At this facility']);
      expect(rows[2].children[1].textContent).to.equal('This program');
      await expect(el).to.be.accessible();
    });

    it('heading changes the heading, as text', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care heading="<b>Where IOP fits</b>"></iop-level-of-care>`);
      expect(part(el, 'heading')!.textContent).to.equal('<b>Where IOP fits</b>');
      expect(Boolean(part(el, 'heading')!.querySelector('b'))).to.be.false;
    });

    it('strings overrides any text', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care strings='{"thisProgram":"Our program","heading":"Care levels"}'></iop-level-of-care>`);
      expect(part(el, 'heading')!.textContent).to.equal('Care levels');
      expect(part(el, 'current')!.textContent).to.contain('Our program');
    });

    it('phone adds a call link to the closing note', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care name="Harbor Recovery" phone="+1 555 010 0199"></iop-level-of-care>`);
      const note = part(el, 'note')!;
      expect(note.textContent!.replace(/\s+/g, ' ')).to.contain('call Harbor Recovery at +1 555 010 0199.');
      expect(note.querySelector('a')!.getAttribute('href')).to.equal('tel:+15550100199');
    });

    it('re-renders when an attribute changes after upgrade', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care></iop-level-of-care>`);
      el.setAttribute('current', '1');
      await el.updateComplete;
      expect(part(el, 'current')!.textContent).to.contain('Outpatient services');
      el.current = '4';
      await el.updateComplete;
      expect(part(el, 'current')!.textContent).to.contain('Medically managed inpatient');
    });
  });

  describe('script child and properties', () => {
    it('reads the same keys from a child <script type="application/json">, and an attribute wins', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care heading="From the attribute">
        <script type="application/json">
          { "current": "2.5", "heading": "From the script", "offered": ["2.1", "2.5"], "view": "table" }
        </script>
      </iop-level-of-care>`);
      expect(part(el, 'heading')!.textContent).to.equal('From the attribute');
      expect(part(el, 'current')!.textContent).to.contain('Partial hospitalization');
      expect(el.shadowRoot!.querySelector('table')).to.exist;
    });

    it('follows a script child that a CMS replaces after upgrade', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care></iop-level-of-care>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"current":"1"}';
      el.append(script);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'current')!.textContent).to.contain('Outpatient services');
    });

    it('takes structured values as properties, for frameworks', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care
        .levels=${[{ code: '2.1', name: 'IOP', setting: 'home' }]}
        .offered=${['2.1']}
      ></iop-level-of-care>`);
      expect(names(el)).to.deep.equal(['IOP']);
    });
  });

  describe('bad configuration', () => {
    it('bad JSON: names the attribute in a notice, warns once, fires the event, and still shows the continuum', async () => {
      const { el, issues, warnings } = await fixtureWithError<IopLevelOfCare>(html`<iop-level-of-care levels='[{"code": "1",]'></iop-level-of-care>`);
      // A later update with the same problem does not warn or fire again.
      const later = await captureWarnings(async () => {
        el.heading = 'Changed';
        await el.updateComplete;
      });
      expect(later).to.deep.equal([]);
      expect(issues).to.have.length(1);
      expect(issues[0].path).to.equal('levels');
      expect(issues[0].message).to.match(/^is not valid JSON/);
      expect(noticeLines(el)[0]).to.match(/^iop-level-of-care: levels: is not valid JSON/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('iop-level-of-care: levels: is not valid JSON');
      expect(parts(el, 'level')).to.have.length(6);
    });

    const cases: [string, string, string, string][] = [
      ['an unknown current level', 'current', '9', 'current: "9" is not one of the levels shown (0.5, 1, 2.1, 2.5, 3, 4)'],
      ['a level code that is not a code', 'current', 'IOP', 'current: expected a level code such as 2.1'],
      ['an unknown offered level', 'offered', '["2.1","7"]', 'offered[1]: "7" is not one of the levels shown'],
      ['a level without a name', 'levels', '[{"code":"2.1","name":" "}]', 'levels[0].name: expected a non-empty string'],
      ['a misspelt key', 'levels', '[{"code":"2.1","name":"IOP","hoursPerweek":{"min":9}}]', 'levels[0]: unknown key "hoursPerweek"; known keys: code, name, summary, hoursPerWeek'],
      ['hours the wrong way round', 'levels', '[{"code":"2.1","name":"IOP","hoursPerWeek":{"min":19,"max":9}}]', 'levels[0].hoursPerWeek: min must not be greater than max'],
      ['hours in an unknown form', 'levels', '[{"code":"2.1","name":"IOP","hoursPerWeek":"lots"}]', 'levels[0].hoursPerWeek: expected one of "24h", a JSON object'],
      ['an unknown setting', 'levels', '[{"code":"2.1","name":"IOP","setting":"clinic"}]', 'levels[0].setting: expected one of home, residence, hospital'],
      ['the same code twice', 'levels', '[{"code":"1","name":"A"},{"code":"1","name":"B"}]', 'levels[1].code: duplicate value "1"'],
      ['not an array', 'levels', '{"code":"1"}', 'levels: expected a JSON array'],
      ['an unknown view', 'view', 'pie', 'view: expected one of chart, table'],
      ['an unknown text key', 'strings', '{"thisProgam":"Ours"}', 'strings: unknown key "thisProgam"'],
    ];
    for (const [what, attribute, value, expected] of cases) {
      it(`${what} is reported as "${expected}"`, async () => {
        const container = await fixture(html`<div></div>`);
        const event = oneEvent(container, 'iop-config-error');
        const el = document.createElement('iop-level-of-care');
        el.setAttribute(attribute, value);
        await captureWarnings(async () => {
          container.append(el);
          await event;
        });
        const line = noticeLines(el).find((text) => text.includes(expected.split(':')[0]));
        expect(line, noticeLines(el).join('\n')).to.contain(`iop-level-of-care: ${expected}`);
      });
    }

    it('a bad level is left out and the facility’s other levels still show', async () => {
      const { el } = await fixtureWithError<IopLevelOfCare>(html`<iop-level-of-care
          current="2.1"
          levels='[{"code": "1", "name": "Weekly"}, {"code": "2.1", "name": "IOP", "setting": "clinic"}, {"code": "2.5", "name": "PHP"}]'
        ></iop-level-of-care>`);
      expect(names(el)).to.deep.equal(['Weekly', 'PHP']);
      expect(noticeLines(el)).to.deep.equal([
        'iop-level-of-care: levels[1].setting: expected one of home, residence, hospital',
        'iop-level-of-care: current: "2.1" is not one of the levels shown (1, 2.5)',
      ]);
    });

    it('reports problems in the script child as such', async () => {
      const { el, issues } = await fixtureWithError<IopLevelOfCare>(html`<iop-level-of-care>
        <script type="application/json">{ "current": "9", "colour": "blue" }</script>
      </iop-level-of-care>`);
      expect(issues.map((issue) => issue.path)).to.have.members(['script', 'current']);
      expect(noticeLines(el).join('\n')).to.contain('unknown key "colour"').and.contain('(in the <script> config)');
    });

    it('names a script child that is not JSON, keeps the attributes, and reads the script again once it is fixed', async () => {
      const { el } = await fixtureWithError<IopLevelOfCare>(html`<iop-level-of-care view="table">
        <script type="application/json">{ "current": "1", }</script>
      </iop-level-of-care>`);
      expect(noticeLines(el)[0]).to.match(/^iop-level-of-care: script: is not valid JSON \(.+\)$/);
      expect(el.shadowRoot!.querySelector('table')).to.exist;
      expect(part(el, 'current')!.textContent).to.contain('Intensive outpatient');
      el.querySelector('script')!.textContent = '{ "current": "1" }';
      await waitUntil(() => !part(el, 'error'), 'the notice stayed after the fix');
      expect(part(el, 'current')!.textContent).to.contain('Outpatient services');
    });

    it('leaves a sibling working and its own content shown, and is accessible in the error state', async () => {
      const warnings = await captureWarnings(() =>
        fixture(html`<div>
          <iop-level-of-care current="nope"></iop-level-of-care>
          <iop-level-of-care id="ok" current="1"></iop-level-of-care>
        </div>`),
      );
      expect(warnings).to.have.length(1);
      const [bad, good] = document.querySelectorAll('iop-level-of-care');
      await bad.updateComplete;
      expect(part(bad, 'error')).to.exist;
      expect(parts(bad, 'level')).to.have.length(6);
      expect(Boolean(part(good, 'error'))).to.be.false;
      expect(part(good, 'current')!.textContent).to.contain('Outpatient services');
      await expect(bad).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('reaches the phone link, and in table view the scrollable table, with Tab', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care view="table" phone="555-010-0199"></iop-level-of-care>`);
      const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.scroll'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'note')!.querySelector('a'));
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish when the element or an ancestor says lang="es"', async () => {
      const wrapper = await fixture(html`<div lang="es-MX"><iop-level-of-care phone="555 010 0199" name="Harbor"></iop-level-of-care></div>`);
      const el = wrapper.querySelector('iop-level-of-care')!;
      expect(part(el, 'heading')!.textContent).to.equal('Niveles de atención');
      expect(part(el, 'current')!.textContent).to.contain('Programa ambulatorio intensivo (IOP)').and.contain('Este programa');
      expect(part(el, 'current')!.textContent).to.contain('De 9 a 19 horas por semana').and.contain('Vive en su casa');
      expect(part(el, 'note')!.textContent!.replace(/\s+/g, ' ')).to.contain('llame a Harbor al 555 010 0199.');
      // A label, then the value in lower case as Spanish writes after a colon, with nothing said twice.
      expect(part(el, 'current')!.textContent!.replace(/\s+/g, ' ')).to.contain('Duración habitual: de 8 a 12 semanas');
      await expect(el).to.be.accessible();
    });

    it('on a 320 px phone, the table shows "En este centro" without scrolling sideways', async () => {
      const wrapper = await fixture(html`<div lang="es" style="width: 320px"><iop-level-of-care view="table"></iop-level-of-care></div>`);
      const el = wrapper.querySelector('iop-level-of-care')!;
      const here = el.shadowRoot!.querySelectorAll('thead th')[1];
      expect(here.textContent).to.equal('En este centro');
      expect(here.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      // The duration cell starts with a capital, though the chart writes it after a colon.
      const cell = el.shadowRoot!.querySelectorAll('tbody tr')[2].children[5] as HTMLElement;
      expect(cell.textContent).to.equal('de 8 a 12 semanas');
      await expect(el).to.be.accessible();
    });

    it('words a rule spanning several keys in Spanish from the first render', async () => {
      const { el } = await fixtureWithError<IopLevelOfCare>(html`<iop-level-of-care lang="es" current="9"></iop-level-of-care>`);
      expect(noticeLines(el)).to.deep.equal(['iop-level-of-care: current: «9» no es ninguno de los niveles mostrados (0.5, 1, 2.1, 2.5, 3, 4)']);
    });

    it('switches language when lang changes, and reports problems in Spanish', async () => {
      const el = await fixture<IopLevelOfCare>(html`<iop-level-of-care></iop-level-of-care>`);
      await captureWarnings(async () => {
        el.setAttribute('lang', 'es');
        el.setAttribute('view', 'pastel');
        await el.updateComplete;
      });
      expect(part(el, 'heading')!.textContent).to.equal('Niveles de atención');
      expect(noticeLines(el)[0]).to.equal('iop-level-of-care: view: se esperaba uno de estos valores: chart, table');
      expect(part(el, 'error')!.textContent).to.contain('Parte de esta sección está mal configurada');
      await expect(el).to.be.accessible();
    });
  });
});
