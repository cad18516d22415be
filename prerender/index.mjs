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
import { contents, ZONE_SCRIPT } from './serialize.mjs';

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
    const content = await contents(window, elements);
    elements.forEach((el, i) => {
      const at = dom.nodeLocation(el);
      if (!at?.startTag || content[i] === null) return;
      // What an earlier run (or the configurator) wrote, a template the parser left in the light DOM (jsdom attaches none), is replaced.
      const written = [...el.children].find((child) => child.matches('template[shadowrootmode]'));
      const old = written && dom.nodeLocation(written);
      if (old) edits.push({ from: old.startOffset, to: old.endOffset, text: '' });
      edits.push({ from: at.startTag.endOffset, to: at.startTag.endOffset, text: `<template shadowrootmode="open">${content[i]}</template>` });
    });

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

/**
 * What a browser has and jsdom lacks, as far as the kit asks: media queries (none match), size
 * observers (never fire), and a default time zone the prerender sets (the program's).
 */
function prepare(window) {
  window.matchMedia ??= (query) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} });
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.IntersectionObserver ??= window.ResizeObserver;
  // jsdom has no structuredClone; the kit clones only its defaults, which are JSON data.
  window.eval('globalThis.structuredClone ??= (value) => JSON.parse(JSON.stringify(value))');
  window.eval(ZONE_SCRIPT);
}
