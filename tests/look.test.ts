import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './define-all.js';
import type { IopSchedule } from '../src/iop-schedule/iop-schedule.js';
import { part, parts, textOf } from './helpers.js';

// Issue 25: the kit on a facility's real page (a dark band, the page's own headings, its brand).

const tags = ['iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-appointment-form'];
const attrs = 'filterable endpoint="/x"';
const WINTER = new Date('2026-01-05T12:00:00Z'); // a Monday

/** Relative luminance and contrast of CSS rgb() colours. */
const luminance = (color: string) => {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = +c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
/** The colour painted behind a node: its own background, else its nearest painted ancestor's (crossing the shadow root). */
const backdrop = (node: Element): string => {
  for (let n: Element | null = node; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
    const bg = getComputedStyle(n).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
};

async function inBand(tag: string, style: string, extra = '') {
  const wrapper = await fixture(html`<div style=${style} .innerHTML=${`<${tag} ${attrs} ${extra}></${tag}>`}></div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

describe('on a facility page (issue 25)', () => {
  describe('25.1 a dark band', () => {
    for (const tag of tags) {
      it(`${tag}: every text reads on a dark band with no kit setting (axe colour contrast)`, async () => {
        const el = await inBand(tag, 'background:#1b2a38;color:#f5efe6;padding:16px');
        await expect(el).to.be.accessible();
        // The heading itself, measured: at least 4.5:1 against what is painted behind it.
        const heading = part(el, 'heading')!;
        expect(contrast(getComputedStyle(heading).color, backdrop(heading))).to.be.at.least(4.5);
      });

      it(`${tag}: on a light page nothing is painted and nothing moves`, async () => {
        const el = await inBand(tag, 'background:#f5efe6;color:#222');
        const base = part(el, 'base')!;
        expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(base).paddingTop).to.equal('0px');
        await expect(el).to.be.accessible();
      });
    }

    it('a dark band whose colours are written in oklch() or color() (Tailwind 4) is seen as dark too', async () => {
      for (const style of ['background:oklch(0.25 0.03 250);color:oklch(0.98 0 0);padding:16px', 'background:color(srgb 0.1 0.15 0.2);color:color(srgb 1 1 1);padding:16px']) {
        const el = await inBand('iop-appointment-form', style);
        const heading = part(el, 'heading')!;
        expect(contrast(getComputedStyle(heading).color, backdrop(heading)), style).to.be.at.least(4.5);
        await expect(el).to.be.accessible();
      }
    });

    it('a theme for a dark band (light text, dark surface) is followed, not overpainted', async () => {
      const el = await inBand(
        'iop-level-of-care',
        'background:#1b2a38;color:#f5efe6;--iop-color-surface:#22384a;--iop-color-text:#f5efe6;--iop-color-muted:#d7dde2;--iop-color-primary:#9fd8e3;--iop-color-on-primary:#10222b',
      );
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(34, 56, 74)');
      await expect(el).to.be.accessible();
    });
  });

  describe('25.2 heading-level', () => {
    for (const tag of tags) {
      it(`${tag}: heading-level="4" makes its heading an h4 and the headings under it h5`, async () => {
        const el = await inBand(tag, '', 'heading-level="4"');
        expect(part(el, 'heading')!.tagName).to.equal('H4');
        const inner = [...el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => h !== part(el, 'heading'));
        for (const h of inner) expect(['H5', 'H6'], h.textContent!).to.include(h.tagName);
        await expect(el).to.be.accessible();
      });

      it(`${tag}: heading="" shows no heading, and the region is named by the default text`, async () => {
        const el = await inBand(tag, '', 'heading=""');
        // Counted, not compared: chai's message for a failing element match is slow to build.
        expect(parts(el, 'heading').length).to.equal(0);
        expect(el.shadowRoot!.querySelectorAll('h2:empty, h3:empty, h4:empty').length).to.equal(0);
        const base = part(el, 'base')!;
        const label = el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!;
        expect(label.textContent!.trim()).to.not.equal('');
        await expect(el).to.be.accessible();
      });
    }

    it('the default is h2 with h3 under it; the Spanish heading follows the level too', async () => {
      const el = await inBand('iop-schedule', '', 'lang="es" heading-level="3"');
      expect(part(el, 'heading')!.tagName).to.equal('H3');
      expect(part(el, 'heading')!.textContent).to.equal('Horario del programa');
      expect(parts(el, 'track-name').map((h) => h.tagName)).to.deep.equal(['H4', 'H4']);
      const plain = await inBand('iop-therapy-list', '');
      expect(part(plain, 'heading')!.tagName).to.equal('H2');
      expect(part(plain, 'category')!.tagName).to.equal('H3');
      expect(part(plain, 'therapy-name')!.tagName).to.equal('H4');
    });

    it('heading-level="6" keeps the headings under it at h6; a bad level is named and 2 is used', async () => {
      const deep = await inBand('iop-therapy-list', '', 'heading-level="6"');
      expect(part(deep, 'therapy-name')!.tagName).to.equal('H6');
      const bad = await inBand('iop-level-of-care', '', 'heading-level="9"');
      expect(part(bad, 'heading')!.tagName).to.equal('H2');
      expect(textOf(part(bad, 'error')!)).to.contain('heading-level').and.contain('2, 3, 4, 5, 6');
    });
  });

  describe('25.3 names a screen reader reads', () => {
    it('toggle names carry no glyph, in English and Spanish ', async () => {
      for (const lang of ['en', 'es']) {
        const wrapper = await fixture(html`<div style="width: 360px" lang=${lang}><iop-level-of-care></iop-level-of-care><iop-therapy-list></iop-therapy-list></div>`);
        for (const el of wrapper.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const toggles = [...wrapper.children].flatMap((el) => parts(el, 'toggle'));
        expect(toggles.length).to.be.above(5);
        const details = lang === 'en' ? 'Details: Early intervention' : 'Detalles: Intervención temprana';
        expect(toggles.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.include(details);
        // The name is the text plus what ::after adds: a chevron whose alternative text is empty adds nothing.
        for (const button of toggles) {
          const after = getComputedStyle(button, '::after').content;
          expect(after, button.textContent!).to.satisfy((content: string) => !/[▾▴]/.test(content) || /\/ ""$/.test(content));
        }
        // The chevron still shows.
        expect(getComputedStyle(parts(wrapper.firstElementChild!, 'toggle')[0], '::after').content).to.contain('▾');
      }
    });

    it('a track heading keeps its telehealth badge a word apart; one region per element, not per track', async () => {
      const el = await inBand('iop-schedule', '', 'lang="es"');
      const tracks = JSON.stringify([{ name: 'Evening track', telehealth: true, sessions: [{ day: 'mon', start: '18:00', end: '21:00' }] }]);
      el.setAttribute('tracks', tracks);
      await el.updateComplete;
      expect(part(el, 'track-name')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Evening track Telesalud');
      const regions = (root: Element) => root.shadowRoot!.querySelectorAll('section[aria-label], section[aria-labelledby], [role="region"]').length;
      expect(regions(el)).to.equal(1);
      expect(regions(await inBand('iop-level-of-care', '', 'view="table"'))).to.equal(1);
    });
  });

  describe('cards on a phone', () => {
    // At 320 px the Details button beside each name left the name a column a few letters wide, so
    // Spanish names broke inside their words ("Prevenció/n", "Arteterap/ia").
    for (const tag of ['iop-therapy-list', 'iop-level-of-care']) {
      it(`${tag}: in a 248 px column the Details button sits under the name, which keeps its words whole (Spanish)`, async () => {
        const wrapper = await fixture(html`<div style="width: 248px; font-size: 17px" lang="es">${tag === 'iop-therapy-list' ? html`<iop-therapy-list></iop-therapy-list>` : html`<iop-level-of-care></iop-level-of-care>`}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const cards = [...el.shadowRoot!.querySelectorAll('li')].filter((li) => li.querySelector(':scope > .toggle'));
        expect(cards.length).to.be.above(3);
        for (const card of cards) {
          const name = card.querySelector('h3, h4, h5, h6')!;
          const toggle = card.querySelector(':scope > .toggle')!;
          expect(toggle.getBoundingClientRect().top, name.textContent!).to.be.at.least(name.getBoundingClientRect().bottom);
          // Each word of the name on one line (a break after a hyphen is a real one): a range over it has a single box.
          for (const match of name.textContent!.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            const text = [...name.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(match[0]))!;
            const at = text.textContent!.indexOf(match[0]);
            range.setStart(text, at);
            range.setEnd(text, at + match[0].length);
            // (One line: WebKit adds an empty box at a line's edge, so count the lines the painted boxes are on.)
            const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
            expect(lines.size, match[0]).to.equal(1);
          }
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('25.5 the level-of-care table at 320 px', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('shows both first columns whole, keeps rows short, and says it scrolls sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const wrapper = await fixture(html`<div style="width: 248px; font-size: 17px"><iop-level-of-care view="table"></iop-level-of-care></div>`);
      const el = wrapper.querySelector('iop-level-of-care')!;
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('.scroll')!.getBoundingClientRect();
      const [, here] = el.shadowRoot!.querySelectorAll('thead th');
      expect(here.getBoundingClientRect().right).to.be.at.most(box.right);
      // No row taller than its first two cells need (what a phone shows decides the height), none over 140 px.
      const bottomOf = (cell: Element) =>
        [...cell.childNodes].reduce((bottom, node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return Math.max(bottom, range.getBoundingClientRect().bottom);
        }, 0);
      for (const tr of el.shadowRoot!.querySelectorAll('tbody tr')) {
        const [name, badge] = tr.children;
        const { top, bottom } = tr.getBoundingClientRect();
        // (the bottom padding and rule: 0.5em + 1px)
        expect(bottom - Math.max(bottomOf(name), bottomOf(badge)), name.textContent!).to.be.at.most(14);
        expect(bottom - top, name.textContent!).to.be.at.most(140);
      }
      const hint = el.shadowRoot!.getElementById('hint')!;
      expect(hint.checkVisibility()).to.be.true;
      expect(hint.textContent).to.equal('Scroll sideways to see every column.');
      await expect(el).to.be.accessible();
      // Wide, the table fits and says nothing.
      (wrapper as HTMLElement).style.width = '700px';
      await waitUntil(() => !hint.checkVisibility());
    });

    it('says so in Spanish', async () => {
      const el = await inBand('iop-level-of-care', 'width: 284px', 'view="table" lang="es"');
      expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('Desplácese hacia los lados para ver todas las columnas.');
    });
  });

  describe('25.6 the schedule’s words', () => {
    async function schedule(attributes: string, width = 1000) {
      const wrapper = await fixture(html`<div style=${`width: ${width}px`} .innerHTML=${`<iop-schedule ${attributes}></iop-schedule>`}></div>`);
      const el = wrapper.querySelector('iop-schedule') as IopSchedule;
      el.now = WINTER;
      el.requestUpdate();
      await el.updateComplete;
      return el;
    }
    const fold = (text: string) => text.replace(/\u2060/g, '').replace(/[\s\u202f]+/g, ' ').trim();
    const header = (el: Element) => [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);

    it('shows only the weekdays the program meets', async () => {
      const el = await schedule(`tracks='[{"name":"A","sessions":[{"day":"mon","start":"09:00","end":"12:00"},{"day":"wed","start":"09:00","end":"12:00"}]}]'`);
      expect(header(el)).to.deep.equal(['Track', 'Monday', 'Wednesday']);
    });

    it('names UTC as UTC', async () => {
      const el = await schedule('timezone="UTC"');
      expect(fold(part(el, 'summary')!.textContent!)).to.contain('Times are UTC.');
      expect(fold(el.shadowRoot!.querySelector('tbody td div')!.textContent!)).to.match(/ UTC/);
      expect(textOf(el)).to.not.contain('GMT');
    });

    it('writes midnight with its AM, accepts an end at 24:00, and counts an end at 23:59 as midnight', async () => {
      const tracks = (start: string, end: string) => `tracks='[{"name":"Late","sessions":[{"day":"mon","start":"${start}","end":"${end}"},{"day":"tue","start":"${start}","end":"${end}"},{"day":"wed","start":"${start}","end":"${end}"}]}]' timezone="America/New_York" weeks="8-12"`;
      const early = await schedule(tracks('00:00', '03:00'));
      expect(fold(early.shadowRoot!.querySelector('tbody td div')!.textContent!)).to.equal('12:00 AM – 3:00 AM');
      const late = await schedule(tracks('21:00', '24:00'));
      expect(parts(late, 'error').length).to.equal(0);
      expect(fold(late.shadowRoot!.querySelector('tbody td div')!.textContent!)).to.equal('9:00 PM – 12:00 AM');
      expect(fold(late.shadowRoot!.querySelector('.totals')!.textContent!)).to.equal('3 sessions a week · 9 hours a week · 72–108 hours in all');
      const minute = await schedule(tracks('21:00', '23:59'));
      expect(fold(minute.shadowRoot!.querySelector('.totals')!.textContent!)).to.equal('3 sessions a week · 9 hours a week · 72–108 hours in all');
    });

    it('at 320 px a time range stays on one line; in the table it breaks only after its dash', async () => {
      const phone = await schedule('timezone="America/Chicago"', 284);
      for (const time of phone.shadowRoot!.querySelectorAll<HTMLElement>('.days .time')) {
        const lines = time.getClientRects().length;
        expect(lines, time.textContent!).to.equal(1);
      }
      const wide = await schedule('timezone="America/Chicago"');
      const cell = wide.shadowRoot!.querySelector('tbody td div .time')!.textContent!;
      // Non-breaking spaces everywhere but after the dash: "12:00" never leaves its "PM CT".
      expect(cell.replace(/ /g, '·')).to.match(/^[^·]+–·[^·]+$/);
      expect(fold(cell)).to.equal('9:00 AM – 12:00 PM CT');
    });

    it('in Spanish: "de 8 a 12 semanas", "Grupo de la tarde", "hora del centro"', async () => {
      const el = await schedule('lang="es" timezone="America/Chicago"');
      const summary = fold(part(el, 'summary')!.textContent!);
      expect(summary).to.contain('El programa dura de 8 a 12 semanas.').and.contain('hora del centro');
      expect(summary).to.not.contain('hora central');
      expect(parts(el, 'track-name').map((h) => fold(h.textContent!))).to.deep.equal(['Grupo de la mañana', 'Grupo de la tarde']);
      expect(fold(el.shadowRoot!.querySelector('.totals')!.textContent!)).to.contain('de 72 a 108 horas en total');
    });
  });

  describe('25.7 theming', () => {
    it('parts on toggles, inputs, labels, the tables and every heading', async () => {
      const list = await inBand('iop-therapy-list', 'width: 360px');
      for (const name of ['label', 'input', 'select', 'category', 'therapy-name', 'toggle']) expect(part(list, name), name).to.exist;
      expect(parts(list, 'label').every((label) => label.tagName === 'LABEL')).to.be.true;
      const loc = await inBand('iop-level-of-care', 'width: 360px');
      for (const name of ['level-name', 'toggle']) expect(part(loc, name), name).to.exist;
      const table = await inBand('iop-level-of-care', '', 'view="table"');
      expect(part(table, 'table')!.tagName).to.equal('TABLE');
      const week = await inBand('iop-schedule', '');
      expect(part(week, 'table')!.tagName).to.equal('TABLE');
      expect(part(week, 'track-name')).to.exist;
    });

    it('--iop-color-on-primary colours text on the primary colour; --iop-font-family-heading the headings', async () => {
      const el = await inBand('iop-level-of-care', '--iop-color-on-primary: rgb(255, 255, 0); --iop-font-family-heading: Georgia, serif; font-family: Arial');
      expect(getComputedStyle(part(el, 'current')!.querySelector('[part~="badge"]')!).color).to.equal('rgb(255, 255, 0)');
      expect(getComputedStyle(part(el, 'heading')!).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(part(el, 'level-name')!).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(part(el, 'note')!).fontFamily).to.equal('Arial');
      const form = await inBand('iop-appointment-form', '--iop-color-on-primary: rgb(255, 255, 0)');
      expect(getComputedStyle(form.shadowRoot!.querySelector('button[type="submit"], button')!).color).to.equal('rgb(255, 255, 0)');
    });

    it('elements stacked in one snippet do not touch', async () => {
      const wrapper = await fixture(html`<div><iop-level-of-care></iop-level-of-care><iop-schedule></iop-schedule></div>`);
      const [a, b] = wrapper.children;
      await (b as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom).to.be.at.least(16);
      expect(getComputedStyle(b).marginBottom).to.equal('0px');
    });
  });
});
