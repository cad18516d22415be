import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import { isEndpointUrl, isSafeUrl } from '../src/shared/schema.js';
import { resolveLang } from '../src/shared/i18n.js';
import { commonText } from '../src/shared/i18n.js';
import { levelOfCareText } from '../src/iop-level-of-care/iop-level-of-care.strings.js';
import { fixtureWithError, noticeLines, part, settle, textOf } from './helpers.js';

describe('shared layer', () => {
  describe('the configuration notice', () => {
    // An element's own list styles once hid the notice's lines (the schedule's day lists are hidden
    // on wide screens): every line must be on screen, at phone and at desktop width.
    const broken: [string, string][] = [
      ['iop-level-of-care', 'current="9"'],
      ['iop-therapy-list', `therapies='[{"name": "A", "description": "B", "category": "magic"}]'`],
      ['iop-schedule', 'weeks="12-8"'],
      ['iop-appointment-form', 'fields=\'{"email": "sometimes"}\''],
    ];
    for (const [tag, attributes] of broken) {
      for (const width of [320, 1000]) {
        it(`${tag}: one sentence for the visitor, every technical line a click away, at ${width} px`, async () => {
          const { el: wrapper } = await fixtureWithError(html`<div style=${`width: ${width}px`} .innerHTML=${`<${tag} ${attributes}></${tag}>`}></div>`);
          const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          const notice = part(el, 'error')!;
          expect(notice.querySelector('p')!.textContent).to.equal('Part of this section is set up incorrectly.');
          expect(notice.querySelector('p')!.checkVisibility()).to.be.true;
          const details = notice.querySelector('details')!;
          expect(details.open, 'the technical detail starts folded').to.be.false;
          notice.querySelector('summary')!.click();
          const lines = [...notice.querySelectorAll('li')];
          expect(lines).to.not.be.empty;
          // An element's own list styles once hid the notice's lines (the schedule's day lists are
          // hidden on wide screens): opened, every line must be on screen.
          for (const line of lines) expect(line.checkVisibility() && line.getBoundingClientRect().height > 0, line.textContent!).to.be.true;
          await expect(el).to.be.accessible();
        });
      }
    }

    it('speaks the page’s language to the visitor; the detail stays for the webmaster', async () => {
      const { el: wrapper, issues } = await fixtureWithError(html`<div lang="es" .innerHTML=${`<iop-schedule weeks="12-8"></iop-schedule>`}></div>`);
      const notice = part(wrapper.firstElementChild!, 'error')!;
      expect(notice.querySelector('p')!.textContent).to.equal('Parte de esta sección está mal configurada.');
      expect(notice.querySelector('summary')!.textContent).to.equal('Detalles técnicos');
      expect(notice.querySelector('li')!.textContent).to.contain(`iop-schedule: weeks: ${issues[0].message}`);
    });

    it('lists 20 problems and counts the rest, alike in the notice, the warning and the event', async () => {
      // 1,000 therapies with one problem each: a category that does not exist.
      const therapies = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ name: `Therapy ${i}`, category: 'magic' })));
      const { el: wrapper, issues, warnings } = await fixtureWithError(html`<div .innerHTML=${`<iop-therapy-list therapies='${therapies}'></iop-therapy-list>`}></div>`);
      const lines = noticeLines(wrapper.firstElementChild!);
      expect(lines).to.have.length(21);
      expect(lines[20]).to.equal('iop-therapy-list: and 980 more');
      expect(issues).to.have.length(21);
      expect(issues[20]).to.deep.equal({ path: '', message: 'and 980 more' });
      expect(warnings).to.have.length(1);
      expect(warnings[0].split('\n')).to.deep.equal(lines);
    });

    it('a `strings` object whose getter throws is a bad value with a notice, never a throw', async () => {
      const el = document.createElement('iop-level-of-care') as HTMLElement & { strings: unknown };
      el.strings = {
        heading: 'Where IOP fits',
        get intro() {
          throw new Error('a broken plugin getter');
        },
      };
      const { el: wrapper } = await fixtureWithError(html`<div>${el}</div>`);
      expect(wrapper.firstElementChild).to.equal(el);
      expect(noticeLines(el)).to.deep.equal(['iop-level-of-care: strings.intro: could not be read (a broken plugin getter)']);
      // The other keys of the same object still apply.
      expect(part(el, 'heading')!.textContent).to.equal('Where IOP fits');
    });
  });

  describe('content already in the page', () => {
    it('a closed declarative shadow root (another tool’s HTML) is rendered into, not thrown at', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const box = document.createElement('div');
        (box as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe('<iop-level-of-care><template shadowrootmode="closed"><p>Stale copy</p></template></iop-level-of-care>');
        document.body.append(box);
        const el = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };
        await el.updateComplete;
        expect(errors).to.deep.equal([]);
        expect(el.hasUpdated).to.be.true;
        // The levels are drawn (six cards), not the stale paragraph.
        expect(el.getBoundingClientRect().height).to.be.above(300);
        box.remove();
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  });

  describe('links', () => {
    const allowed = ['https://example.org/iop', 'http://example.org', '/therapies/cbt', 'cbt.html', '#cbt', 'tel:+15550100199', 'mailto:intake@example.org', '//cdn.example.org/x'];
    const refused = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'blob:https://example.org/x'];
    for (const url of allowed) it(`allows ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.be.true);
    for (const url of refused) it(`refuses ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.be.false);

    it('sends form data only to https, relative, or this machine over http', () => {
      expect(['https://api.example.org/x', '/api/requests', 'http://localhost:8000/x', 'http://127.0.0.1/x'].every(isEndpointUrl)).to.be.true;
      expect(['http://example.org/x', 'javascript:alert(1)', 'mailto:a@b.c'].some(isEndpointUrl)).to.be.false;
    });
  });

  describe('language', () => {
    it('follows the nearest lang, across shadow roots, keeping the region for Intl', async () => {
      const outer = await fixture(html`<div lang="es-MX"><div id="host"></div></div>`);
      const host = outer.querySelector('#host')!;
      const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
      expect(resolveLang(inner)).to.deep.equal({ lang: 'es', locale: 'es-MX', text: 'es' });
      host.setAttribute('lang', 'fr');
      expect(resolveLang(inner)).to.deep.equal({ lang: 'en', locale: 'en', text: 'fr' });
    });

    it('follows a change of <html lang> or of an ancestor’s lang: every element re-renders, text per language too', async () => {
      const root = document.documentElement;
      const was = root.getAttribute('lang');
      const observe = MutationObserver.prototype.observe;
      let watchers = 0;
      MutationObserver.prototype.observe = function (target, options) {
        if (target === root) watchers++;
        return observe.call(this, target, options);
      };
      try {
        const page = await fixture(html`<div>
          <iop-facility timezone="America/Chicago" endpoint="/x">
            <iop-level-of-care></iop-level-of-care>
            <iop-therapy-list></iop-therapy-list>
            <iop-schedule>
              <script type="application/json">
                { "tracks": [{ "name": { "en": "Evening track", "es": "Grupo de la tarde" }, "sessions": [{ "day": "mon", "start": "18:00", "end": "21:00" }] }] }
              </script>
            </iop-schedule>
            <iop-appointment-form></iop-appointment-form>
          </iop-facility>
        </div>`);
        await settle(page);
        const headings = () => [...page.querySelectorAll('iop-level-of-care, iop-therapy-list, iop-schedule, iop-appointment-form')].map((el) => part(el, 'heading')!.textContent!.trim());
        const track = () => textOf(page.querySelector('iop-schedule')!);
        expect(headings()).to.deep.equal(['Levels of care', 'Therapies we offer', 'Program schedule', 'Ask for an appointment']);
        expect(track()).to.contain('Evening track');
        // The page switches language (a CMS's language toggle): nothing else happens.
        root.setAttribute('lang', 'es-MX');
        await settle(page);
        expect(headings()).to.deep.equal(['Niveles de atención', 'Terapias que ofrecemos', 'Horario del programa', 'Pida una cita']);
        expect(track()).to.contain('Grupo de la tarde').and.not.contain('Evening track');
        // An ancestor nearer than <html> wins, and its change is followed too.
        page.setAttribute('lang', 'en');
        await settle(page);
        expect(headings()[0]).to.equal('Levels of care');
        expect(track()).to.contain('Evening track');
        // One observer for the page, not one per element.
        expect(watchers).to.be.at.most(1);
      } finally {
        MutationObserver.prototype.observe = observe;
        if (was === null) root.removeAttribute('lang');
        else root.setAttribute('lang', was);
      }
    });

    // Tags as CMSs write them, and tags Intl refuses: each element renders, in the right language.
    const tags: [string, string][] = [
      ['es_MX', 'Horario del programa'],
      ['ES', 'Horario del programa'],
      ['en_US', 'Program schedule'],
      ['en-', 'Program schedule'],
      ['not a tag!', 'Program schedule'],
    ];
    for (const [tag, heading] of tags) {
      it(`lang="${tag}": the schedule renders, headed "${heading}", and nothing throws`, async () => {
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        addEventListener('error', onError);
        try {
          const el = await fixture(html`<iop-schedule lang=${tag} timezone="America/Chicago"></iop-schedule>`);
          expect(part(el, 'heading')!.textContent).to.equal(heading);
          expect(part(el, 'error')).to.equal(null);
          expect(part(el, 'track')).to.exist;
        } finally {
          removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    it('has every English text in Spanish, and no Spanish text left in English', () => {
      for (const table of [commonText, levelOfCareText]) {
        expect(Object.keys(table.es)).to.deep.equal(Object.keys(table.en));
        const same = Object.keys(table.en).filter((k) => table.en[k as keyof typeof table.en] === table.es[k as keyof typeof table.es] && /[a-z]{4}/i.test(table.en[k as keyof typeof table.en]));
        expect(same, 'untranslated').to.deep.equal([]);
      }
    });
  });

  describe('config text is text', () => {
    it('shows markup in configuration as the characters typed', async () => {
      const levels = [{ code: '2.1', name: '<img src=x onerror="window.pwned=1"> IOP “evening” 🌙', summary: '</li><script>window.pwned=1</script>' }];
      const el = await fixture(html`<iop-level-of-care levels=${JSON.stringify(levels)} current="2.1"></iop-level-of-care>`);
      const item = part(el, 'current')!;
      expect(Boolean(item.querySelector('img, script'))).to.be.false;
      expect(item.querySelector('h3')!.textContent).to.equal(levels[0].name);
      expect(item.textContent).to.contain(levels[0].summary);
      expect((window as unknown as { pwned?: number }).pwned).to.be.undefined;
    });
  });
});
