// The pages `npm run bench` loads, built in memory: the kit's own (the bundle with no element, each
// element alone, one form) and its peers' (plain HTML, Lit alone, Shoelace, Material Web), each
// page a form with the same fields where it is a form. The peers are pinned in bench/peers/ and
// installed there the first time the bench runs, so the kit's own `npm ci` stays lean.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Installs the pinned peers into bench/peers/node_modules once (from the npm registry). */
export function installPeers() {
  if (existsSync(here('./peers/node_modules/@shoelace-style/shoelace/package.json')) && existsSync(here('./peers/node_modules/@material/web/package.json'))) return;
  console.error('bench: installing the peer libraries into bench/peers/ (once)...');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error'], { cwd: here('./peers'), stdio: 'inherit' });
}

const bundle = async (entry, options = {}) =>
  (await build({ entryPoints: [here(entry)], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error', nodePaths: [here('./peers/node_modules')], ...options })).outputFiles[0].text;

/**
 * Marks `iop-ready` once the page is rendered and laid out: every custom element on it defined and
 * through its first update, then one synchronous style and layout of the whole page. A classic
 * script at the end of the body runs before the deferred module scripts; the promises it chains
 * settle in the same task as the module that defines and renders the elements, so no frame falls in
 * between to add its paint (or to wait for the previous frame's raster) on one page and not another.
 * Every page carries it, plain HTML too: each "ready" is the same moment, the page's content built
 * and its layout paid, paint not included. A page with no element (plain HTML, the kit loaded and
 * unused) waits for DOMContentLoaded instead, which comes after its module scripts have run.
 */
export const READY = `<script>
  {
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    // With no element to wait for, wait for the page's module scripts (they run before DOMContentLoaded).
    const loaded = new Promise((resolve) => (els.length ? resolve() : addEventListener('DOMContentLoaded', resolve)));
    Promise.all([loaded, ...[...new Set(els.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag))])
      .then(() => Promise.all(els.map((el) => el.updateComplete)))
      .then(() => (document.body.getBoundingClientRect(), performance.mark('iop-ready')));
  }
</script>`;

const page = (title, head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/demo/demo.css">${head}</head>
<body><main><section>${body}</section></main>${READY}</body></html>`;

const SHOELACE_THEME = '/bench/peers/node_modules/@shoelace-style/shoelace/dist/themes/light.css';
const KIT = '<script type="module" src="/dist/iop-widgets.js"></script>';
const FACILITY = 'name="Harbor Recovery" phone="+1 555 010 0199" timezone="America/Chicago"';

const plainForm = `<form action="/bench/requests" method="post">
  <h2>Ask for an appointment</h2>
  <p>Not for emergencies: call or text <a href="tel:988">988</a>, or call 911.</p>
  <p><label for="name">Your name</label><br><input id="name" name="name" autocomplete="name" required></p>
  <p><label for="phone">Phone</label><br><input id="phone" name="phone" type="tel" autocomplete="tel"></p>
  <p><label for="email">Email</label><br><input id="email" name="email" type="email" autocomplete="email"></p>
  <fieldset><legend>How should we contact you?</legend>
    <label><input type="radio" name="contactMethod" value="phone"> Phone call</label>
    <label><input type="radio" name="contactMethod" value="text"> Text message</label>
    <label><input type="radio" name="contactMethod" value="email"> Email</label></fieldset>
  <p><label><input type="checkbox" name="consent" required> You may contact me about this request</label></p>
  <button>Send request</button></form>`;

const shoelaceForm = `<form><h2>Ask for an appointment</h2>
  <p>Not for emergencies: call or text <a href="tel:988">988</a>, or call 911.</p>
  <sl-input name="name" label="Your name" autocomplete="name" required></sl-input>
  <sl-input name="phone" type="tel" label="Phone" autocomplete="tel"></sl-input>
  <sl-input name="email" type="email" label="Email" autocomplete="email"></sl-input>
  <sl-radio-group name="contactMethod" label="How should we contact you?">
    <sl-radio value="phone">Phone call</sl-radio><sl-radio value="text">Text message</sl-radio><sl-radio value="email">Email</sl-radio></sl-radio-group>
  <sl-checkbox name="consent" required>You may contact me about this request</sl-checkbox>
  <sl-button type="submit" variant="primary">Send request</sl-button></form>`;

const materialForm = `<form><h2>Ask for an appointment</h2>
  <p>Not for emergencies: call or text <a href="tel:988">988</a>, or call 911.</p>
  <p><md-outlined-text-field name="name" label="Your name" autocomplete="name" required></md-outlined-text-field></p>
  <p><md-outlined-text-field name="phone" type="tel" label="Phone" autocomplete="tel"></md-outlined-text-field></p>
  <p><md-outlined-text-field name="email" type="email" label="Email" autocomplete="email"></md-outlined-text-field></p>
  <fieldset><legend>How should we contact you?</legend>
    <label><md-radio name="contactMethod" value="phone"></md-radio> Phone call</label>
    <label><md-radio name="contactMethod" value="text"></md-radio> Text message</label>
    <label><md-radio name="contactMethod" value="email"></md-radio> Email</label></fieldset>
  <p><label><md-checkbox name="consent" required></md-checkbox> You may contact me about this request</label></p>
  <md-filled-button type="submit">Send request</md-filled-button></form>`;

/**
 * Every page of the comparison, as { key: { label, path, gzip } }, plus the pages and scripts for the
 * server. `gzip` is the page's script (and a library's theme CSS), gzip -9.
 */
export async function benchPages(kitGzip) {
  installPeers();
  const lit = await bundle('./peers/lit-form.js');
  const shoelace = await bundle('./peers/shoelace-form.js');
  const material = await bundle('./peers/material-form.js');
  const shoelaceTheme = readFileSync(here(`.${SHOELACE_THEME.slice('/bench'.length)}`), 'utf8');
  // The kit unminified, for the CPU profile only: function names a person can read.
  const kitNamed = (await build({ entryPoints: [here('../src/index.ts')], bundle: true, format: 'esm', write: false, logLevel: 'error', keepNames: true, tsconfig: here('../tsconfig.json') })).outputFiles[0].text;
  const scripts = { '/bench/lit-form.js': lit, '/bench/shoelace-form.js': shoelace, '/bench/material-form.js': material, '/bench/kit-named.js': kitNamed };
  const defs = {
    plain: ['plain HTML form', '', plainForm, 0],
    lit: ['Lit alone, one element with a native form', '<script type="module" src="/bench/lit-form.js"></script>', '<lit-form></lit-form>', gzip(lit)],
    bare: ['iop-widgets loaded, no element on the page', KIT, '<p>A page that loads the kit and uses none of it.</p>', kitGzip],
    form: ['iop-widgets, one appointment form', KIT, `<iop-appointment-form ${FACILITY} endpoint="/bench/requests"></iop-appointment-form>`, kitGzip],
    level: ['iop-widgets, one level of care', KIT, '<iop-level-of-care></iop-level-of-care>', kitGzip],
    therapy: ['iop-widgets, one therapy list', KIT, '<iop-therapy-list filterable></iop-therapy-list>', kitGzip],
    schedule: ['iop-widgets, one schedule', KIT, '<iop-schedule timezone="America/Chicago"></iop-schedule>', kitGzip],
    shoelace: ['Shoelace form (cherry-picked)', `<link rel="stylesheet" href="${SHOELACE_THEME}"><script type="module" src="/bench/shoelace-form.js"></script>`, shoelaceForm, gzip(shoelace) + gzip(shoelaceTheme)],
    material: ['Material Web form', '<script type="module" src="/bench/material-form.js"></script>', materialForm, gzip(material)],
    named: ['iop-widgets unminified (CPU profile only)', '<script type="module" src="/bench/kit-named.js"></script>', '<p>Profile.</p>', 0],
  };
  const pages = {};
  const list = {};
  for (const [key, [label, head, body, size]] of Object.entries(defs)) {
    const path = `/bench/page-${key}.html`;
    pages[path] = page(label, head, body);
    list[key] = { label, path, gzip: size };
  }
  return { list, pages, scripts };
}
