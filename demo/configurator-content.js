// @ts-check
/**
 * The prerendered content the snippet carries (issue 24.4): the snippet runs in a hidden frame set
 * up as `prerender()` sets up jsdom (no page language, `https://localhost/` as the page's address,
 * `Intl` defaulting to the zone the prerender chooses), and each element is written out by the very
 * code `prerender()` uses (../prerender/serialize.mjs), so the snippet holds what
 * `npx iop-widgets prerender` would write for it.
 */
import { contents, ZONE_SCRIPT } from '../prerender/serialize.mjs';
import { patch } from './configurator-preview.js';

/** @typedef {import('./configurator-snippet.js').Content} Content */

/** Waits for the frame's next load, or gives up (false) after `timeout`. */
const loaded = (frame, timeout) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeout);
    frame.addEventListener('load', () => (clearTimeout(timer), resolve(true)), { once: true });
  });

/**
 * Runs `body` (a snippet without content, the kit's address in it) in `frame` and reads back what
 * prerendering it writes. An edit is made in place on the page already there, as in the previews
 * (loading the page and the kit again would hold up typing for a tenth of a second each time); the
 * elements then render again from the zone the prerender starts with, as on a fresh page.
 * Resolves with null if the kit did not load.
 * @param {HTMLIFrameElement} frame @param {string} body
 * @returns {Promise<Content | null>}
 */
export async function prerendered(frame, body, timeout = 8000) {
  let win = /** @type {any} */ (frame.contentWindow);
  if (frame.dataset.ready && win?.document.readyState === 'complete' && patch(win.document, body)) {
    // A script child's new text reaches its element through a mutation observer: a turn later.
    await new Promise((resolve) => win.setTimeout(resolve));
    win.__iopZone = 'UTC';
    for (const el of kitElements(win.document)) el.requestUpdate();
  } else {
    delete frame.dataset.ready;
    const load = loaded(frame, timeout);
    // The zone script is the prerender's own text, run before the kit as it is in jsdom.
    frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><base href="https://localhost/"><script>${ZONE_SCRIPT}<\/script></head><body>${body}</body></html>`;
    if (!(await load)) return null;
    win = frame.contentWindow;
    const tags = [...new Set(kitElements(win.document).map((el) => el.localName))];
    const defined = Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))).then(() => true);
    if (!(await Promise.race([defined, new Promise((r) => setTimeout(() => r(false), timeout))]))) return null;
    frame.dataset.ready = 'true';
  }
  const els = kitElements(win.document);
  await Promise.all(els.map((el) => el.updateComplete));
  const written = await contents(win, els);
  /** @type {Record<string, string>} */
  const elements = {};
  els.forEach((el, i) => {
    const content = written[i];
    if (content !== null) elements[el.localName] = content;
  });
  // The facility's JSON-LD, where `structured-data` asks for it: what it put in the head.
  const ld = [...win.document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.text);
  return { elements, ld };
}

/** The kit's elements in the page, in document order. */
const kitElements = (doc) => [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-'));
