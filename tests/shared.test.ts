import { expect, fixture, html } from '@open-wc/testing';
import './define-all.js';
import { isEndpointUrl, isSafeUrl } from '../src/shared/schema.js';
import { resolveLang } from '../src/shared/i18n.js';
import { commonText } from '../src/shared/i18n.js';
import { levelOfCareText } from '../src/iop-level-of-care/iop-level-of-care.strings.js';
import { fixtureWithError, part } from './helpers.js';

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
        it(`${tag}: every line shows at ${width} px`, async () => {
          const { el: wrapper } = await fixtureWithError(html`<div style=${`width: ${width}px`} .innerHTML=${`<${tag} ${attributes}></${tag}>`}></div>`);
          const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await el.updateComplete;
          const lines = [...part(el, 'error')!.querySelectorAll('li')];
          expect(lines).to.not.be.empty;
          for (const line of lines) expect(line.getBoundingClientRect().height, line.textContent!).to.be.above(0);
        });
      }
    }
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
      expect(resolveLang(inner)).to.deep.equal({ lang: 'es', locale: 'es-MX' });
      host.setAttribute('lang', 'fr');
      expect(resolveLang(inner)).to.deep.equal({ lang: 'en', locale: 'en' });
    });

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
