// @ts-check
/**
 * The prerendered content the snippet carries (issue 24.4): the snippet runs in a hidden frame set
 * up as `prerender()` sets up jsdom (no page language, `https://localhost/` as the page's address,
 * `Intl` defaulting to the zone the prerender chooses), and each element is written out by the very
 * code `prerender()` uses (../prerender/serialize.mjs), so the snippet holds what
 * `npx iop-widgets prerender` would write for it.
 */
import { contents, ZONE_SCRIPT } from '../prerender/serialize.mjs';

/** @typedef {import('./configurator-snippet.js').Content} Content */

/** Waits for the frame's next load, or gives up (false) after `timeout`. */
const loaded = (frame, timeout) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeout);
    frame.addEventListener('load', () => (clearTimeout(timer), resolve(true)), { once: true });
  });

/**
 * Runs `body` (a snippet without content, the kit's address in it) in `frame`, a fresh page each
 * time, and reads back what prerendering it writes. Resolves with null if the kit did not load.
 * @param {HTMLIFrameElement} frame @param {string} body
 * @returns {Promise<Content | null>}
 */
export async function prerendered(frame, body, timeout = 8000) {
  const load = loaded(frame, timeout);
  // The zone script is the prerender's own text, run before the kit as it is in jsdom.
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><base href="https://localhost/"><script>${ZONE_SCRIPT}<\/script></head><body>${body}</body></html>`;
  if (!(await load)) return null;
  const win = /** @type {any} */ (frame.contentWindow);
  const doc = win.document;
  const tags = [...new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('iop-')))];
  const defined = Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))).then(() => true);
  if (!(await Promise.race([defined, new Promise((r) => setTimeout(() => r(false), timeout))]))) return null;
  const els = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-'));
  await Promise.all(els.map((el) => el.updateComplete));
  const written = await contents(win, els);
  /** @type {Record<string, string>} */
  const elements = {};
  els.forEach((el, i) => {
    const content = written[i];
    if (content !== null) elements[el.localName] = content;
  });
  // The facility's JSON-LD, where `structured-data` asks for it: what it put in the head.
  const ld = [...doc.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.text);
  return { elements, ld };
}
