import { expect } from '@open-wc/testing';

/** Opens a page in an iframe and waits until its custom elements are defined and rendered. */
async function openPage(src: string): Promise<Window & { pageErrors: string[]; violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '800px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { pageErrors: string[]; violations: string[] };
  await win.customElements.whenDefined('iop-level-of-care');
  await new Promise((resolve) => setTimeout(resolve, 50));
  return win;
}

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
    expect(schedule.shadowRoot!.querySelector('[part~="week"]')!.textContent).to.match(/Evening track\s*6:00\s*–\s*9:00\s*PM CT/);
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
    const jsonLd = JSON.parse(win.document.head.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.name).to.equal('Harbor Recovery');
    expect(jsonLd.openingHoursSpecification).to.have.length(6);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
