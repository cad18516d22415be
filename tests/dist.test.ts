import { expect, html, waitUntil } from '@open-wc/testing';
import { elements } from '../src/elements.js';
import './define-all.js';
import { fixtureWithError, noticeLines, settle } from './helpers.js';

type Page = Window & { pageErrors: string[]; violations: string[] };

/** Opens a page in an iframe and waits until every kit element in it is defined and rendered. */
async function openPage(src: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '800px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Page;
  // Module scripts run after `load` may fire on a cached page: wait for the definitions themselves.
  await Promise.all(elements.map(({ tag }) => win.customElements.whenDefined(tag)));
  await settle(win.document.body);
  return win;
}

const jsonLdOf = (win: Window) => JSON.parse(win.document.head.querySelector('script[type="application/ld+json"]')!.textContent!);

describe('dist/iop-widgets.js, as a site loads it', () => {
  it('is one self-contained module: no import left in it', async () => {
    const code = await (await fetch('/dist/iop-widgets.js')).text();
    expect(code).not.to.match(/(^|[;}\s])import\s*(["'{*(]|\w+\s*from)/);
    expect(code).not.to.match(/\bimport\(/);
  });

  it('upgrades the elements in a plain HTML page, loaded twice without an error', async () => {
    const win = await openPage('/tests/fixtures/site.html');
    expect(win.pageErrors).to.deep.equal([]);
    const [inside, spanish] = win.document.querySelectorAll('iop-level-of-care');
    expect(inside.shadowRoot!.querySelector('[part~="current"]')!.textContent).to.contain('Intensive outpatient (IOP)');
    expect(inside.shadowRoot!.querySelector('[part~="note"]')!.textContent).to.contain('Harbor Recovery');
    expect(spanish.shadowRoot!.querySelector('caption')!.textContent).to.equal('Comparación de los niveles de atención');
    const schedule = win.document.querySelector('iop-schedule')!;
    expect(schedule.shadowRoot!.querySelector('[part~="week"]')!.textContent).to.match(/Evening track\s*6:00\s*–\s*9:00\s*PM\sCT/);
  });

  it('renders on a page with a strict Content-Security-Policy, with no violation reported', async () => {
    const response = await fetch('/tests/fixtures/strict.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const win = await openPage('/tests/fixtures/strict.html');
    const [chart, table] = win.document.querySelectorAll('iop-level-of-care');
    expect(chart.shadowRoot!.querySelector('[part~="current"]')!.textContent).to.contain('Intensive outpatient (IOP)');
    // The styles applied under the strict policy (the list of levels is laid out as a grid).
    expect(getComputedStyle(chart.shadowRoot!.querySelector('ol')!).display).to.equal('grid');
    // Object configs were parsed (levels) and a problem reported (current): nothing was eval'd or inlined.
    expect(table.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('current');
    const schedule = win.document.querySelector('iop-schedule')!;
    expect(schedule.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('weeks');
    expect(schedule.shadowRoot!.querySelectorAll('[part~="week"] tbody tr')).to.have.length(2);
    // The JSON-LD script was written under require-trusted-types-for 'script', with the schedule's hours.
    const jsonLd = jsonLdOf(win);
    expect(jsonLd.name).to.equal('Harbor Recovery');
    expect(jsonLd.openingHoursSpecification).to.have.length(6);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('works on a page whose old scripts put enumerable properties and toJSON on the built-in prototypes', async () => {
    const win = await openPage('/tests/fixtures/polluted.html');
    expect(win.pageErrors).to.deep.equal([]);
    for (const { tag } of elements) {
      const el = win.document.querySelector(tag)!;
      expect(win.customElements.get(tag), tag).to.exist;
      expect(el.shadowRoot, tag).to.exist;
      expect(el.shadowRoot!.querySelector('[part~="error"]'), tag).to.equal(null);
      if (tag !== 'iop-facility') expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent, tag).not.to.equal('');
    }
    // Default content built per language on first read is the kit's own, never an inherited `es`.
    const spanish = win.document.querySelector('iop-therapy-list[lang="es"]')!.shadowRoot!;
    expect(spanish.querySelectorAll('[part~="therapy"]').length).to.be.greaterThan(10);
    expect(spanish.querySelector('h4')!.textContent).to.equal('Terapia de grupo');
    const week = win.document.querySelector('iop-schedule[lang="es"]')!.shadowRoot!;
    expect([...week.querySelectorAll('[part~="track"] h3')].map((h) => h.textContent)).to.deep.equal(['Grupo de la mañana', 'Grupo de la tarde']);
    // The JSON-LD's lists are lists, not the strings prototype.js's Array#toJSON makes of them.
    const jsonLd = jsonLdOf(win);
    expect(jsonLd.availableService).to.be.an('array').with.length(1);
    expect(jsonLd.openingHoursSpecification).to.be.an('array').that.is.not.empty;
  });

  it('two copies on a site that allow-lists the kit’s Trusted Types policies by name: no error, every element works', async () => {
    const win = await openPage('/tests/fixtures/trusted-types-twice.html');
    // The second copy must have run too (its error, if any, is reported by then).
    await waitUntil(() => (win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length === 2, 'the second copy did not load');
    expect(win.pageErrors).to.deep.equal([]);
    // The browser reports the second copy's refused policy (that is the allow-list at work), and
    // nothing else: no render was blocked.
    expect(win.violations.filter((violation) => !violation.startsWith('trusted-types:'))).to.deep.equal([]);
    for (const { tag } of elements.filter(({ tag }) => tag !== 'iop-facility')) {
      expect(win.document.querySelector(tag)!.shadowRoot!.querySelector('[part~="heading"]'), tag).to.exist;
    }
    expect(jsonLdOf(win).name).to.equal('Harbor Recovery');
  });

  // The build rewrites nothing the source says: terser's "unsafe" options once turned the notice's
  // `String(error)` into `error+""`, which throws for a Symbol, so the element failed to update.
  it('a value whose getter throws a Symbol gets its notice, as from the source', async () => {
    const hostile = [{ get name(): string { throw Symbol('hostile'); } }];
    const { el, issues } = await fixtureWithError<HTMLElement>(html`<iop-therapy-list .therapies=${hostile}></iop-therapy-list>`);
    expect(issues).to.deep.equal([{ path: 'therapies', message: 'could not be read (Symbol(hostile))' }]);
    expect(noticeLines(el)).to.deep.equal(['iop-therapy-list: therapies: could not be read (Symbol(hostile))']);
  });
});
