/**
 * What `prerender()` (in jsdom) and the configurator (in a browser frame) both do to an element the
 * kit has rendered, so both write the same markup for the same snippet. Browser-safe: no Node import.
 */

/**
 * A page with no visitor yet, set up before the kit renders: `Intl.DateTimeFormat` without a
 * `timeZone` takes `globalThis.__iopZone` (the prerender sets the program's for the schedule), and
 * the form's admissions hours state the week, not what is true only "now".
 */
export function asIfNoVisitor(global) {
  global.__iopZone = 'UTC';
  global.__iopStatic = true;
  const Native = global.Intl.DateTimeFormat;
  const DateTimeFormat = function DateTimeFormat(locale, options) {
    return new Native(locale, options && options.timeZone ? options : { ...options, timeZone: global.__iopZone });
  };
  Object.defineProperties(DateTimeFormat, Object.getOwnPropertyDescriptors(Native));
  global.Intl.DateTimeFormat = DateTimeFormat;
}

/** The same, as script text to run in another realm (jsdom's window, the configurator's frame). */
export const ZONE_SCRIPT = `(${asIfNoVisitor})(globalThis)`;

/** The CSS of a constructed sheet: the text Lit made it from where the host's class holds it, else its rules. */
function sheetText(root, sheet) {
  const styles = root.host?.constructor?.elementStyles ?? [];
  const result = styles.find((s) => s === sheet || s?.styleSheet === sheet);
  return typeof result?.cssText === 'string' ? result.cssText : [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
}

/**
 * A shadow root as markup: its styles first (they apply from the first painted line), then its
 * content without Lit's markers, comments that mean nothing without Lit's own hydration. Styles a
 * browser holds in `adoptedStyleSheets` (Lit's way where it can) are written out as `<style>`, as
 * Lit itself writes them where it cannot (jsdom).
 */
export function serialize(root) {
  const document = root.ownerDocument;
  const out = document.createElement('template');
  for (const sheet of root.adoptedStyleSheets ?? []) out.content.append(Object.assign(document.createElement('style'), { textContent: sheetText(root, sheet) }));
  const styles = [...root.childNodes].filter((node) => node.localName === 'style');
  for (const node of [...styles, ...[...root.childNodes].filter((node) => !styles.includes(node))]) out.content.append(node.cloneNode(true));
  const walker = document.createTreeWalker(out.content, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.remove();
  return out.innerHTML;
}

/**
 * The form as a plain HTML form: it posts urlencoded to the endpoint, and the browser itself checks
 * `required` (the module, once it runs, validates in the visitor's language instead).
 */
export function plainForm(el) {
  const form = el.shadowRoot?.querySelector('form');
  if (!form) return;
  const endpoint = el.config?.endpoint;
  // (None: a form the configurator's frame made plain before, with an endpoint since removed, loses it.)
  if (endpoint) form.setAttribute('action', endpoint);
  else form.removeAttribute('action');
  form.setAttribute('method', 'post');
  form.setAttribute('enctype', 'application/x-www-form-urlencoded');
  form.removeAttribute('novalidate');
}

/** Waits until no element has an update pending (the facility's values reach its children in a second round). */
export async function settle(elements) {
  for (let round = 0; round < 10 && elements.some((el) => el.isUpdatePending); round++) {
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

/**
 * Each rendered kit element's content, in the order given, as `prerender()` writes it: the schedule
 * re-rendered in its program's zone, the form made plain, then the shadow root serialized.
 * `window` is the elements' window, where ZONE_SCRIPT has run. Elements without a shadow root get null.
 * @returns {Promise<(string | null)[]>}
 */
export async function contents(window, elements) {
  await settle(elements);
  const out = [];
  for (const el of elements) {
    // The schedule shows its times in the program's zone: the "visitor" is taken to be there.
    const zone = el.localName === 'iop-schedule' && el.config?.timezone;
    if (zone && zone !== window.__iopZone) {
      window.__iopZone = zone;
      el.requestUpdate();
      await settle([el]);
    }
    if (el.localName === 'iop-appointment-form') plainForm(el);
    out.push(el.shadowRoot ? serialize(el.shadowRoot) : null);
  }
  return out;
}
