// @ts-check
/**
 * The preview frames, and what the configurator reads from the kit itself. A snippet runs in a
 * fresh page in each frame, as it would after being pasted; the `iop-config-error` issues its
 * elements report are the configurator's validation. The desktop frame really is 1280 px wide and
 * is scaled down to fit its column.
 */
import { h } from './configurator-controls.js';

export const DESKTOP_WIDTH = 1280;
export const PHONE_WIDTH = 320;

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <style>body { margin: 8px; font: 16px/1.5 system-ui, sans-serif; }</style>
  </head><body>${body}</body></html>`;

/** Waits until every iop- element in `win` is defined and rendered; false if the kit did not load in time. */
async function rendered(win, timeout = 8000) {
  const els = [...win.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-'));
  const defined = Promise.all(els.map((el) => win.customElements.whenDefined(el.localName)));
  // A kit address that does not load defines nothing: give up after a while rather than hang.
  const loaded = await Promise.race([defined.then(() => true), new Promise((r) => setTimeout(() => r(false), timeout))]);
  if (loaded) await Promise.all(els.map((el) => el.updateComplete));
  return loaded;
}

/** The issues each element holds now (its `issues`, as its notice shows them), in page order. */
const issuesOf = (win) =>
  [...win.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-')).flatMap((el) => (Array.isArray(el.issues) ? el.issues.map((i) => ({ tag: el.localName, ...i })) : []));

/** Waits until no element in `win` has an update pending (a facility's change reaches its children a turn later). */
async function settled(win) {
  for (let pass = 0; pass < 20; pass++) {
    const els = [...win.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('iop-') && 'updateComplete' in el);
    await Promise.all(els.map((el) => el.updateComplete));
    if (!els.some((el) => el.isUpdatePending)) return;
    await new Promise((r) => win.setTimeout(r));
  }
}

/** The parts of a snippet the preview matches up: elements of the kit, their script children, the kit's script tag. */
const kept = (parent) => [...parent.children].filter((el) => el.localName.startsWith('iop-') || (el.localName === 'script' && (el.type === 'application/json' || el.src)));

/**
 * Makes the page in `doc` hold `body` by editing what changed (attributes, a script child's text)
 * on the elements already there: an edit reaches the preview in a few milliseconds, where loading
 * the page and the kit again took 300 ms (issue 25.8). False, leaving `doc` as it was, when the
 * elements differ in kind or number: the page is then loaded afresh.
 */
export function patch(doc, body) {
  const next = doc.createElement('template');
  next.innerHTML = body;
  const edits = [];
  const match = (old, now) => {
    const a = kept(old);
    const b = kept(now);
    if (a.length !== b.length) return false;
    return a.every((el, i) => {
      const other = b[i];
      if (el.localName !== other.localName) return false;
      if (el.localName === 'script') {
        if (el.src !== other.src && el.getAttribute('src') !== other.getAttribute('src')) return false;
        if (el.textContent !== other.textContent) edits.push(() => (el.textContent = other.textContent));
        return true;
      }
      for (const { name, value } of other.attributes) if (el.getAttribute(name) !== value) edits.push(() => el.setAttribute(name, value));
      for (const { name } of [...el.attributes]) if (!other.hasAttribute(name)) edits.push(() => el.removeAttribute(name));
      return match(el, other);
    });
  };
  if (!match(doc.body, next.content)) return false;
  for (const edit of edits) edit();
  return true;
}

/**
 * Shows `body` in `frame`: in place when the page there already runs the kit and holds the same
 * elements, else in a fresh page. Resolves with the issues its elements report.
 */
export async function run(frame, body) {
  const win = /** @type {any} */ (frame.contentWindow);
  if (frame.dataset.ready && win?.document.readyState === 'complete' && patch(win.document, body)) {
    await settled(win);
    frame.dispatchEvent(new Event('rendered'));
    return issuesOf(win);
  }
  delete frame.dataset.ready;
  return new Promise((resolve) => {
    frame.addEventListener('load', async () => {
      const win = /** @type {any} */ (frame.contentWindow);
      const loaded = await rendered(win);
      if (loaded) await settled(win);
      frame.dataset.ready = 'true';
      frame.dispatchEvent(new Event('rendered'));
      resolve(loaded ? issuesOf(win) : [{ tag: '', path: '', message: 'The kit did not load in the preview.' }]);
    }, { once: true });
    frame.srcdoc = page(body);
  });
}

/**
 * The two preview frames: a phone (320 px) and a desktop (1280 px, scaled to the column). Each is
 * as tall as its content up to a limit, then scrolls.
 */
export function previewFrames() {
  const phone = h('iframe', { title: 'Preview at phone width', style: `width: ${PHONE_WIDTH}px` });
  const desktop = h('iframe', { title: 'Preview at desktop width', style: `width: ${DESKTOP_WIDTH}px` });
  const phoneBox = h('div', { class: 'scaled' }, phone);
  const desktopBox = h('div', { class: 'scaled' }, desktop);
  const phoneNote = h('span', {});
  const scaleNote = h('span', { class: 'hint' });
  /**
   * Each frame keeps its true width and is scaled down to its column: on a 320 px phone the phone
   * view is a little smaller rather than the page scrolling sideways (issue 25.8).
   */
  const fitOne = (frame, box, note, width) => {
    const room = box.clientWidth;
    if (!room) return;
    const scale = Math.min(1, room / (frame.offsetWidth || width));
    frame.style.transform = scale < 1 ? `scale(${scale})` : '';
    const height = `${Math.ceil(frame.offsetHeight * scale)}px`;
    if (box.style.height !== height) box.style.height = height;
    note.textContent = scale < 1 ? ` (shown at ${Math.round(scale * 100)}%)` : '';
  };
  const fit = () => {
    fitOne(desktop, desktopBox, scaleNote, DESKTOP_WIDTH);
    fitOne(phone, phoneBox, phoneNote, PHONE_WIDTH);
  };
  const size = (frame, max) => {
    const doc = frame.contentDocument;
    if (!doc?.body) return;
    frame.style.height = `${Math.min(Math.ceil(doc.documentElement.scrollHeight) + 4, max)}px`;
  };
  phone.addEventListener('rendered', () => (size(phone, 640), fit()));
  desktop.addEventListener('rendered', () => (size(desktop, 1400), fit()));
  // Fitted in the next frame: resizing inside the observer's callback would loop.
  const observer = new ResizeObserver(() => requestAnimationFrame(fit));
  observer.observe(desktopBox);
  observer.observe(phoneBox);
  const view = h('div', { class: 'frames' },
    h('div', { class: 'frame-phone' }, h('p', { class: 'hint' }, `Phone, ${PHONE_WIDTH} px`, phoneNote), phoneBox),
    // On a phone the desktop view is folded (at a quarter of its size it shows little), so the settings come sooner.
    h('details', { class: 'frame-desktop', open: !matchMedia('(max-width: 40rem)').matches, ontoggle: fit }, h('summary', {}, `Desktop, ${DESKTOP_WIDTH} px`, scaleNote), desktopBox),
  );
  return { phone, desktop, view };
}

const frameCache = new Map();

/**
 * Reads what the kit holds by default, from the kit itself rather than a copy: the default
 * therapies in `lang` (its `defaultTherapies` export), and each element's text keys with
 * their English text (for `strings`). Runs once per language in a hidden frame.
 * @returns {Promise<{ therapies: any[], texts: Record<string, [string, string][]> }>}
 */
export function readKit(kitUrl, model, lang = 'en') {
  const tags = model.elements.map((e) => e.tag).filter((tag) => tag !== 'iop-facility');
  const cached = frameCache.get(lang);
  if (cached) return cached;
  const frame = h('iframe', { hidden: true, title: 'Kit defaults (not shown)' });
  document.body.append(frame);
  const result = (async () => {
    await run(frame, `<script type="module" src="${kitUrl}"><\/script>${tags.map((tag) => `<${tag} lang="${lang}"></${tag}>`).join('')}`);
    const doc = /** @type {Document} */ (frame.contentDocument);
    /** @type {Record<string, [string, string][]>} */
    const texts = {};
    for (const tag of tags) {
      // Each element's text table is its `t` (a protected field, readable at run time).
      const t = /** @type {any} */ (doc.querySelector(tag))?.t;
      texts[tag] = t && typeof t === 'object' ? Object.entries(t).filter(([, v]) => typeof v === 'string').map(([k, v]) => [k, /** @type {string} */ (v)]) : [];
    }
    // The catalogue as the kit exports it (the same module the frame ran).
    const { defaultTherapies } = await import(new URL(kitUrl, location.href).href);
    const therapies = (defaultTherapies?.[lang] ?? []).map(({ name, description, category, formats }) => ({ name, description, category, ...(formats?.length ? { formats } : {}) }));
    frame.remove();
    return { therapies, texts };
  })();
  frameCache.set(lang, result);
  return result;
}

