// A prerendered page in Chromium (issue 24.2, 24.3): read with JavaScript off, it shows the content
// and its form posts; when the module arrives late (held by the server until the test lets it go,
// so no real wait), each element takes its content over in place: nothing twice, nothing moved,
// and what the visitor typed meanwhile still there. Needs `npm run build` first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { launch } from '../scripts/browser.mjs';
import { prerender } from 'iop-widgets/prerender';

const LIMIT = { timeout: 90_000 };
const TAGS = ['iop-facility', 'iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-appointment-form'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The README's snippet on a page of its own, the module (when wanted) from `/late/iop-widgets.js`. */
const page = (module, lang = 'en', minFill = ' min-fill-seconds="0"') => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Harbor Recovery</title>
<style>body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }</style></head>
<body>
<h1>Harbor Recovery</h1>
${module ? '<script type="module" src="/late/iop-widgets.js"></script>' : ''}
<iop-facility name="Harbor Recovery" phone="+1 555 010 0199" timezone="America/Chicago" endpoint="/api/appointment-requests">
  <iop-level-of-care current="2.1" offered='["1", "2.1", "2.5"]'></iop-level-of-care>
  <iop-therapy-list filterable></iop-therapy-list>
  <iop-schedule weeks="8-12"></iop-schedule>
  <iop-appointment-form${minFill}></iop-appointment-form>
</iop-facility>
<p id="after">The page goes on.</p>
</body>
</html>
`;

/**
 * A server for one test: `pages` by path; `/late/iop-widgets.js` answered only once `release()` is
 * called; posts to `/api/appointment-requests` recorded, a browser's form post answered with 303.
 */
async function serve(t, pages) {
  const bundle = await readFile(new URL('../dist/iop-widgets.js', import.meta.url));
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const posts = [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pages[pathname]) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[pathname]);
    if (pathname === '/late/iop-widgets.js') return void released.then(() => res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle));
    if (pathname === '/thanks') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Thanks</title><p id="thanks">Thank you</p>');
    if (pathname === '/api/appointment-requests' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      return req.on('end', () => {
        posts.push({ type: req.headers['content-type'], accept: req.headers.accept ?? '', body });
        if (/text\/html/.test(req.headers.accept ?? '')) return res.writeHead(303, { location: '/thanks' }).end();
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    release();
    server.closeAllConnections();
    server.close();
  });
  return { origin: `http://127.0.0.1:${server.address().port}`, release, posts };
}

async function newPage(t, width) {
  const tab = await browser.newPage();
  t.after(() => tab.close());
  tab.setDefaultTimeout(20_000);
  await tab.emulateTimezone('America/Chicago');
  await tab.setViewport({ width, height: 900 });
  return tab;
}

/** Every element box inside each kit element's shadow root, in order: what a visitor sees laid out. */
const boxes = (tab) =>
  tab.evaluate((tags) => {
    const round = (n) => Math.round(n * 2) / 2;
    return tags.flatMap((tag) =>
      [...document.querySelectorAll(tag)].flatMap((el) => [
        `${tag} ${JSON.stringify(el.getBoundingClientRect().toJSON(), (k, v) => (typeof v === 'number' ? round(v) : v))}`,
        ...[...(el.shadowRoot?.querySelectorAll('*:not(style)') ?? [])].map((node) => {
          const { x, y, width, height } = node.getBoundingClientRect();
          return `${tag} ${node.localName}${node.getAttribute('part') ? `[${node.getAttribute('part')}]` : ''} ${round(x)},${round(y)} ${round(width)}x${round(height)}`;
        }),
      ]),
    );
  }, TAGS);

test('JavaScript off: the prerendered page shows the content, the crisis lines and phone are links, and its form posts', LIMIT, async (t) => {
  const pages = {};
  const site = await serve(t, pages);
  // The page loads the module, which is never let go here: with JavaScript off it would not run anyway.
  pages['/page.html'] = await prerender(page(true), { url: `${site.origin}/page.html` });
  for (const width of [320, 1280]) {
    const tab = await newPage(t, width);
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${site.origin}/page.html`, { waitUntil: 'domcontentloaded' });
    const seen = await tab.evaluate(() => ({
      defined: !!customElements.get('iop-schedule'),
      text: ['iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-appointment-form'].map((tag) => document.querySelector(tag).shadowRoot?.textContent.replace(/\s+/g, ' ') ?? ''),
      links: [...document.querySelector('iop-appointment-form').shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      height: document.querySelector('iop-schedule').getBoundingClientRect().height,
      // On a phone the descriptions wait behind Details buttons, which need the module: without it, shown.
      hidden: ['iop-level-of-care', 'iop-therapy-list'].flatMap((tag) =>
        [...document.querySelector(tag).shadowRoot.querySelectorAll('.more')].filter((more) => !more.getClientRects().length).map(() => tag)),
      toggles: ['iop-level-of-care', 'iop-therapy-list'].flatMap((tag) =>
        [...document.querySelector(tag).shadowRoot.querySelectorAll('.toggle, [part~="filters"]')].filter((control) => control.getClientRects().length).map(() => tag)),
    }));
    assert.deepEqual(seen.hidden, [], 'descriptions a visitor cannot open');
    assert.deepEqual(seen.toggles, [], 'Details buttons and filters that do nothing');
    assert.equal(seen.defined, false, 'the module ran');
    assert.match(seen.text[0], /Intensive outpatient/);
    assert.match(seen.text[1], /Cognitive behavioral therapy/i);
    assert.match(seen.text[2], /Central Time/);
    assert.match(seen.text[3], /988/);
    assert.ok(seen.height > 100, 'the schedule takes no room');
    for (const href of ['tel:988', 'sms:988', 'tel:911', 'tel:+15550100199']) assert.ok(seen.links.includes(href), `no link ${href}`);
    await tab.screenshot({ path: `/tmp/prerender-noscript-${width}.png`, fullPage: true });
  }
  assert.equal(site.posts.length, 0);

  const tab = await newPage(t, 390);
  await tab.setJavaScriptEnabled(false);
  await tab.goto(`${site.origin}/page.html`, { waitUntil: 'domcontentloaded' });
  await tab.type('iop-appointment-form >>> #f-name', 'Ana López & Co');
  await tab.type('iop-appointment-form >>> #f-phone', '+1 555 010 0123');
  await tab.click('iop-appointment-form >>> input[name="contactMethod"][value="text"]');
  // Consent unchecked: the browser itself stops the post.
  await tab.click('iop-appointment-form >>> button[type="submit"]');
  // (Had it posted, the page would have gone to /thanks, and the one post below would be two.)
  assert.equal(await tab.$eval('iop-appointment-form >>> input[name="consent"]', (box) => box.validity.valueMissing), true);
  assert.equal(new URL(tab.url()).pathname, '/page.html');
  await tab.click('iop-appointment-form >>> input[name="consent"]');
  await Promise.all([tab.waitForNavigation(), tab.click('iop-appointment-form >>> button[type="submit"]')]);
  assert.equal(new URL(tab.url()).pathname, '/thanks');
  assert.equal(site.posts.length, 1);
  const [{ type, body }] = site.posts;
  assert.equal(type, 'application/x-www-form-urlencoded');
  const sent = new URLSearchParams(body);
  assert.equal(sent.get('name'), 'Ana López & Co');
  assert.equal(sent.get('phone'), '+1 555 010 0123');
  assert.equal(sent.get('contactMethod'), 'text');
  assert.equal(sent.get('consent'), 'true');
  assert.equal(sent.get('iop_website'), '');
  assert.equal(sent.has('requestId'), false);
});

for (const width of [390, 1280]) {
  test(`the module arrives late (${width} px): each element takes its content over in place, nothing twice, nothing moves`, LIMIT, async (t) => {
    const pages = {};
    const site = await serve(t, pages);
    pages['/page.html'] = await prerender(page(true), { url: `${site.origin}/page.html` });
    const tab = await newPage(t, width);
    await tab.evaluateOnNewDocument(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    // The held module holds DOMContentLoaded back, as a slow one does: the page is read and painted meanwhile.
    const loaded = tab.goto(`${site.origin}/page.html`);
    await tab.waitForSelector('#after');
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const before = await boxes(tab);
    assert.equal(await tab.evaluate(() => !!customElements.get('iop-facility')), false);
    site.release();
    await loaded;
    await tab.waitForFunction(() => !!customElements.get('iop-appointment-form'));
    await tab.evaluate(async (tags) => {
      for (const tag of tags) for (const el of document.querySelectorAll(tag)) await el.updateComplete;
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
    }, TAGS);
    const counts = await tab.evaluate((tags) => tags.map((tag) => {
      const root = document.querySelector(tag).shadowRoot;
      return [tag, root.querySelectorAll('h2').length, root.querySelectorAll('form').length, root.querySelectorAll('style').length];
    }), TAGS);
    for (const [tag, headings, forms, styles] of counts) {
      assert.equal(headings, tag === 'iop-facility' ? 0 : 1, `${tag}: headings`);
      assert.equal(forms, tag === 'iop-appointment-form' ? 1 : 0, `${tag}: forms`);
      assert.equal(styles, 0, `${tag}: the prerendered styles stayed`);
    }
    const after = await boxes(tab);
    // The same boxes, to the pixel (text split around Lit's markers may land half a pixel apart).
    assert.equal(after.length, before.length);
    const numbers = (line) => line.match(/-?[\d.]+/g).map(Number);
    for (const [i, line] of after.entries()) {
      assert.equal(line.replace(/[-\d.,x]+/g, ''), before[i].replace(/[-\d.,x]+/g, ''), `element ${i}`);
      const [a, b] = [numbers(line), numbers(before[i])];
      assert.ok(a.every((n, j) => Math.abs(n - b[j]) <= 1), `moved: ${before[i]} -> ${line}`);
    }
    const cls = await tab.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    assert.ok(cls <= 0.01, `cumulative layout shift ${cls}`);
  });
}

test('what a visitor typed before the module ran is still there after, with the caret where it was', LIMIT, async (t) => {
  const pages = {};
  const site = await serve(t, pages);
  // The bot check as it is by default (3 s after the form appeared): the visitor's time counts from
  // when the prerendered form was on screen, not from when the module took it over.
  pages['/page.html'] = await prerender(page(true, 'es', ''), { url: `${site.origin}/page.html` });
  const tab = await newPage(t, 390);
  const loaded = tab.goto(`${site.origin}/page.html`);
  await tab.waitForSelector('#after');
  const form = 'iop-appointment-form >>> ';
  await tab.type(`${form}#f-name`, 'Ana López');
  await tab.click(`${form}input[name="contactMethod"][value="text"]`);
  await tab.click(`${form}input[name="consent"]`);
  await tab.click(`${form}#f-phone`);
  await tab.keyboard.type('+1 555 010 01');
  // The module arrives 3 s into a slow visit; the visitor goes on typing.
  await tab.waitForFunction(() => performance.now() > 3200, { polling: 100 });
  site.release();
  await loaded;
  await tab.waitForFunction(() => !!customElements.get('iop-appointment-form'));
  await tab.evaluate(() => document.querySelector('iop-appointment-form').updateComplete);
  await tab.keyboard.type('23');
  const state = await tab.evaluate(() => {
    const root = document.querySelector('iop-appointment-form').shadowRoot;
    return {
      forms: root.querySelectorAll('form').length,
      name: root.querySelector('[name="name"]').value,
      phone: root.querySelector('[name="phone"]').value,
      method: root.querySelector('[name="contactMethod"]:checked')?.value,
      consent: root.querySelector('[name="consent"]').checked,
      focused: root.activeElement?.getAttribute('name'),
      novalidate: root.querySelector('form').hasAttribute('novalidate'),
      heading: root.querySelector('h2').textContent,
    };
  });
  assert.deepEqual(state, { forms: 1, name: 'Ana López', phone: '+1 555 010 0123', method: 'text', consent: true, focused: 'phone', novalidate: true, heading: state.heading });
  assert.match(state.heading, /cita/i);
  // The module's form now sends them, as JSON with its own requestId.
  await tab.click(`${form}button[type="submit"]`);
  await tab.waitForFunction(() => !!document.querySelector('iop-appointment-form').shadowRoot.querySelector('[part~="confirmation"]'));
  assert.equal(site.posts.length, 1);
  const sent = JSON.parse(site.posts[0].body);
  assert.equal(sent.name, 'Ana López');
  assert.equal(sent.phone, '+1 555 010 0123');
  assert.equal(sent.consent, true);
  assert.match(sent.requestId, /^[0-9a-f-]{36}$/);
});
