// Issue 24.4: the configurator's snippet carries each element's prerendered content, and that content
// is what `prerender()` writes for the same snippet. The configurator runs in Chromium (its content
// comes from a real browser, where Lit's styles are adopted sheets); prerender() runs here in jsdom.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { launch } from '../scripts/browser.mjs';
import { startServer } from '../demo/serve.mjs';
import { prerender } from '../prerender/index.mjs';

const LIMIT = { timeout: 90_000 };
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function serve(t) {
  // Only the repository's files, as a static host would serve them.
  const server = await startServer({ folders: ['demo', 'dist', 'prerender'] });
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${server.address().port}`;
}

async function newPage(t) {
  const page = await browser.newPage();
  t.after(() => page.close());
  page.setDefaultTimeout(30_000);
  return page;
}

/** The snippet in the textarea once it carries content (or `withContent` false: once it has settled). */
const snippetOf = async (page, withContent = true) => {
  await page.waitForFunction((want) => document.querySelector('textarea.snippet')?.value.includes('shadowrootmode') === want, {}, withContent);
  return page.$eval('textarea.snippet', (el) => el.value);
};

/** The snippet without what prerendering adds: each element's template and the JSON-LD written with them. */
const bare = (html) =>
  html
    .replace(/\n? *<template shadowrootmode="open">[\s\S]*?<\/template>(?=\n|<\/iop-)/g, '')
    .replace(/<script type="application\/ld\+json" data-iop-prerendered>[\s\S]*?<\/script>\n?/g, '')
    .replace(/(<iop-[^>]*>)\n *(<\/iop-)/g, '$1$2');

/** Each kit element's declarative shadow root (by tag) and the JSON-LD, as a parser reads them. */
function contentOf(html) {
  const { document } = new JSDOM(html).window;
  const elements = {};
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('iop-')) continue;
    const templates = [...el.children].filter((child) => child.matches('template[shadowrootmode]'));
    assert.equal(templates.length, 1, `<${el.localName}> holds ${templates.length} templates`);
    elements[el.localName] = templates[0].innerHTML;
  }
  const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.text));
  return { elements, ld };
}

/** Pastes `text` and presses "Load this snippet", as an editor does. */
const paste = (page, text) =>
  page.evaluate((value) => {
    const area = [...document.querySelectorAll('label')].find((l) => l.textContent.startsWith('Paste a snippet')).control;
    area.value = value;
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Load this snippet').click();
  }, text);

/** The configurator on `base`, once its first snippet is checked. */
async function open(t, base) {
  const page = await newPage(t);
  await page.emulateTimezone('Asia/Tokyo');
  await page.goto(`${base}/demo/configurator.html`, { waitUntil: 'load' });
  return page;
}

test('the snippet carries each element’s content, the same as prerender() writes for it: the schedule in the program’s zone, the form a plain post form', LIMIT, async (t) => {
  const base = await serve(t);
  const page = await open(t, base);
  // A snippet with every element, a facility with JSON-LD, a script child and a relative endpoint.
  const pasted = `<script type="module" src="https://cdn.example/iop-widgets.js"></script>

<iop-facility timezone="America/Chicago" name="Harbor Recovery" phone="+1 555 010 0199" endpoint="/api/appointment-requests" url="https://harbor.example/" structured-data>
  <iop-level-of-care current="2.1" offered='["1","2.1","2.5"]'></iop-level-of-care>
  <iop-therapy-list filterable></iop-therapy-list>
  <iop-schedule>
    <script type="application/json">
      {
        "tracks": [{ "name": "Evening track", "sessions": [{ "day": "mon", "start": "18:00", "end": "21:00" }] }]
      }
    </script>
  </iop-schedule>
  <iop-insurance></iop-insurance>
  <iop-appointment-form></iop-appointment-form>
</iop-facility>
`;
  await snippetOf(page);
  await paste(page, pasted);
  // Loaded without content, the switch follows it: turned on again, the content comes.
  await snippetOf(page, false);
  await page.evaluate(() => [...document.querySelectorAll('.tabs label')].find((l) => l.textContent.includes('Language, colour and snippet')).click());
  await (await page.waitForSelector('input[data-key="content"]:not(:checked)')).click();
  const snippet = await snippetOf(page);

  // Readable: the settings come first, each element's content after them.
  assert.ok(snippet.startsWith('<script type="module" src="https://cdn.example/iop-widgets.js"></script>\n\n<iop-facility timezone="America/Chicago"'), snippet.slice(0, 200));
  assert.match(snippet, /<\/script>\n {4}<template shadowrootmode="open">/, 'the schedule’s content is not after its script child');
  // In the browser the styles are adopted sheets: they are written out all the same.
  const mine = contentOf(snippet);
  assert.deepEqual(Object.keys(mine.elements).sort(), ['iop-appointment-form', 'iop-facility', 'iop-insurance', 'iop-level-of-care', 'iop-schedule', 'iop-therapy-list']);
  for (const [tag, content] of Object.entries(mine.elements)) assert.match(content, /^<style>/, `<${tag}>’s content has no styles`);

  const reference = contentOf(await prerender(bare(snippet)));
  for (const tag of Object.keys(reference.elements)) assert.equal(mine.elements[tag], reference.elements[tag], `<${tag}>’s content differs from prerender()’s`);
  assert.deepEqual(mine.ld, reference.ld);
  assert.equal(mine.ld.length, 1, 'the facility’s JSON-LD is missing');

  // The browser ran in Tokyo; the schedule still shows the program’s 6 pm, the form posts to the endpoint.
  const { document } = new JSDOM(`<template>${mine.elements['iop-schedule']}</template><template>${mine.elements['iop-appointment-form']}</template>`).window;
  const [schedule, form] = [...document.querySelectorAll('template')].map((tpl) => tpl.content);
  assert.match(schedule.textContent, /Monday 6:00\s–\s9:00\sPM/);
  const post = form.querySelector('form');
  assert.equal(post.getAttribute('method'), 'post');
  assert.equal(post.getAttribute('action'), '/api/appointment-requests');
  assert.equal(post.hasAttribute('novalidate'), false);

  // prerender() of the configurator's snippet replaces its content rather than adding to it.
  assert.deepEqual(contentOf(await prerender(snippet)), reference);

  // An edit is made in place in the configurator's frame: the content is still prerender()'s, and new.
  await page.evaluate(() => [...document.querySelectorAll('.tabs label')].find((l) => l.textContent.trim() === 'Facility').click());
  await page.waitForFunction(() => [...document.querySelectorAll('label')].some((l) => l.textContent.trim() === 'Phone'));
  await page.evaluate(() => {
    const input = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Phone').control;
    input.value = '+1 555 010 0123';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => /<template[^]*\+1 555 010 0123/.test(document.querySelector('textarea.snippet').value));
  const edited = await snippetOf(page);
  const after = contentOf(edited);
  assert.deepEqual(after, contentOf(await prerender(bare(edited))));
  assert.doesNotMatch(after.elements['iop-appointment-form'], /0199/);
});

test('“Load this snippet” reads a prerendered snippet back unchanged; the switch leaves the content out', LIMIT, async (t) => {
  const base = await serve(t);
  const page = await open(t, base);
  const first = await snippetOf(page);
  const load = (text) => paste(page, text);
  // Something else first, so the snippet really is read back, not left as it was.
  await load('<iop-schedule></iop-schedule>');
  await snippetOf(page, false);
  await load(first);
  await page.waitForFunction((want) => document.querySelector('textarea.snippet').value === want, {}, first);
  assert.equal(await page.$eval('[role="status"].visually-hidden', (el) => el.textContent), 'Loaded: level of care, therapy list, schedule, insurance, appointment form.');

  // The switch, on the page's panel: off, the snippet is the settings alone.
  await page.evaluate(() => [...document.querySelectorAll('.tabs label')].find((l) => l.textContent.includes('Language, colour and snippet')).click());
  const box = await page.waitForSelector('input[data-key="content"]');
  assert.equal(await box.evaluate((el) => el.checked), true);
  await box.click();
  const without = await snippetOf(page, false);
  assert.equal(without, bare(first));
  assert.doesNotMatch(without, /ld\+json/);
});
