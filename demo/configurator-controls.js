// @ts-check
/**
 * Form controls made from a JSON Schema node and its UI hint: a text, number or time input, a
 * select for an enum, a checkbox for a boolean, checkboxes for a list of choices, a fieldset for an
 * object, a reorderable list for an array (of text or of objects, nested as deep as the schema
 * goes), rows of key and text for `strings`, a JSON box for what is richer than that. Each control
 * reads its value through `get` and writes through `set` when it changes, so a nested control
 * always edits the current value, never the one it was built from.
 */
import { defaultText, hintFor, labelOf, newItem, typeOf } from './configurator-model.js';
import { textIn } from './configurator-snippet.js';

/** Creates an element: `h('label', { for: 'x' }, 'Name')`. Attributes that are `false` or nullish are left out. */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return el;
}

let ids = 0;

/**
 * Selects `value`, adding it first when the list does not offer it (a loaded snippet had it, or
 * this computer's time zone is not in the list); `origin` says where it came from.
 */
export function choose(select, value, origin = 'from your snippet') {
  const text = value === undefined ? '' : String(value);
  if (text && ![...select.options].some((option) => option.value === text)) select.append(h('option', { value: text }, `${text} (${origin})`));
  select.value = text;
}

/** A labelled control with room for its error. `path` is where the kit reports a problem with it. */
export function field(label, control, { path, hint, key } = {}) {
  const id = `c${++ids}`;
  control.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
  control.setAttribute('aria-describedby', [hintEl?.id, error.id].filter(Boolean).join(' '));
  if (path) control.dataset.path = path;
  if (key) control.dataset.key = key;
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, control, error);
}

/** A group whose problems the kit reports on the group itself (a list, a track). */
function group(legend, path, ...children) {
  const id = `g${++ids}`;
  return h('fieldset', { 'data-path': path, 'aria-describedby': `${id}-error` }, h('legend', {}, legend), h('p', { class: 'error', id: `${id}-error`, hidden: true }), ...children);
}

/** `obj` with `key` set to `value`, or without it when `value` is undefined; key order kept. */
export const withKey = (obj, key, value) => {
  const next = { ...(obj ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
};

const enumLabel = (hint, value) => hint.labels?.[value] ?? labelOf(String(value));

/**
 * The control for one setting.
 * @param {any} ctx `{ set(path, value, rebuild), status(message, focusKey), zones, origin(path, value), catalogue(), textKeys() }`
 * @param {{ label: string, description?: string, schema: any, hint: any, ui: string, path: string,
 *   required?: boolean, get: () => any, set: (value: any, rebuild?: boolean) => void }} spec
 *   `ui` is the hint path (`iop-schedule.tracks[].name`), `path` where the kit reports problems
 *   (`iop-schedule tracks[0].name`), which is also the control's key for keeping focus.
 */
export function control(ctx, spec) {
  const { schema, hint, path, get, set } = spec;
  const type = typeOf(schema);
  const value = get();
  const hintText = spec.description || undefined;
  const opts = { path, hint: hintText, key: path };

  if (hint.control === 'timezone') {
    const select = h('select', { onchange: (e) => set(e.target.value || undefined) },
      // Blank on the facility leaves each visitor's own zone (warned about); on an element, the facility's.
      h('option', { value: '' }, path.startsWith('iop-facility ') ? 'Not set: each visitor’s own (not advised)' : 'The facility’s'),
      h('optgroup', { label: 'United States' }, ctx.zones.us.map((z) => h('option', { value: z }, z.replace(/_/g, ' ')))),
      h('optgroup', { label: 'All time zones' }, ctx.zones.all.map((z) => h('option', { value: z }, z.replace(/_/g, ' ')))),
    );
    choose(select, value, ctx.origin(path, value));
    return field(spec.label, select, opts);
  }
  // Text, or an object named by that text (a carrier: "Acme" or { name, note }): edited as the
  // object, written as plain text while nothing but its name is set.
  const named = namedObject(schema);
  if (named) {
    const [key] = named.required;
    const getNamed = () => ((v) => (typeof v === 'string' ? { [key]: v } : v))(get());
    return control(ctx, { ...spec, schema: named, get: getNamed, set: (v, rebuild) => set(v && Object.keys(v).join() === key ? v[key] : v, rebuild) });
  }
  if (hint.control === 'strings' || (type === 'object' && !schema.properties && schema.additionalProperties)) return stringsControl(ctx, spec);
  if (hint.control === 'json' || schema.anyOf || (type === 'object' && !schema.properties) || !type) {
    const box = h('textarea', { rows: 4, spellcheck: 'false', class: 'json', value: value === undefined ? '' : JSON.stringify(value, null, 2) });
    const wrap = field(spec.label, box, { ...opts, hint: `${hintText ?? ''} JSON; leave blank for the default.`.trim() });
    box.addEventListener('input', () => {
      const error = /** @type {HTMLElement} */ (wrap.querySelector('.error'));
      try {
        set(box.value.trim() ? JSON.parse(box.value) : undefined);
        box.removeAttribute('aria-invalid');
        error.hidden = true;
      } catch (e) {
        box.setAttribute('aria-invalid', 'true');
        error.hidden = false;
        error.textContent = `Not valid JSON yet: ${/** @type {Error} */ (e).message}`;
      }
    });
    return wrap;
  }
  if (type === 'string' && (schema.enum || hint.choices)) {
    const choices = hint.choices ?? schema.enum.map((v) => [v, enumLabel(hint, v)]);
    const select = h('select', {
      onchange: (e) => {
        set(e.target.value || undefined);
        // Picking this program's level ticks it among the levels offered.
        if (hint.addTo && e.target.value) ctx.addTo(spec, hint.addTo, e.target.value);
      },
    }, spec.required ? null : h('option', { value: '' }, hint.blank ?? defaultText(schema, hint) ?? 'Default'), choices.map(([v, label]) => h('option', { value: v }, label)));
    choose(select, value);
    return field(spec.label, select, opts);
  }
  if (type === 'boolean') {
    const id = `b${++ids}`;
    const box = h('input', { type: 'checkbox', checked: value === true, 'data-key': path, 'data-path': path, 'aria-describedby': `${hintText ? `${id}-hint ` : ''}${id}-error`, onchange: (e) => set(e.target.checked ? true : undefined) });
    return h('div', { class: 'field' }, h('label', { class: 'choice' }, box, ` ${spec.label}`), hintText ? h('p', { class: 'hint', id: `${id}-hint` }, hintText) : null, h('p', { class: 'error', id: `${id}-error`, hidden: true }));
  }
  if (type === 'number' || type === 'integer') {
    const input = h('input', { type: 'number', inputmode: 'decimal', min: schema.minimum, max: schema.maximum, placeholder: defaultText(schema), value: value ?? '', oninput: (e) => set(e.target.value === '' ? undefined : Number(e.target.value)) });
    return field(spec.label, input, opts);
  }
  if (type === 'array') {
    const items = schema.items ?? {};
    if (typeOf(items) === 'string' && (items.enum || hint.choices)) return choicesControl(spec, hint.choices ?? items.enum.map((v) => [v, enumLabel(hintFor(`${spec.ui}[]`), v)]));
    return listControl(ctx, spec);
  }
  if (type === 'object') {
    return group(spec.label, path,
      hintText ? h('p', { class: 'hint' }, hintText) : null,
      // Short controls (choices, times) side by side where there is room.
      h('div', { class: Object.keys(schema.properties).every((k) => schema.properties[k].enum || hintFor(`${spec.ui}.${k}`).type === 'time') ? 'subfields grid' : 'subfields' },
        Object.entries(schema.properties).map(([key, sub]) => control(ctx, {
          label: hintFor(`${spec.ui}.${key}`).label ?? labelOf(key),
          schema: sub,
          hint: hintFor(`${spec.ui}.${key}`),
          ui: `${spec.ui}.${key}`,
          path: `${path}.${key}`,
          required: schema.required?.includes(key),
          get: () => get()?.[key],
          set: (v, rebuild) => {
            const next = withKey(get(), key, v);
            set(Object.keys(next).length ? next : undefined, rebuild);
          },
        })),
      ),
    );
  }
  if (schema.perLanguage && value && typeof value === 'object') {
    // Text given per language: one input per language, each editing its own entry.
    return group(spec.label, path, Object.keys(value).map((lang) => field(`${spec.label} (${LANGUAGES[lang] ?? lang})`,
      h('input', { type: 'text', autocomplete: 'off', lang, value: String(value[lang] ?? ''), oninput: (e) => set({ ...get(), [lang]: e.target.value }) }),
      { path: `${path}.${lang}`, key: `${path}.${lang}` })));
  }
  const input = h('input', { type: hint.type ?? 'text', autocomplete: 'off', placeholder: defaultText(schema), value: value ?? '', oninput: (e) => set(e.target.value === '' ? undefined : e.target.value) });
  const wrap = field(spec.label, input, opts);
  if (schema.perLanguage && !path.startsWith('iop-facility ')) {
    // One snippet for a site in both languages: the text so far becomes the snippet's language's (English
    // when it follows the page's), and the other language's box opens, empty and focused.
    const mine = ctx.lang?.() === 'es' ? 'es' : 'en';
    const other = mine === 'es' ? 'en' : 'es';
    wrap.append(h('button', {
      type: 'button',
      class: 'link',
      'data-key': `${path}:${other}`,
      onclick: () => {
        set({ [mine]: get() ?? '', [other]: '' }, true);
        ctx.status(`${spec.label} in ${LANGUAGES[other]} added.`, `${path}.${other}`, true);
      },
    }, `Add the ${LANGUAGES[other]} text`));
  }
  return wrap;
}

/** The object branch of "text, or an object whose one required key is that text"; undefined for any other schema. */
const namedObject = (schema) =>
  schema?.anyOf?.length === 2 && schema.anyOf.some((s) => typeOf(s) === 'string') ? schema.anyOf.find((s) => typeOf(s) === 'object' && s.required?.length === 1) : undefined;

const LANGUAGES = { en: 'English', es: 'Spanish' };

/** Checkboxes for a list of values picked from a fixed set; written in the set's order. */
function choicesControl(spec, choices) {
  const { path, get, set } = spec;
  return group(spec.label, path,
    spec.description ? h('p', { class: 'hint' }, spec.description) : null,
    choices.map(([v, label]) => h('label', { class: 'choice' },
      h('input', {
        type: 'checkbox',
        checked: (get() ?? []).includes(v),
        'data-key': `${path}=${v}`,
        onchange: (e) => {
          const now = get() ?? [];
          const next = choices.map(([c]) => c).filter((c) => (c === v ? e.target.checked : now.includes(c)));
          set(next.length ? next : undefined);
        },
      }),
      ` ${label}`,
    )),
  );
}

/** Rows of text key and text, for `strings`: the element's text keys offered as suggestions. */
function stringsControl(ctx, spec) {
  const { path, get, set } = spec;
  const tag = path.split(' ')[0];
  const keys = ctx.textKeys(tag);
  const listId = `k${++ids}`;
  const entries = Object.entries(get() ?? {});
  const write = (next, rebuild) => set(next.length ? Object.fromEntries(next) : undefined, rebuild);
  return group(spec.label, path,
    h('p', { class: 'hint' }, 'Replace any text the element shows: pick the text’s key, then write yours. The README lists every key.'),
    keys.length ? h('datalist', { id: listId }, keys.map(([key, text]) => h('option', { value: key }, text))) : null,
    entries.map(([key, text], i) => h('div', { class: 'row' },
      field(`Key ${i + 1}`, h('input', { type: 'text', list: listId, value: key, autocomplete: 'off', oninput: (e) => write(Object.entries(get() ?? {}).map((entry, j) => (j === i ? [e.target.value, entry[1]] : entry))) }), { key: `${path}[${i}]:key`, path: `${path}.${key}` }),
      field(`Text ${i + 1}`, h('input', { type: 'text', value: String(text), placeholder: keys.find(([k]) => k === key)?.[1], autocomplete: 'off', oninput: (e) => write(Object.entries(get() ?? {}).map((entry, j) => (j === i ? [entry[0], e.target.value] : entry))) }), { key: `${path}[${i}]:text` }),
      h('button', { type: 'button', 'data-key': `${path}[${i}]:remove`, 'aria-label': `Remove text ${i + 1}`, onclick: () => (write(Object.entries(get() ?? {}).filter((_, j) => j !== i), true), ctx.status(`Text ${i + 1} removed.`, `${path}:add`)) }, 'Remove'),
    )),
    h('button', { type: 'button', 'data-key': `${path}:add`, onclick: () => {
      const now = Object.entries(get() ?? {});
      write([...now, [keys.find(([k]) => !now.some(([n]) => n === k))?.[0] ?? '', '']], true);
      ctx.status(`Text ${now.length + 1} added.`, `${path}[${now.length}]:text`);
    } }, 'Replace a text'),
  );
}

/** A reorderable list: add, move up and down, remove; focus follows the item to its new place. */
function listControl(ctx, spec) {
  const { schema, hint, path, get, set } = spec;
  const items = get() ?? [];
  const noun = hint.item ?? 'Item';
  const itemSchema = schema.items ?? {};
  // Items that are objects, or text standing for one (a carrier's name), are laid out as objects.
  const objectSchema = typeOf(itemSchema) === 'object' ? itemSchema : namedObject(itemSchema);
  const move = (list, from, to) => {
    const next = [...list];
    next.splice(to, 0, ...next.splice(from, 1));
    return next;
  };
  const itemNodes = items.map((item, i) => {
    const name = `${noun} ${i + 1}`;
    const named = typeof item === 'string' ? item : item?.[hint.itemTitle];
    const title = hint.itemTitle && named ? `${name}: ${textIn(named, ctx.lang?.())}` : name;
    const itemPath = `${path}[${i}]`;
    const getItem = () => (get() ?? [])[i];
    const setItem = (v, rebuild) => set((get() ?? []).map((x, j) => (j === i ? v : x)), rebuild);
    const body = control(ctx, {
      label: objectSchema ? title : name,
      schema: itemSchema,
      hint: hintFor(`${spec.ui}[]`),
      ui: `${spec.ui}[]`,
      path: itemPath,
      required: true,
      get: getItem,
      set: (v, rebuild) => setItem(v ?? (typeOf(itemSchema) === 'object' ? {} : ''), rebuild),
    });
    const buttons = h('div', { class: 'buttons' },
      [['up', -1], ['down', 1]].map(([way, step]) => h('button', {
        type: 'button',
        'data-key': `${itemPath}:${way}`,
        disabled: i + step < 0 || i + step >= items.length,
        'aria-label': `Move ${way}, ${name}`,
        onclick: () => {
          const to = i + step;
          const count = (get() ?? []).length;
          set(move(get() ?? [], i, to), true);
          const stuck = to + step < 0 || to + step >= count;
          ctx.status(`Moved to position ${to + 1}.`, `${path}[${to}]:${stuck ? (way === 'up' ? 'down' : 'up') : way}`);
        },
      }, `Move ${way}`)),
      h('button', {
        type: 'button',
        'data-key': `${itemPath}:remove`,
        'aria-label': `Remove ${name}`,
        onclick: () => {
          set((get() ?? []).filter((_, j) => j !== i), true);
          ctx.status(`${name} removed.`, `${path}:add`);
        },
      }, 'Remove'),
    );
    // A list of objects folds its items when it is long (a catalogue of therapies), so the page stays short.
    if (objectSchema) {
      body.classList.add('item');
      body.append(buttons);
      return hint.catalogue ? h('details', { class: 'item-fold', 'data-key': `${itemPath}:fold` }, h('summary', {}, title), body) : body;
    }
    return h('div', { class: 'item row' }, body, buttons);
  });
  return group(spec.label, path,
    spec.description ? h('p', { class: 'hint' }, spec.description) : null,
    hint.catalogue ? ctx.catalogueControl(spec) : null,
    itemNodes,
    h('button', {
      type: 'button',
      'data-key': `${path}:add`,
      onclick: () => {
        const now = get() ?? ctx.defaults(spec);
        set([...now, newItem(itemSchema, now.at(-1))], true);
        const first = objectSchema ? Object.keys(objectSchema.properties)[0] : '';
        ctx.status(`${noun} ${now.length + 1} added.`, first ? `${path}[${now.length}].${first}` : `${path}[${now.length}]`, true);
      },
    }, `Add ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun.toLowerCase()}`),
  );
}
