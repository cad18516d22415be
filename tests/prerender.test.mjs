// `iop-widgets prerender` and `import { prerender } from 'iop-widgets/prerender'` (issue 24.1), in
// node alone: the README's snippet, hostile pages and pages with no kit element. The output is read
// back with jsdom (no script runs), as a crawler reads it. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { prerender } from 'iop-widgets/prerender';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = join(repo, 'bin', 'iop-widgets.mjs');
const TAGS = ['iop-facility', 'iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-appointment-form'];
const LIMIT = { timeout: 60_000 };

/** The README's snippet, as a webmaster copies it. */
async function readmeSnippet() {
  const readme = await readFile(join(repo, 'README.md'), 'utf8');
  const snippet = /## The snippet\s+```html\n([\s\S]*?)```/.exec(readme)[1];
  return `<!doctype html>\n<html lang="en">\n<head><title>Harbor Recovery</title></head>\n<body>\n${snippet}</body>\n</html>\n`;
}

/** A page as a crawler reads it: the output parsed, nothing run; each kit element's shadow content as a fragment. */
function read(html) {
  const { document } = new JSDOM(html).window;
  const shadow = (el) => {
    const template = el.querySelector(':scope > template[shadowrootmode="open"]');
    return template?.content;
  };
  return { document, shadow, text: (selector) => shadow(document.querySelector(selector))?.textContent.replace(/\s+/g, ' ') ?? '' };
}

/** Markup that would run script, load something or point a link at script if it were HTML. */
const PAYLOADS = [
  '<img src=x onerror="globalThis.pwned=1">',
  '<script>globalThis.pwned=1</script>',
  '</template><script>globalThis.pwned=1</script>',
  '</style><img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '"><img src=x onerror=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  '<!--<img src=x onerror=alert(1)>-->',
  '<a href="javascript:alert(1)">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<template shadowrootmode="open"><img src=x onerror=alert(1)></template>',
  '<details open ontoggle=alert(1)>',
  '&lt;b&gt; &amp; <b>bold</b> {{7*7}} ${7*7}',
];

test('the README snippet: every element written out as declarative shadow DOM with its styles, in the page language', LIMIT, async () => {
  const page = await readmeSnippet();
  const out = await prerender(page);
  const { document, shadow, text } = read(out);
  for (const tag of TAGS) {
    const content = shadow(document.querySelector(tag));
    assert.ok(content, `${tag} has no declarative shadow root`);
    assert.ok(content.querySelector('style'), `${tag}'s styles are not inside`);
  }
  assert.match(text('iop-level-of-care'), /Levels of care/);
  assert.match(text('iop-level-of-care'), /Intensive outpatient/);
  assert.match(text('iop-therapy-list'), /Cognitive behavioral therapy/i);
  // The program's zone, and its times as written: no visitor's zone is guessed.
  assert.match(text('iop-schedule'), /Central Time/);
  assert.match(text('iop-schedule'), /6:00 – 9:00 PM/);
  assert.doesNotMatch(text('iop-schedule'), /your time/i);
  // The crisis lines and the facility's phone are links.
  const form = shadow(document.querySelector('iop-appointment-form'));
  for (const href of ['tel:988', 'sms:988', 'tel:911', 'tel:+15550100199']) assert.ok(form.querySelector(`a[href="${href}"]`), `no link to ${href}`);
  // Nothing else of the page changed: removing what was added gives the page back.
  assert.equal(out.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, ''), page);
});

test('the form is a plain HTML form: post, urlencoded, to the endpoint, same names, honeypot, consent required, no requestId', LIMIT, async () => {
  const { document, shadow } = read(await prerender(await readmeSnippet()));
  const form = shadow(document.querySelector('iop-appointment-form')).querySelector('form');
  assert.equal(form.getAttribute('method'), 'post');
  assert.equal(form.getAttribute('action'), '/api/appointment-requests');
  assert.equal(form.getAttribute('enctype'), 'application/x-www-form-urlencoded');
  assert.equal(form.hasAttribute('novalidate'), false, 'the browser must check `required` when no script runs');
  const names = [...form.querySelectorAll('[name]')].map((control) => control.getAttribute('name'));
  for (const name of ['name', 'phone', 'email', 'contactMethod', 'consent', 'iop_website']) assert.ok(names.includes(name), `no ${name}`);
  assert.ok(form.querySelector('input[name="consent"]').hasAttribute('required'));
  assert.doesNotMatch(form.outerHTML, /requestId|request-id|idempotency/i);
});

test('Spanish page: the content is in Spanish', LIMIT, async () => {
  const page = (await readmeSnippet()).replace('<html lang="en">', '<html lang="es">');
  const { text } = read(await prerender(page));
  assert.match(text('iop-level-of-care'), /Niveles de atención/);
  assert.match(text('iop-appointment-form'), /988/);
  assert.doesNotMatch(text('iop-appointment-form'), /Your name/);
});

test('configuration from attributes, script children and the enclosing facility', LIMIT, async () => {
  const page = `<!doctype html><html><head></head><body>
<iop-facility name="Harbor" phone="+1 555 010 0199" timezone="America/Denver" endpoint="https://example.org/requests">
  <iop-therapy-list heading="From the attribute"><script type="application/json">{"heading": "From the script", "strings": {"filterLegend": "Narrow it down"}}</script></iop-therapy-list>
  <iop-schedule><script type="application/json">{"tracks": [{"name": "Late track", "sessions": [{"day": "tue", "start": "19:00", "end": "21:30"}]}]}</script></iop-schedule>
  <iop-appointment-form></iop-appointment-form>
</iop-facility></body></html>`;
  const { document, shadow, text } = read(await prerender(page));
  assert.match(text('iop-therapy-list'), /From the attribute/);
  assert.doesNotMatch(text('iop-therapy-list'), /From the script/);
  assert.match(text('iop-schedule'), /Late track/);
  assert.match(text('iop-schedule'), /7:00 – 9:30 PM/);
  assert.match(text('iop-schedule'), /Mountain Time/);
  assert.equal(shadow(document.querySelector('iop-appointment-form')).querySelector('form').getAttribute('action'), 'https://example.org/requests');
  // The script child stays where it was, for the module to read.
  assert.ok(document.querySelector('iop-schedule > script[type="application/json"]'));
});

test('structured-data puts the facility JSON-LD in the head; without it, none', LIMIT, async () => {
  const page = (await readmeSnippet()).replace('<iop-facility ', '<iop-facility structured-data url="https://harbor.example/" ');
  const { document } = read(await prerender(page));
  const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
  assert.equal(scripts.length, 1);
  const data = JSON.parse(scripts[0].textContent);
  assert.equal(data['@type'], 'MedicalClinic');
  assert.equal(data.name, 'Harbor Recovery');
  assert.equal(data.url, 'https://harbor.example/');
  const plain = read(await prerender(await readmeSnippet())).document;
  assert.equal(plain.querySelectorAll('script[type="application/ld+json"]').length, 0);
});

test('idempotent: prerendering a prerendered page changes nothing', LIMIT, async () => {
  const page = (await readmeSnippet()).replace('<iop-facility ', '<iop-facility structured-data ');
  const once = await prerender(page);
  assert.notEqual(once, page);
  assert.equal(await prerender(once), once);
});

test('a changed configuration, prerendered again, replaces the old content rather than adding to it', LIMIT, async () => {
  const once = await prerender('<iop-schedule heading="Old heading" timezone="America/Chicago"></iop-schedule>');
  const twice = await prerender(once.replace('heading="Old heading"', 'heading="New heading"'));
  const { document, shadow } = read(twice);
  assert.equal(document.querySelectorAll('iop-schedule > template').length, 1);
  assert.match(shadow(document.querySelector('iop-schedule')).textContent, /New heading/);
  assert.doesNotMatch(twice, /Old heading/);
});

test('a page with no kit element comes back byte for byte', LIMIT, async () => {
  const pages = [
    '',
    'plain text, no markup',
    '\ufeff<!DOCTYPE html>\r\n<HTML><Body><P>Unclosed <b>tags & <i>entities &amp; "quotes"\r\n',
    '<!doctype html><html><head><script>document.write("<iop-schedule></iop-schedule>")</script></head><body><!-- <iop-facility> in a comment --><textarea><iop-schedule></textarea></body></html>',
    '<template><iop-schedule></iop-schedule></template><iop-schedulex></iop-schedulex><my-iop-schedule></my-iop-schedule>',
    '<svg><iop-schedule/></svg>',
    '<iop-other><template shadowrootmode="open"><p>Not the kit</p></template></iop-other>',
  ];
  for (const page of pages) assert.equal(await prerender(page), page, JSON.stringify(page));
});

test('configuration text stays text: none of the payloads becomes markup, in any element or in the JSON-LD', LIMIT, async () => {
  for (const payload of PAYLOADS) {
    // Written into the page as a webmaster would: attribute values escaped, so each reaches the element as typed.
    const attr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const json = (value) => attr(JSON.stringify(value));
    const page = `<!doctype html><html><head></head><body>
<iop-facility structured-data name="${attr(payload)}" phone="+1 555 010 0199" timezone="America/Chicago">
  <iop-level-of-care current="2.1" levels='${json([{ code: '2.1', name: payload, summary: payload }])}'></iop-level-of-care>
  <iop-therapy-list heading="${attr(payload)}" therapies='${json([{ name: payload, description: payload, category: 'core' }])}'></iop-therapy-list>
  <iop-schedule><script type="application/json">${JSON.stringify({ heading: payload, tracks: [{ name: payload, sessions: [{ day: 'mon', start: '18:00', end: '21:00' }] }] }).replace(/</g, '\\u003c')}</script></iop-schedule>
  <iop-appointment-form programs='${json([payload])}' strings='${json({ intro: payload })}'></iop-appointment-form>
</iop-facility></body></html>`;
    const out = await prerender(page);
    const { document, shadow } = read(out);
    for (const tag of TAGS) {
      const content = shadow(document.querySelector(tag));
      assert.ok(content, `${tag}: no content for ${payload}`);
      const bad = content.querySelectorAll('script, img, svg, iframe, math, template, b, a:not([href^="tel:"]):not([href^="sms:"])');
      assert.equal(bad.length, 0, `${tag}: markup from ${payload}`);
      for (const el of content.querySelectorAll('*'))
        for (const { name, value } of el.attributes) {
          assert.doesNotMatch(name, /^on/i, `${tag}: ${name} from ${payload}`);
          assert.doesNotMatch(value, /^\s*javascript:/i, `${tag}: ${value} from ${payload}`);
        }
      if (tag !== 'iop-facility') assert.ok(content.textContent.includes(payload), `${tag} does not show ${payload} as text`);
    }
    const ld = document.head.querySelectorAll('script[type="application/ld+json"]');
    assert.equal(ld.length, 1, payload);
    assert.equal(JSON.parse(ld[0].textContent).name, payload);
    // Only the page's own markup and the kit's: the number of elements outside templates is unchanged.
    assert.equal(document.querySelectorAll('body *').length, new JSDOM(page).window.document.querySelectorAll('body *').length + TAGS.length);
  }
});

test('a bad configuration prerenders the same notice the element shows', LIMIT, async () => {
  const page = `<iop-level-of-care lang="es" levels="not json"></iop-level-of-care><iop-therapy-list therapies='[{"name": ""}]'></iop-therapy-list><iop-schedule timezone="Mars/Olympus"></iop-schedule>`;
  const { document, shadow } = read(await prerender(page));
  const notice = (tag) => shadow(document.querySelector(tag)).querySelector('[part="error"]');
  assert.match(notice('iop-level-of-care').textContent, /configurad/i);
  assert.match(notice('iop-level-of-care').textContent, /iop-level-of-care: levels/);
  assert.match(notice('iop-therapy-list').textContent, /iop-therapy-list: therapies\[0\]\.name/);
  assert.match(notice('iop-schedule').textContent, /iop-schedule: timezone/);
  // The rest still renders: the default levels, the schedule's times.
  assert.match(shadow(document.querySelector('iop-level-of-care')).textContent, /Tratamiento ambulatorio intensivo|ambulatorio/i);
});

test('no page script runs while prerendering', LIMIT, async () => {
  const page = `<script>document.body.innerHTML = ''; globalThis.ran = true; throw new Error('page script ran')</script><script type="module">document.body.remove()</script><iop-schedule timezone="America/Chicago"></iop-schedule>`;
  const out = await prerender(page);
  const { document, shadow } = read(out);
  assert.match(shadow(document.querySelector('iop-schedule')).textContent, /Program schedule/);
  assert.equal(globalThis.ran, undefined);
});

test('the CLI: stdout without -o, a file with -o, usage errors exit 2', LIMIT, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'iop-prerender-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const input = join(dir, 'page.html');
  const page = await readmeSnippet();
  await writeFile(input, page);
  const expected = await prerender(page);
  const { stdout } = await run(process.execPath, [bin, 'prerender', input]);
  assert.equal(stdout, expected);
  await run(process.execPath, [bin, 'prerender', input, '-o', join(dir, 'out.html')]);
  assert.equal(await readFile(join(dir, 'out.html'), 'utf8'), expected);
  // The page it read is untouched.
  assert.equal(await readFile(input, 'utf8'), page);
  for (const args of [[], ['prerender'], ['render', input], ['prerender', input, '--nope']]) {
    await assert.rejects(run(process.execPath, [bin, ...args]), (error) => error.code === 2 && /Usage: iop-widgets prerender/.test(error.stderr), args.join(' '));
  }
  await assert.rejects(run(process.execPath, [bin, 'prerender', join(dir, 'missing.html')]), (error) => error.code === 1 && /ENOENT/.test(error.stderr));
});
