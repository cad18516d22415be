/**
 * `prerender(html, options?)`: the page with every kit element's content written into it as
 * declarative shadow DOM, for crawlers, first paint and browsers where the module never runs.
 *
 * How: the page is parsed by jsdom (no page script runs, nothing is fetched) and the shipped bundle
 * (dist/iop-widgets.js) runs in it unchanged, so configuration reaches each element exactly as in a
 * browser (attributes, script children, the enclosing facility through @lit/context's DOM events,
 * `lang` on any ancestor). Each shadow root is then serialized and spliced into the original text
 * right after the element's start tag: every other byte of the page stays as it was.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFile } from 'node:fs/promises';

// Any tag of the kit (the elements are the bundle's own `iop-*` definitions, so a new one needs no change here).
const ANY_TAG = /<iop-[a-z0-9-]*[a-z0-9][\s/>]/i;
/** Marks what a previous run wrote, so a second run replaces it rather than adding to it. */
const MARK = 'data-iop-prerendered';

let bundle;
/** The shipped module as a classic script: it imports nothing, and its one `export` statement is its last. */
async function script() {
  if (bundle) return bundle;
  const text = await readFile(new URL('../dist/iop-widgets.js', import.meta.url), 'utf8');
  const stripped = text.replace(/export\s*\{[^{}]*\};?\s*$/, '');
  if (stripped === text) throw new Error('iop-widgets prerender: dist/iop-widgets.js has no final export statement (run `npm run build`)');
  return (bundle = stripped);
}

/**
 * A shadow root as markup: its styles first (they apply from the first painted line), then its
 * content without Lit's markers, comments that mean nothing without Lit's own hydration.
 */
function serialize(root) {
  const document = root.ownerDocument;
  const out = document.createElement('template');
  const styles = [...root.childNodes].filter((node) => node.localName === 'style');
  for (const node of [...styles, ...[...root.childNodes].filter((node) => !styles.includes(node))]) out.content.append(node.cloneNode(true));
  const walker = document.createTreeWalker(out.content, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.remove();
  return out.innerHTML;
}

/**
 * @param {string} html The page.
 * @param {{ url?: string }} [options] `url`: the page's address, against which relative URLs
 *   (a relative `endpoint`, the facility's `url` in the JSON-LD) are read; default `https://localhost/`.
 * @returns {Promise<string>} The page with each kit element's content inside it.
 */
export async function prerender(html, options = {}) {
  html = String(html);
  // No kit tag at all: the page comes back as it was, without a parse.
  if (!ANY_TAG.test(html)) return html;
  // The elements' own warnings (a bad configuration, named as in the browser) reach stderr; jsdom's
  // notes on what it does not implement do not.
  const virtualConsole = new VirtualConsole();
  for (const level of ['warn', 'error']) virtualConsole.on(level, (...args) => console[level](...args));
  const dom = new JSDOM(html, { url: options.url ?? 'https://localhost/', includeNodeLocations: true, runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole });
  const { window } = dom;
  const { document } = window;
  try {
    const edits = [];
    // The JSON-LD an earlier run wrote goes, and is written anew below.
    for (const old of document.querySelectorAll(`script[${MARK}]`)) {
      const at = dom.nodeLocation(old);
      if (at) edits.push({ from: at.startOffset, to: at.endOffset, text: '' });
      old.remove();
    }

    prepare(window);
    window.eval(await script());
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-') && window.customElements.get(el.localName));
    if (!elements.length) return html;
    await settle(elements);

    for (const el of elements) {
      // The schedule shows its times in the program's zone: the "visitor" is taken to be there.
      const zone = el.localName === 'iop-schedule' && el.config?.timezone;
      if (zone && zone !== window.__iopZone) {
        window.__iopZone = zone;
        el.requestUpdate();
        await settle([el]);
      }
      if (el.localName === 'iop-appointment-form') plainForm(el);
      const at = dom.nodeLocation(el);
      if (!at?.startTag || !el.shadowRoot) continue;
      // What an earlier run wrote (a template the parser left in the light DOM: jsdom attaches none) is replaced.
      const old = el.firstElementChild?.matches('template[shadowrootmode]') && dom.nodeLocation(el.firstElementChild);
      if (old) edits.push({ from: old.startOffset, to: old.endOffset, text: '' });
      edits.push({ from: at.startTag.endOffset, to: at.startTag.endOffset, text: `<template shadowrootmode="open">${serialize(el.shadowRoot)}</template>` });
    }

    const ld = [...document.head.querySelectorAll('script[type="application/ld+json"]')].filter((s) => !dom.nodeLocation(s));
    if (ld.length) {
      // The facility escaped `<` in its JSON, so the text cannot close the script.
      const text = ld.map((s) => `<script type="application/ld+json" ${MARK}>${s.text}</script>`).join('');
      edits.push({ from: headEnd(dom, document, elements[0]), to: undefined, text });
    }
    return splice(html, edits);
  } finally {
    window.close();
  }
}

/** Where the JSON-LD goes: before `</head>`, else after `<head>`, else before the first kit element. */
function headEnd(dom, document, first) {
  const at = dom.nodeLocation(document.head);
  if (at?.endTag) return at.endTag.startOffset;
  if (at?.startTag) return at.startTag.endOffset;
  return dom.nodeLocation(first).startOffset;
}

/** Applies the edits from the end, so earlier offsets stay true; an insertion comes after a removal at its place. */
function splice(html, edits) {
  edits.sort((a, b) => b.from - a.from || (a.to === undefined ? 1 : 0) - (b.to === undefined ? 1 : 0));
  for (const { from, to = from, text } of edits) html = html.slice(0, from) + text + html.slice(to);
  return html;
}

/** Waits until no element has an update pending (the facility's values reach its children in a second round). */
async function settle(elements) {
  for (let round = 0; round < 10 && elements.some((el) => el.isUpdatePending); round++) {
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

/**
 * What a browser has and jsdom lacks, as far as the kit asks: media queries (none match), size
 * observers (never fire), and a default time zone the prerender sets (the program's).
 */
function prepare(window) {
  window.__iopZone = 'UTC';
  window.__iopStatic = true; // no visitor yet: the form's hours say nothing true only "now"
  window.matchMedia ??= (query) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} });
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.IntersectionObserver ??= window.ResizeObserver;
  window.eval(`(() => {
    // jsdom has no structuredClone; the kit clones only its defaults, which are JSON data.
    globalThis.structuredClone ??= (value) => JSON.parse(JSON.stringify(value));
    const Native = Intl.DateTimeFormat;
    const DateTimeFormat = function DateTimeFormat(locale, options) {
      return new Native(locale, options && options.timeZone ? options : { ...options, timeZone: globalThis.__iopZone });
    };
    Object.defineProperties(DateTimeFormat, Object.getOwnPropertyDescriptors(Native));
    Intl.DateTimeFormat = DateTimeFormat;
  })()`);
}

/**
 * The form as a plain HTML form: it posts urlencoded to the endpoint, and the browser itself checks
 * `required` (the module, once it runs, validates in the visitor's language instead).
 */
function plainForm(el) {
  const form = el.shadowRoot?.querySelector('form');
  if (!form) return;
  const endpoint = el.config?.endpoint;
  if (endpoint) form.setAttribute('action', endpoint);
  form.setAttribute('method', 'post');
  form.setAttribute('enctype', 'application/x-www-form-urlencoded');
  form.removeAttribute('novalidate');
}
