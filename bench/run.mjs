// `npm run bench`: what the kit costs a page, measured in one run against the same content as
// static HTML, in Debian's Chromium driven by puppeteer-core (no browser is downloaded).
// Prints one Markdown table and writes it to bench/results.md. `--runs N` (default 10).
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { startServer } from '../demo/serve.mjs';
import { BUDGET_GZIP, measureSize } from './size.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const launch = () => puppeteer.launch({ executablePath, args, defaultViewport: { width: 1280, height: 900 } });

/** Collects layout shifts from the first byte, in the page itself. */
const observeShifts = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/** One page load in a fresh browser: paint and ready times, script time, heap, shifts and nodes. */
async function measure(url) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(observeShifts);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('iop-ready').length || !document.querySelector('script'), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 250)); // let late shifts and paints land
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      const ready = performance.getEntriesByName('iop-ready')[0]?.startTime ?? nav.domContentLoadedEventEnd;
      return { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, ready: Math.max(ready, nav.domContentLoadedEventEnd), cls: window.__cls };
    });
    const metrics = await page.metrics();
    return { browser: await browser.version(), ...timing, script: metrics.ScriptDuration * 1000, heap: metrics.JSHeapUsedSize / 1024, nodes: metrics.Nodes };
  } finally {
    await browser.close();
  }
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
      return `<!doctype html>\n${document.documentElement.outerHTML}`;
    });
  } finally {
    await browser.close();
  }
}

/** Render time of one element given a generated configuration, in one browser, median of 5. */
async function scaling(origin) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/pages/kit.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('iop-ready').length);
    const rows = [];
    for (const count of [6, 60, 600]) {
      const times = await page.evaluate(async (count) => {
        const levels = Array.from({ length: count }, (_, i) => ({ code: `${i + 1}`, name: `Level ${i + 1}`, summary: 'A level of care.', hoursPerWeek: { min: i, max: i + 1 }, setting: 'home' }));
        const times = [];
        for (let run = 0; run < 5; run++) {
          const el = document.createElement('iop-level-of-care');
          el.levels = levels;
          const start = performance.now();
          document.body.append(el);
          await el.updateComplete;
          el.getBoundingClientRect(); // include style and layout
          times.push(performance.now() - start);
          el.remove();
        }
        return times;
      }, count);
      rows.push([`level of care, ${count} levels: first render`, stats(times)]);
    }
    return rows;
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const cell = ({ median, min, max }, digits) => `${fmt(median, digits)} (${fmt(min, digits)}–${fmt(max, digits)})`;

const pages = {};
const server = await startServer({ folders: ['demo', 'dist', 'bench'], pages });
const base = `http://127.0.0.1:${server.address().port}`;
try {
  pages['/bench/static.html'] = await staticTwin(`${base}/bench/pages/kit.html`);
  if (process.argv.includes('--write-twin')) writeFileSync(new URL('./static-twin.html', import.meta.url), pages['/bench/static.html']);

  // Interleaved: kit, static, kit, static…, so machine noise falls on both alike.
  const samples = { kit: [], static: [] };
  for (let run = 0; run < RUNS; run++) {
    samples.kit.push(await measure(`${base}/bench/pages/kit.html`));
    samples.static.push(await measure(`${base}/bench/static.html`));
  }
  const scaled = await scaling(base);

  const size = measureSize();
  const lines = [
    `iop-widgets benchmark, ${new Date().toISOString().slice(0, 10)}, ${RUNS} fresh-browser runs per page, ${samples.kit[0].browser}`,
    '',
    '| bundle | raw | gzip -9 | brotli 11 | budget (gzip) |',
    '| --- | --- | --- | --- | --- |',
    `| dist/iop-widgets.js | ${size.raw} B | ${size.gzip} B | ${size.brotli} B | ${BUDGET_GZIP} B: ${size.gzip <= BUDGET_GZIP ? 'within' : 'OVER'}, ${BUDGET_GZIP - size.gzip} B left |`,
    '',
    '| page load, median (min–max) | kit page | same content, static HTML | kit ÷ static |',
    '| --- | --- | --- | --- |',
  ];
  const rows = [
    ['first contentful paint (ms)', 'fcp'],
    ['rendered and interactive (ms)', 'ready'],
    ['script CPU time (ms)', 'script'],
    ['JS heap after load (KiB)', 'heap'],
    ['cumulative layout shift', 'cls', 3],
    ['DOM nodes (shadow roots included)', 'nodes', 0],
  ];
  for (const [label, key, digits = 1] of rows) {
    const kit = stats(samples.kit.map((s) => s[key]));
    const flat = stats(samples.static.map((s) => s[key]));
    lines.push(`| ${label} | ${cell(kit, digits)} | ${cell(flat, digits)} | ${flat.median ? fmt(kit.median / flat.median, 2) : 'n/a'} |`);
  }
  lines.push('', '| scaling, median (min–max) of 5 | ms |', '| --- | --- |');
  for (const [label, s] of scaled) lines.push(`| ${label} | ${cell(s, 2)} |`);
  const table = lines.join('\n');
  console.log(table);
  writeFileSync(new URL('./results.md', import.meta.url), `${table}\n`);
} finally {
  server.close();
}
