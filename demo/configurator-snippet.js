// @ts-check
/**
 * The configurator's state, the snippet it writes, and a pasted snippet read back into a state.
 * Pure functions over the model (configurator-model.js): the page uses them and node tests the
 * round trips. Values are held as the script child would hold them (camelCase keys, JSON types);
 * a key that is absent is left to the element's default.
 */
import { FACILITY, typeOf } from './configurator-model.js';
import { attr, attribute, elements, escapeAttr, parseHtml } from './configurator-html.js';

export const DEFAULT_PRIMARY = '#0b5c6b';
/** The kit's address in a new snippet while the configurator runs on this computer: obviously to be filled. */
export const PLACEHOLDER_URL = 'https://YOUR-SITE.example/iop-widgets.js';

/**
 * @typedef {{ attrs: [string, string][], config: Record<string, unknown> }} Kept
 * @typedef {{
 *   scriptUrl: string, form: 'attributes' | 'script', lang: string, primary: string,
 *   include: string[], values: Record<string, Record<string, unknown>>,
 *   keep: Record<string, Kept>, style: string, content: boolean,
 * }} State
 * @typedef {{ elements: Record<string, string>, ld: string[] }} Content What `prerender()` writes
 *   for a snippet: each element's shadow root as markup, by tag, and the facility's JSON-LD texts.
 */

/** A new state: every element inside a facility, the program's zone guessed from this computer's. */
export function initialState(model, { scriptUrl = PLACEHOLDER_URL, timezone = '' } = {}) {
  const tags = model.elements.map((e) => e.tag);
  return {
    scriptUrl,
    form: 'attributes',
    lang: '',
    primary: DEFAULT_PRIMARY,
    include: tags.filter((tag) => tag !== FACILITY),
    // The level of care names this program's level and the levels offered from the start, so the
    // checkboxes say what the element shows.
    values: Object.fromEntries(tags.map((tag) => [tag, tag === FACILITY && timezone ? { timezone } : tag === 'iop-level-of-care' ? { current: '2.1', offered: ['2.1'] } : {}])),
    keep: Object.fromEntries(tags.map((tag) => [tag, { attrs: [], config: {} }])),
    style: '',
    // Each element's content goes into the snippet (see makeSnippet) unless the editor turns it off.
    content: true,
  };
}

/** Is there anything to put on `<iop-facility>`? Without it the elements stand alone. */
const hasFacility = (state) =>
  Object.keys(state.values[FACILITY] ?? {}).length > 0 || (state.keep[FACILITY]?.attrs.length ?? 0) > 0 || !!state.style || state.primary.toLowerCase() !== DEFAULT_PRIMARY;

/** An attribute for a value: a flag for `true`, nothing for `false`, JSON for objects and lists. */
const valueAttribute = (name, value) =>
  value === true ? ` ${name}` : value === false || value === undefined ? '' : attribute(name, typeof value === 'object' ? JSON.stringify(value) : String(value));

/** An element's prerendered content as a declarative shadow root, or nothing. */
const template = (content, tag) => (typeof content?.elements[tag] === 'string' ? `<template shadowrootmode="open">${content.elements[tag]}</template>` : '');

/**
 * One element's HTML at `indent`: attributes, or a script child holding the configuration; then
 * its content, after the configuration so the snippet reads from the top as before.
 */
function elementHtml(state, model, tag, indent, content) {
  const { fields } = model.byTag[tag];
  const values = state.values[tag] ?? {};
  const keep = state.keep[tag] ?? { attrs: [], config: {} };
  const lang = state.lang && !keep.attrs.some(([n]) => n === 'lang') ? ` lang="${state.lang}"` : '';
  const kept = keep.attrs.map(([name, value]) => attribute(name, value)).join('');
  const attrOf = (key) => fields.find((f) => f.key === key)?.attr ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const onlyAttribute = (key) => fields.find((f) => f.key === key)?.attributeOnly;
  const flags = Object.entries(values).filter(([key]) => onlyAttribute(key)).map(([key, value]) => valueAttribute(attrOf(key), value)).join('');
  const config = { ...Object.fromEntries(Object.entries(values).filter(([key]) => !onlyAttribute(key))), ...keep.config };
  // Text per language in a plain-text attribute (`heading`) would be read as the JSON's characters:
  // such an element takes a script child, where it is JSON.
  const perLanguage = Object.entries(config).some(([key, value]) => typeof value === 'object' && value && fields.find((f) => f.key === key)?.schema.perLanguage);
  if ((state.form === 'script' || perLanguage) && Object.keys(config).length) {
    // `<` escaped, so no value can end the script early.
    const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
    const inside = template(content, tag);
    return `<${tag}${lang}${flags}${kept}>\n${indent}  <script type="application/json">\n${json.replace(/^/gm, `${indent}    `)}\n${indent}  </script>\n${inside ? `${indent}  ${inside}\n` : ''}${indent}</${tag}>`;
  }
  const attributes = Object.entries(config).map(([key, value]) => valueAttribute(attrOf(key), value)).join('');
  const inside = template(content, tag);
  return `<${tag}${lang}${attributes}${flags}${kept}>${inside ? `\n${indent}  ${inside}\n${indent}` : ''}</${tag}>`;
}

/**
 * The HTML to paste: the script tag, then the elements, inside `<iop-facility>` when it has
 * anything to share. With `content` (and `state.content` on), each element holds what
 * `prerender()` writes for it, and the facility's JSON-LD comes last, marked as prerendered so the
 * facility replaces it once the module runs.
 * @param {State} state @param {any} model @param {Content} [content]
 */
export function makeSnippet(state, model, content) {
  if (!state.content) content = undefined;
  const script = `<script type="module" src="${escapeAttr(state.scriptUrl)}"></script>`;
  // The facility escaped `<` in its JSON, so the text cannot close the script.
  const ld = (content?.ld ?? []).map((text) => `<script type="application/ld+json" data-iop-prerendered>${text}</script>\n`).join('');
  if (!hasFacility(state)) {
    return `${script}\n\n${state.include.map((tag) => elementHtml(state, model, tag, '', content)).join('\n')}\n${ld}`;
  }
  const values = state.values[FACILITY] ?? {};
  const fields = model.byTag[FACILITY]?.fields ?? [];
  const attributes = Object.entries(values)
    .map(([key, value]) => valueAttribute(fields.find((f) => f.key === key)?.attr ?? key, typeof value === 'string' ? value.trim() : value))
    .join('');
  const kept = (state.keep[FACILITY]?.attrs ?? []).map(([name, value]) => attribute(name, value)).join('');
  const styles = [state.style, state.primary.toLowerCase() !== DEFAULT_PRIMARY ? `--iop-color-primary: ${state.primary}` : ''].filter(Boolean);
  const style = styles.length ? attribute('style', styles.join('; ')) : '';
  const children = state.include.map((tag) => `  ${elementHtml(state, model, tag, '  ', content)}\n`).join('');
  const own = template(content, FACILITY);
  return `${script}\n\n<iop-facility${attributes}${kept}${style}>\n${children}${own ? `  ${own}\n` : ''}</iop-facility>\n${ld}`;
}

/** An attribute's text as the value the element would take from it; JSON for objects and lists. */
function fromAttribute(field, text) {
  const type = typeOf(field.schema);
  if (type === 'boolean') return true;
  if (type === 'number' || type === 'integer') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  if (type === 'object' || type === 'array' || field.schema.anyOf) return JSON.parse(text);
  return text;
}

/** Is the node prerendered content: a declarative shadow root, or the JSON-LD written with it? */
const isContent = (node) => (node.tag === 'template' && attr(node, 'shadowrootmode') !== null) || (node.tag === 'script' && attr(node, 'data-iop-prerendered') !== null);

/** The tree without prerendered content: it is made from the settings, never read as settings. */
function withoutContent(node) {
  node.children = node.children.filter((child) => !isContent(child));
  for (const child of node.children) withoutContent(child);
  return node;
}

/** Does the snippet carry prerendered content for some kit element? */
const hasContent = (html, model) =>
  [...elements(parseHtml(html))].some((el) => model.byTag[el.tag] && el.children.some((child) => child.tag === 'template' && attr(child, 'shadowrootmode') !== null));

/**
 * Reads a pasted snippet back into a state. Attributes win over the script child, as in the
 * elements. What no control edits (other attributes, unknown script keys, other styles) is kept
 * and written back as it came.
 * @returns {{ state?: State, error?: string }}
 */
export function parseSnippet(html, model, base = {}) {
  const all = [...elements(withoutContent(parseHtml(html)))];
  const known = all.filter((el) => model.byTag[el.tag]);
  const children = known.filter((el) => el.tag !== FACILITY);
  const facility = known.find((el) => el.tag === FACILITY);
  if (!known.length) return { error: `No iop-widgets element (${model.elements.map((e) => `<${e.tag}>`).join(', ')}) found in the snippet.` };
  const twice = children.find((el, i) => children.findIndex((other) => other.tag === el.tag) !== i);
  if (twice) return { error: `The snippet has more than one <${twice.tag}>: load one at a time (the configurator edits one of each).` };
  const src = all.find((el) => el.tag === 'script' && attr(el, 'src') !== null);
  const state = initialState(model, { scriptUrl: (src && attr(src, 'src')) ?? base.scriptUrl });
  state.values = Object.fromEntries(model.elements.map((e) => [e.tag, {}]));
  state.include = children.map((el) => el.tag);
  state.lang = (children[0] && attr(children[0], 'lang')) ?? '';
  // A snippet with its content comes back with it (written anew from the settings), one without without.
  state.content = hasContent(html, model);

  for (const el of [facility, ...children]) {
    if (!el) continue;
    const { fields } = model.byTag[el.tag];
    const values = state.values[el.tag];
    const keep = state.keep[el.tag];
    const child = el.children.find((c) => c.tag === 'script' && attr(c, 'type') === 'application/json');
    if (child) {
      let config;
      try {
        config = JSON.parse(child.text);
      } catch (error) {
        return { error: `The <script type="application/json"> inside <${el.tag}> is not valid JSON: ${/** @type {Error} */ (error).message}` };
      }
      for (const [key, value] of Object.entries(config ?? {})) {
        if (fields.some((f) => f.key === key && !f.attributeOnly)) values[key] = value;
        else keep.config[key] = value;
      }
      if (el.tag !== FACILITY) state.form = 'script';
    }
    for (const [name, text] of el.attrs) {
      if (name === 'lang' && el.tag !== FACILITY && text === state.lang) continue;
      if (name === 'style' && el.tag === FACILITY) {
        state.primary = /--iop-color-primary:\s*(#[0-9a-f]{6})\b/i.exec(text)?.[1].toLowerCase() ?? DEFAULT_PRIMARY;
        state.style = text.split(';').map((d) => d.trim()).filter((d) => d && !/^--iop-color-primary\s*:/i.test(d)).join('; ');
        continue;
      }
      const field = fields.find((f) => f.attr === name);
      if (!field) {
        keep.attrs.push([name, text]);
        continue;
      }
      try {
        values[field.key] = fromAttribute(field, text);
      } catch (error) {
        return { error: `The ${name} attribute of <${el.tag}> is not valid JSON: ${/** @type {Error} */ (error).message}` };
      }
    }
  }
  return { state };
}

/**
 * The default catalogue as the snippet writes it (issue 25.4: never English content under Spanish
 * headings). `pairs` holds each default therapy in English and Spanish, as the kit exports them.
 * A snippet in one language gets that language's text; a snippet that follows the page's language
 * gets both, `{"en": …, "es": …}`, so a page in either language shows its own.
 * @param {{ en: any, es: any }} pair @param {string} lang
 */
export function catalogueItem(pair, lang) {
  if (lang === 'en' || lang === 'es') return structuredClone(pair[lang]);
  const { en, es } = pair;
  return Object.fromEntries(
    Object.keys(en).map((key) => [key, typeof en[key] === 'string' && typeof es[key] === 'string' && en[key] !== es[key] ? { en: en[key], es: es[key] } : structuredClone(en[key])]),
  );
}

/** Every text a value holds: itself, or each language's. */
export const textsOf = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v) => typeof v === 'string') : []);

/** The text of `value` to show for `lang`: a string as it is, else its entry for `lang`, else English, else the first. */
export const textIn = (value, lang) => (typeof value === 'string' ? value : value && typeof value === 'object' ? (value[lang || 'en'] ?? value.en ?? textsOf(value)[0] ?? '') : '');

/** Which default therapy `item` is (by its name in any language), or -1. */
export const catalogueIndex = (pairs, item) => {
  const names = textsOf(item?.name);
  return pairs.findIndex((pair) => names.includes(pair.en.name) || names.includes(pair.es.name));
};

/** Is `item` a default therapy as written for some language, unedited? */
const unedited = (pairs, item) => {
  const i = catalogueIndex(pairs, item);
  return i >= 0 && ['en', 'es', ''].some((lang) => JSON.stringify(catalogueItem(pairs[i], lang)) === JSON.stringify(item));
};

/**
 * The values with each unedited default therapy rewritten for `lang` (the snippet's language was
 * changed); therapies the editor wrote or changed stay as they are.
 */
export function relang(values, pairs, lang) {
  const list = values['iop-therapy-list']?.therapies;
  if (!pairs || !Array.isArray(list)) return values;
  const therapies = list.map((item) => (unedited(pairs, item) ? catalogueItem(pairs[catalogueIndex(pairs, item)], lang) : item));
  return { ...values, 'iop-therapy-list': { ...values['iop-therapy-list'], therapies } };
}

/** Is `url` served from this computer only (127.0.0.1, localhost)? */
export const isLocal = (url) => /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:|\/|$)/i.test(url.trim());

/**
 * What to tell the editor before they paste, though the kit accepts it: each `{ key, message }`,
 * `key` naming the control it belongs to (`scriptUrl`, `iop-facility.timezone`, ...).
 */
export function warnings(state, { guessedZone = '' } = {}) {
  const list = [];
  const facility = state.values[FACILITY] ?? {};
  if (guessedZone && facility.timezone === guessedZone) {
    list.push({ key: 'iop-facility.timezone', note: true, message: `Filled in from this computer’s time zone (${guessedZone}): check that it is where the program meets.` });
  }
  if (state.scriptUrl.trim() === PLACEHOLDER_URL) list.push({ key: 'scriptUrl', message: 'Replace YOUR-SITE.example/iop-widgets.js with where your site serves iop-widgets.js: as it is, the snippet loads nothing.' });
  else if (isLocal(state.scriptUrl)) list.push({ key: 'scriptUrl', message: 'This address is on this computer only: the snippet will not load on your site. Use the address where your site serves iop-widgets.js.' });
  const zone = state.values['iop-schedule']?.timezone ?? facility.timezone;
  if (state.include.includes('iop-schedule') && !zone) {
    list.push({ key: 'iop-facility.timezone', message: 'No time zone: each visitor would see the session times as if in their own zone, hours off for anyone elsewhere. Choose the zone where the program meets.' });
  }
  if (state.include.includes('iop-appointment-form') && !facility.endpoint && !state.values['iop-appointment-form']?.endpoint) {
    list.push({ key: 'iop-facility.endpoint', message: 'No endpoint: the appointment form has nowhere to send requests. Set the address of your form back end.' });
  }
  return list;
}
