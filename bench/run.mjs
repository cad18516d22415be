// `npm run bench`: what the kit costs a page, measured in one run beside its peers (plain HTML, Lit
// alone, Shoelace, Material Web) and against the same content as static HTML, in the browser that
// scripts/browser.mjs finds, driven by puppeteer-core. Prints one Markdown table and writes it to
// bench/results.md. `--runs N` (default 20: a 2-core machine's noise needs them). The all-five page
// as it is, prerendered and as its static twin, with 4x CPU throttling: `--load-runs N` (default 10);
// `--prerender-only` measures and prints just those.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { launch as launchBrowser } from '../scripts/browser.mjs';
import { startServer } from '../demo/serve.mjs';
import { BUDGET_GZIP, measureSize } from './size.mjs';
import { benchPages, READY } from './pages.mjs';
import { prerender } from '../prerender/index.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20;
const launch = (args = []) => launchBrowser({ args, defaultViewport: { width: 1280, height: 900 } });

/** Collects layout shifts from the first byte, in the page itself. */
const observeShifts = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * One page load in a fresh browser context of the running browser: a cold HTTP cache and a renderer
 * process of its own, as a visitor's first visit, without the browser's own start-up (its GPU,
 * network and storage processes, seconds of work on a small machine) landing on the page measured.
 * Paint and ready times, script time, heap, shifts and nodes.
 */
async function measure(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument(observeShifts);
    await page.goto(url, { waitUntil: 'load' });
    // One call that resolves at the mark, rather than polling for it every frame: polling is script
    // time too, and more of it lands on a page that takes longer to be ready.
    const ready = page.evaluate(() => new Promise((resolve) => {
      if (performance.getEntriesByName('iop-ready').length) return resolve();
      new PerformanceObserver((list, observer) => list.getEntriesByName('iop-ready').length && (observer.disconnect(), resolve())).observe({ type: 'mark' });
    }));
    await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`${url}: not ready within 10 s`)), 10_000))]);
    await new Promise((resolve) => setTimeout(resolve, 250)); // let late shifts and paints land
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.getEntriesByName('iop-ready')[0].startTime,
      cls: window.__cls,
    }));
    const metrics = await page.metrics();
    return { browser: await browser.version(), ...timing, script: metrics.ScriptDuration * 1000, heap: metrics.JSHeapUsedSize / 1024, nodes: metrics.Nodes };
  } finally {
    await context.close();
  }
}

/** Paints, long tasks and shifts from the first byte, in the page itself (for `loadMetrics`). */
const observeLoad = () => {
  window.__load = { lcp: NaN, tasks: [], cls: 0 };
  new PerformanceObserver((list) => (window.__load.lcp = list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => window.__load.tasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__load.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * One load with the CPU slowed 4x (Lighthouse's mobile CPU), at `width` px: first and largest
 * contentful paint, total blocking time (each long task's time past 50 ms after first paint, up to
 * ready plus 250 ms; Lighthouse stops at "interactive", which comes no later) and layout shift.
 */
async function loadMetrics(browser, url, width) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height: width < 600 ? 844 : 900, isMobile: width < 600, deviceScaleFactor: 1 });
    await page.emulateCPUThrottling(4);
    await page.evaluateOnNewDocument(observeLoad);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('iop-ready').length, { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      // A task under way at first paint counts from then on, as Lighthouse counts it.
      const tbt = window.__load.tasks.reduce((sum, [start, duration]) => sum + Math.max(0, start + duration - Math.max(start, fcp) - 50), 0);
      return { fcp, lcp: window.__load.lcp, tbt, cls: window.__load.cls };
    });
  } finally {
    await context.close();
  }
}

/**
 * The kit page as it is, prerendered (`iop-widgets prerender`, the module taking over) and its
 * static twin (no script), interleaved, at 390 and 1280 px with 4x CPU throttling; the goals of
 * issue 24 as rows.
 */
async function prerenderRows(base, kitPath, twinPath, prerenderedPath, runs) {
  const cases = { kit: ['the page as it is', kitPath], pre: ['prerendered, the module taking over', prerenderedPath], twin: ['static twin (no script)', twinPath] };
  const widths = [390, 1280];
  const samples = {};
  const browser = await launch();
  try {
    for (let run = 0; run < runs; run++)
      for (const width of widths) for (const [key, [, path]] of Object.entries(cases)) (samples[`${key} ${width}`] ??= []).push(await loadMetrics(browser, `${base}${path}`, width));
  } finally {
    await browser.close();
  }
  const med = (key, metric) => median(samples[key].map((s) => s[metric]));
  const lines = ['', `| all-five page, 4x CPU throttling, median (min–max) of ${runs} | FCP (ms) | LCP (ms) | TBT (ms) | CLS |`, '| --- | --- | --- | --- | --- |'];
  for (const width of widths)
    for (const [key, [label]] of Object.entries(cases)) {
      const all = samples[`${key} ${width}`];
      const col = (metric, digits) => cell(stats(all.map((s) => s[metric])), digits);
      lines.push(`| ${label}, ${width} px | ${col('fcp', 0)} | ${col('lcp', 0)} | ${col('tbt', 0)} | ${col('cls', 3)} |`);
    }
  const within = (metric, width) => med(`pre ${width}`, metric) / med(`twin ${width}`, metric) - 1;
  const pct = (r) => `${r >= 0 ? '+' : ''}${fmt(r * 100)} %`;
  const goals = [
    ...widths.flatMap((width) => [
      [`prerendered, ${width} px: FCP within 5 % of the static twin`, within('fcp', width), (r) => r <= 0.05, pct],
      [`prerendered, ${width} px: LCP within 5 % of the static twin`, within('lcp', width), (r) => r <= 0.05, pct],
      [`prerendered, ${width} px: CLS <= 0.01`, Math.max(...samples[`pre ${width}`].map((s) => s.cls)), (c) => c <= 0.01, (c) => `${fmt(c, 3)} (worst run)`],
    ]),
    ['prerendered, 390 px: TBT <= 50 ms', med('pre 390', 'tbt'), (t) => t <= 50, (t) => `${fmt(t, 0)} ms`],
    ['prerendered, 390 px: FCP no later than the page as it is', med('pre 390', 'fcp') / med('kit 390', 'fcp'), (r) => r <= 1, (r) => `${fmt(r, 2)}× its FCP`],
  ];
  lines.push('', '| goal (issue 24) | measured | met |', '| --- | --- | --- |');
  for (const [label, value, ok, show] of goals) lines.push(`| ${label} | ${show(value)} | ${ok(value) ? 'yes' : '**no**'} |`);
  return lines;
}

/**
 * The static twin of the kit page: each shadow root written out as declarative shadow DOM with its
 * styles, and every script removed. Same content, same look, no JavaScript.
 */
async function staticTwin(url) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('iop-ready').length);
    return await page.evaluate(() => {
      for (const el of [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).reverse()) {
        const css = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
        const template = document.createElement('template');
        template.setAttribute('shadowrootmode', 'open');
        template.innerHTML = `<style>${css}</style>${el.shadowRoot.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '')}`;
        el.prepend(template);
      }
      document.querySelectorAll('script').forEach((script) => script.remove());
      // The same "ready" as the kit's page, at the end of the body: the content built, laid out.
      const ready = document.createElement('script');
      ready.textContent = "document.body.getBoundingClientRect(); performance.mark('iop-ready');";
      document.body.append(ready);
      return `<!doctype html>\n${document.documentElement.outerHTML}`;
    });
  } finally {
    await browser.close();
  }
}

/** Scaling, in one browser: first render by size, one filter keystroke, and the form's send path. */
async function scaling(base) {
  const browser = await launch(['--js-flags=--expose-gc']);
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/bench/scaling.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('iop-appointment-form'));
    return await page.evaluate(async () => {
      const rows = [];
      const runs = 5;
      const settle = (el) => el.updateComplete.then(() => el.getBoundingClientRect()); // render, style and layout
      async function time(make, label) {
        const times = [];
        for (let run = 0; run < runs; run++) {
          const el = make();
          const start = performance.now();
          document.body.append(el);
          await settle(el);
          times.push(performance.now() - start);
          el.remove();
        }
        rows.push([label, times]);
      }
      for (const count of [6, 60, 600]) {
        const levels = Array.from({ length: count }, (_, i) => ({ code: `${i + 1}`, name: `Level ${i + 1}`, summary: 'A level of care.', hoursPerWeek: { min: i, max: i + 1 }, setting: 'home' }));
        await time(() => Object.assign(document.createElement('iop-level-of-care'), { levels }), `level of care, ${count} levels: first render`);
      }
      const categories = ['core', 'evidence-based', 'experiential', 'support', 'medical'];
      for (const count of [10, 100, 1000]) {
        const therapies = Array.from({ length: count }, (_, i) => ({ name: `Therapy ${i}`, description: `A plain description of therapy number ${i}, one sentence long.`, category: categories[i % 5], formats: ['group'] }));
        await time(() => Object.assign(document.createElement('iop-therapy-list'), { therapies, filterable: true }), `therapy list, ${count} therapies: first render`);
        // One keystroke in the search box: from the input event to the filtered list laid out.
        const el = Object.assign(document.createElement('iop-therapy-list'), { therapies, filterable: true });
        document.body.append(el);
        await settle(el);
        const input = el.shadowRoot.querySelector('input');
        const script = [];
        const total = [];
        for (const text of ['1', '12', '1', '', '7', '77', '7', '']) {
          input.value = text;
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          script.push(performance.now() - start);
          el.getBoundingClientRect();
          total.push(performance.now() - start);
        }
        el.remove();
        rows.push([`therapy list, ${count} therapies: one filter keystroke, script`, script]);
        rows.push([`therapy list, ${count} therapies: one filter keystroke, with style and layout`, total]);
      }
      for (const count of [1, 5, 20]) {
        const tracks = Array.from({ length: count }, (_, i) => ({ name: `Track ${i + 1}`, sessions: ['mon', 'wed', 'fri'].map((day) => ({ day, start: '09:00', end: '12:00' })) }));
        await time(() => Object.assign(document.createElement('iop-schedule'), { tracks, timezone: 'America/Chicago' }), `schedule, ${count} tracks: first render`);
      }
      // The form: from the click on "Send request" to the request leaving (fetch called).
      const realFetch = window.fetch;
      let left = 0;
      window.fetch = (...request) => ((left = performance.now()), realFetch(...request));
      const fill = (form) => {
        for (const [name, value] of [['name', 'Bench Visitor'], ['phone', '555 010 0142']]) form.shadowRoot.querySelector(`[name="${name}"]`).value = value;
        form.shadowRoot.querySelector('[name="consent"]').checked = true;
      };
      const cycle = async () => {
        const form = Object.assign(document.createElement('iop-appointment-form'), { endpoint: '/bench/requests', minFillSeconds: 0 });
        document.body.append(form);
        await form.updateComplete;
        fill(form);
        const done = new Promise((resolve) => form.addEventListener('iop-submitted', resolve, { once: true }));
        const start = performance.now();
        form.shadowRoot.querySelector('[part~="submit"]').click();
        const sent = left - start;
        await done;
        form.remove();
        return sent;
      };
      const sends = [];
      for (let i = 0; i < 10; i++) sends.push(await cycle());
      rows.push(['appointment form: click to request leaving', sends]);
      // Memory: after a warm-up of 200 cycles (compiled code and caches settle there, about 0.5 MiB),
      // two blocks of 100; a leak grows both blocks alike.
      const heap = async () => {
        for (let i = 0; i < 3; i++) window.gc(), await new Promise((resolve) => setTimeout(resolve, 50));
        return performance.memory.usedJSHeapSize / 1024;
      };
      for (let i = 0; i < 200; i++) await cycle();
      const readings = [await heap()];
      for (let block = 0; block < 2; block++) {
        for (let i = 0; i < 100; i++) await cycle();
        readings.push(await heap());
      }
      rows.push(['appointment form: JS heap change per 100 submit cycles (KiB)', [readings[1] - readings[0], readings[2] - readings[1]]]);
      window.fetch = realFetch;
      return rows;
    });
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const cell = ({ median, min, max }, digits) => `${fmt(median, digits)} (${fmt(min, digits)}–${fmt(max, digits)})`;

/**
 * A CPU profile of one page load (the kit unminified, so functions have names): the functions with
 * the most self time, so the next regression has a name.
 */
async function profile(url, top = 12) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('iop-ready').length, { timeout: 10_000 });
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    profile.samples.forEach((id, i) => {
      const { functionName, url: file, lineNumber } = nodes.get(id).callFrame;
      // The kit's own functions only: not the browser's, nor puppeteer's probes.
      if (!file.endsWith('/kit-named.js') && functionName !== '(garbage collector)') return;
      const name = `${functionName || '(anonymous)'} ${file ? `${file.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    return [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  } finally {
    await browser.close();
  }
}

// startServer reads these maps on each request, so the pages built below can join them later.
const pages = {};
const served = {};
const server = await startServer({ folders: ['demo', 'dist', 'bench'], pages, scripts: served, accept: ['/bench/requests'] });
const base = `http://127.0.0.1:${server.address().port}`;
try {
  const size = measureSize();
  // The facility page as a person would write it, with the same "ready" as every other page.
  const kitPage = (await readFile(new URL('./pages/kit.html', import.meta.url), 'utf8')).replace('</body>', `${READY}</body>`);
  pages['/bench/pages/kit.html'] = kitPage;
  pages['/bench/static.html'] = await staticTwin(`${base}/bench/pages/kit.html`);
  if (process.argv.includes('--write-twin')) writeFileSync(new URL('./static-twin.html', import.meta.url), pages['/bench/static.html']);
  // The same page with its content written in by `iop-widgets prerender`; the module still loads and takes over.
  pages['/bench/prerendered.html'] = await prerender(kitPage, { url: `${base}/bench/prerendered.html` });
  const LOAD_RUNS = Number(process.argv[process.argv.indexOf('--load-runs') + 1]) || 10;
  const loadRows = () => prerenderRows(base, '/bench/pages/kit.html', '/bench/static.html', '/bench/prerendered.html', LOAD_RUNS);
  if (process.argv.includes('--prerender-only')) {
    console.log((await loadRows()).join('\n'));
    process.exit(0);
  }
  const { list, pages: built, scripts } = await benchPages(size.gzip);
  Object.assign(pages, built, { '/bench/scaling.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">${'<script type="module" src="/dist/iop-widgets.js"></script>'}</head><body></body></html>` });
  Object.assign(served, scripts);
  list.all = { label: 'iop-widgets, all five (bench/pages/kit.html)', path: '/bench/pages/kit.html', gzip: size.gzip };
  list.twin = { label: 'the same content as static HTML (its twin)', path: '/bench/static.html', gzip: 0 };
  const measured = Object.keys(list).filter((key) => key !== 'named');

  // Interleaved: every page once per run, in turn, so machine noise falls on all alike.
  const samples = Object.fromEntries(measured.map((key) => [key, []]));
  const browser = await launch();
  try {
    const warm = await browser.newPage();
    await warm.goto(`${base}/bench/page-plain.html`, { waitUntil: 'load' });
    await warm.close();
    for (let run = 0; run < RUNS; run++) for (const key of measured) samples[key].push(await measure(browser, `${base}${list[key].path}`));
  } finally {
    await browser.close();
  }
  const top = await profile(`${base}${list.named.path}`);
  // The all-five page with the unminified kit: where a page that uses everything spends its time.
  pages['/bench/kit-named.html'] = kitPage.replace('/dist/iop-widgets.js', '/bench/kit-named.js');
  const topAll = await profile(`${base}/bench/kit-named.html`);
  const scaled = await scaling(base);
  const loads = await loadRows();

  const med = (key, metric) => median(samples[key].map((s) => s[metric]));
  const lines = [
    `iop-widgets benchmark, ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs per page, each in a fresh browser context, interleaved, ${samples.all[0].browser}`,
    '',
    '| bundle | raw | gzip -9 | brotli 11 | budget (gzip) |',
    '| --- | --- | --- | --- | --- |',
    `| dist/iop-widgets.js | ${size.raw} B | ${size.gzip} B | ${size.brotli} B | ${BUDGET_GZIP} B: ${size.gzip <= BUDGET_GZIP ? 'within' : 'OVER'}, ${BUDGET_GZIP - size.gzip} B left |`,
    '',
    '| page, medians | script gzip KB | ready (ms) | ready, ms over plain HTML | script CPU (ms) | script ÷ Lit alone | JS heap (MB) | CLS | DOM nodes |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const key of measured) {
    const { label, gzip } = list[key];
    lines.push(
      `| ${label} | ${fmt(gzip / 1024)} | ${fmt(med(key, 'ready'))} | ${fmt(med(key, 'ready') - med('plain', 'ready'))} | ${fmt(med(key, 'script'))} | ${fmt(med(key, 'script') / med('lit', 'script'), 2)} | ${fmt(med(key, 'heap') / 1024, 2)} | ${fmt(med(key, 'cls'), 3)} | ${fmt(med(key, 'nodes'), 0)} |`,
    );
  }
  lines.push('', '| page load, median (min–max) | all five | static twin | all five ÷ twin |', '| --- | --- | --- | --- |');
  const rows = [
    ['first contentful paint (ms)', 'fcp'],
    ['rendered and interactive (ms)', 'ready'],
    ['script CPU time (ms)', 'script'],
    ['JS heap after load (KiB)', 'heap'],
    ['cumulative layout shift', 'cls', 3],
    ['DOM nodes (shadow roots included)', 'nodes', 0],
  ];
  for (const [label, key, digits = 1] of rows) {
    const kit = stats(samples.all.map((s) => s[key]));
    const flat = stats(samples.twin.map((s) => s[key]));
    lines.push(`| ${label} | ${cell(kit, digits)} | ${cell(flat, digits)} | ${flat.median ? fmt(kit.median / flat.median, 2) : 'n/a'} |`);
  }
  const keystroke = median(scaled.find(([label]) => label.startsWith('therapy list, 1000 therapies: one filter keystroke, with'))[1]);
  const goals = [
    ['bundle loaded, no element: script CPU within 1.5× Lit alone', med('bare', 'script') / med('lit', 'script'), (r) => r <= 1.5, (r) => `${fmt(r, 2)}×`],
    ['one form: script CPU at most 2× Lit alone', med('form', 'script') / med('lit', 'script'), (r) => r <= 2, (r) => `${fmt(r, 2)}×`],
    ['one form: ready delta at most a third of Shoelace’s', (med('form', 'ready') - med('plain', 'ready')) / (med('shoelace', 'ready') - med('plain', 'ready')), (r) => r <= 1 / 3, (r) => `${fmt(r, 2)} of it`],
    ['all five: ready within +40 ms of the static twin', med('all', 'ready') - med('twin', 'ready'), (d) => d <= 40, (d) => `+${fmt(d)} ms`],
    ['all five: CLS 0', med('all', 'cls'), (c) => c === 0, (c) => fmt(c, 3)],
    ['1,000 therapies: a filter keystroke with layout under 16 ms', keystroke, (t) => t < 16, (t) => `${fmt(t)} ms`],
  ];
  lines.push('', '| goal | measured | met |', '| --- | --- | --- |');
  for (const [label, value, ok, show] of goals) lines.push(`| ${label} | ${show(value)} | ${ok(value) ? 'yes' : '**no**'} |`);
  lines.push(...loads);
  lines.push('', '| CPU profile, a page that loads the kit (unminified build) and uses no element: top self time | ms |', '| --- | --- |');
  for (const [name, ms] of top) lines.push(`| \`${name}\` | ${fmt(ms, 2)} |`);
  lines.push('', '| CPU profile, the all-five page (unminified build): top self time | ms |', '| --- | --- |');
  for (const [name, ms] of topAll) lines.push(`| \`${name}\` | ${fmt(ms, 2)} |`);
  lines.push('', '| scaling, median (min–max) | ms |', '| --- | --- |');
  for (const [label, values] of scaled) lines.push(`| ${label} | ${cell(stats(values), 2)} |`);
  const table = lines.join('\n');
  console.log(table);
  writeFileSync(new URL('./results.md', import.meta.url), `${table}\n`);
} finally {
  server.close();
}
