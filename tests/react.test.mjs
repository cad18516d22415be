// The kit in a React 19 page: structured values go in as properties, and events reach React code,
// both through a ref and through React's own `on…` props for custom elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { browserSession } from './browser-session.mjs';
import { TAGS } from './elements.mjs';

const { serve, newPage } = browserSession();

test('React 19, all five elements in a facility: properties set, events heard', { timeout: 60_000 }, async (t) => {
  const root = new URL('..', import.meta.url).pathname;
  const bundle = await build({
    entryPoints: [`${root}tests/react/app.jsx`],
    bundle: true,
    format: 'esm',
    write: false,
    tsconfig: `${root}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const server = await serve(t, {
    pages: { '/react.html': '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/react.js"></script></body></html>' },
    scripts: { '/react.js': bundle.outputFiles[0].text },
  });
  const page = await newPage(t);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/react.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('#levels')?.shadowRoot?.querySelector('table'), { timeout: 5000 }).catch(() => assert.fail(errors.join('\n') || 'nothing rendered'));
  const offered = () => page.evaluate(() => [...document.querySelector('#levels').shadowRoot.querySelectorAll('tbody tr')].map((row) => row.className));
  assert.deepEqual(await offered(), ['not-offered', 'offered', 'current', 'not-offered', 'not-offered', 'not-offered']);
  assert.equal(await page.evaluate(() => Array.isArray(document.querySelector('#levels').offered)), true, 'offered was not set as a property');

  await page.click('#more');
  await page.waitForFunction(() => document.querySelector('#levels').shadowRoot.querySelectorAll('tbody tr.offered').length === 2);
  assert.deepEqual(await offered(), ['not-offered', 'offered', 'current', 'offered', 'not-offered', 'not-offered']);

  await page.waitForFunction(() => document.querySelector('#issues').textContent === 'view');

  const name = await page.waitForFunction(() => document.querySelector('#form').shadowRoot.querySelector('[name="name"]'));
  await name.asElement().type('A');
  await page.waitForFunction(() => document.querySelector('#started').textContent === '1');
  assert.equal(await page.evaluate(() => document.querySelector('#form').shadowRoot.querySelectorAll('select[name="program"] option').length), 2);
  // Arrays reach the therapy list and the schedule as properties, and the facility's phone reaches the form.
  const rendered = await page.evaluate(async (tags) => {
    const els = ['#therapies', '#schedule', '#form'].map((id) => document.querySelector(id));
    await Promise.all(els.map((el) => el.updateComplete));
    const [therapies, schedule, form] = els.map((el) => el.shadowRoot);
    return {
      therapies: [...therapies.querySelectorAll('[part~="item"]')].map((n) => n.textContent.trim()),
      schedule: schedule.querySelector('[part~="track"]')?.textContent.includes('Evening track') ?? false,
      phone: form.querySelector('[part~="crisis"]').textContent.includes('+1 555 010 0199'),
      errors: tags.filter((tag) => !customElements.get(tag)),
    };
  }, TAGS);
  assert.deepEqual(rendered.errors, [], 'every element is defined');
  assert.ok(rendered.therapies.some((name) => name.includes("Women's group")), JSON.stringify(rendered.therapies));
  assert.ok(rendered.schedule, 'the schedule shows the track set as a property');
  assert.ok(rendered.phone, 'the form has the facility’s phone');
});
