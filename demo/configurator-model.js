// @ts-check
/**
 * What the configurator offers for each element, derived from what the build ships: the JSON
 * Schema of each element's configuration (dist/schemas/<tag>.schema.json: keys, types, enums,
 * nested objects and lists) and the custom-elements manifest (dist/custom-elements.json: which
 * elements exist, attribute names, one-line descriptions). An attribute added to an element thus
 * appears here with no hand work. HINTS adds only what a schema cannot say: a time-zone list, time
 * inputs, the ASAM levels to pick from, the default therapy catalogue, how a list item is named.
 */

export const FACILITY = 'iop-facility';

const ASAM = [
  ['0.5', '0.5 Early intervention'],
  ['1', '1 Outpatient services'],
  ['2.1', '2.1 Intensive outpatient (IOP)'],
  ['2.5', '2.5 Partial hospitalization (PHP)'],
  ['3', '3 Residential treatment'],
  ['4', '4 Medically managed inpatient'],
];
const DAYS = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

/**
 * The UI hints, by path: `tag.key`, `tag.key[].sub` for a list item's key, `*.key` for any element.
 * - control: 'timezone' (a zone list), 'json' (a JSON box, for shapes too rich for plain controls),
 *   'strings' (text overrides: key and text rows)
 * - type: the input type of a text field (tel, email, url, time)
 * - choices: [value, label] pairs for a select or, for a list, checkboxes
 * - labels: display names of enum values
 * - label: a clearer label than the key gives
 * - item: how a list names its items ('Track'), itemTitle: the item key shown in the item's title
 * - catalogue: the list can be picked from the element's default content (read from the kit)
 * - addTo: picking this value also ticks it in that other key's choices
 * - advanced: shown folded
 * - help: the line under the label, where the manifest's description is written for attributes
 *   (for developers): plain words for an editor; technical detail only on what is `advanced`
 * - blank: what a select's empty choice says, when "Default" alone would not say what happens
 */
export const HINTS = {
  '*.timezone': { control: 'timezone', label: 'Time zone of the program’s times' },
  '*.phone': { type: 'tel' },
  '*.email': { type: 'email' },
  '*.url': { type: 'url', label: 'Website' },
  '*.strings': { control: 'strings', label: 'Texts', advanced: true },
  '*.heading': { label: 'Heading' },
  'iop-facility.structuredData': { label: 'Describe the facility to search engines (structured data)', help: 'Lets search engines read the facility’s name, address and phone from the page; nothing visible changes.' },
  'iop-level-of-care.view': { labels: { chart: 'Chart (a ladder of intensity)', table: 'Table (levels side by side)' }, help: 'How the levels are shown.' },
  'iop-therapy-list.layout': { labels: { grid: 'Grid (cards side by side)', list: 'List (one under another)' }, help: 'How the therapies are laid out.' },
  'iop-level-of-care.levels': { control: 'json', label: 'Levels (replace the ASAM levels)', advanced: true, help: 'Your own levels instead of the ASAM ones: a list of { code, name, summary, hoursPerWeek, setting, supervision, duration, suitableFor }.' },
  'iop-level-of-care.name': { advanced: true },
  'iop-level-of-care.phone': { advanced: true },
  'iop-therapy-list.therapies': { catalogue: true, item: 'Therapy', itemTitle: 'name', help: 'Tick the therapies the program offers, and add your own.' },
  'iop-therapy-list.therapies[].url': { type: 'url', label: 'Link to more' },
  'iop-schedule.weeks': { label: 'Program length in weeks' },
  'iop-schedule.tracks': { item: 'Track', itemTitle: 'name', help: 'With no track, the element shows a typical IOP week (a morning and an evening track). Add a track to show your own.' },
  'iop-schedule.tracks[].sessions': { item: 'Session' },
  'iop-schedule.tracks[].sessions[].day': { labels: DAYS },
  'iop-schedule.tracks[].sessions[].start': { type: 'time', label: 'Starts' },
  'iop-schedule.tracks[].sessions[].end': { type: 'time', label: 'Ends' },
  'iop-schedule.tracks[].telehealth': { label: 'Also by video (telehealth)' },
  'iop-level-of-care.current': { choices: ASAM, label: 'This program’s level', addTo: 'offered', help: 'Marked as this program among the levels.' },
  'iop-level-of-care.offered': { choices: ASAM, label: 'Levels this facility offers', help: 'The levels not ticked are shown muted. None ticked: only this program’s level.' },
  'iop-facility.timezone': { help: 'Where the program meets: its times are written in this zone, so a visitor elsewhere reads them right.' },
  'iop-facility.admissionsHours': { help: 'When your admissions phone is answered, in your time zone: "24/7" (with the quotes), or hours per day such as {"mon": "08:00-20:00", "sat": "09:00-13:00"}. The form then says whether it is answered now, in the visitor’s time. Not set: it claims nothing.' },
  'iop-facility.endpoint': { help: 'Where appointment requests are sent: the address your web team or form service gives you.' },
  'iop-schedule.timezone': { help: 'Only if this schedule’s times are in another zone than the facility’s.' },
  'iop-appointment-form.endpoint': { help: 'Where this form’s requests are sent, if not to the facility’s address: the address your web team or form service gives you.' },
  'iop-appointment-form.format': { labels: { json: 'JSON', form: 'Form fields (for common form back ends)' }, help: 'How the request is written: ask whoever receives it. JSON unless they say otherwise.' },
  'iop-appointment-form.retryDelays': { label: 'Waits before trying again', item: 'Wait', advanced: true, help: 'When sending fails, the form tries again after each wait, in milliseconds (1000 is one second); at most 6.' },
  'iop-appointment-form.fields': { label: 'Fields asked', help: 'For each field: required, optional, or hidden (not asked). The name and the consent box are always asked.' },
  'iop-appointment-form.programs': { item: 'Program', label: 'Programs to choose from', help: 'With programs listed, the form asks which one the person is interested in.' },
  '*.carriers': { item: 'Insurance plan', itemTitle: 'name', label: 'Insurance accepted', help: 'The insurance companies or plans you are in network with, as visitors know them. None listed: none is named.' },
  '*.carriers[].note': { label: 'Note (e.g. “PPO plans only”)' },
  '*.accepts': { label: 'Other ways to pay' },
  '*.accepts[]': { labels: { medicaid: 'Medicaid', medicare: 'Medicare', tricare: 'TRICARE', 'self-pay': 'Self-pay', 'payment-plan': 'Payment plans', 'sliding-scale': 'Sliding-scale fees' } },
  'iop-insurance.carriers': { help: 'Only if this list differs from the facility’s.' },
  'iop-insurance.accepts': { help: 'Only if these differ from the facility’s.' },
  'iop-insurance.verify': { label: 'Show “Check my coverage”', advanced: true, help: 'On by default: it opens the form’s insurance questions, or gives the phone when the page has no form. To hide it, write verify="false" on the element.' },
  'iop-insurance.phone': { advanced: true },
  'iop-appointment-form.privacyUrl': { type: 'url', label: 'Privacy notice link' },
  'iop-appointment-form.minFillSeconds': { label: 'Bot check: seconds before a send is trusted', advanced: true },
  'iop-appointment-form.timeout': { label: 'Seconds to wait for each attempt', advanced: true },
  'iop-appointment-form.name': { advanced: true },
  // What each field does when left to the form (shownByDefault in iop-appointment-form.schema.ts;
  // a node test holds the two together).
  ...Object.fromEntries(
    [
      ...['forWhom', 'phone', 'email', 'contactMethod', 'leaveMessage'].map((f) => [f, 'Default (asked, optional)']),
      ['program', 'Default (asked with programs)'],
      ...['bestTime', 'insurance', 'memberId', 'policyHolder', 'telehealth', 'message'].map((f) => [f, 'Default (not asked)']),
    ].map(([f, blank]) => [`iop-appointment-form.fields.${f}`, { blank }]),
  ),
  // The coverage questions the form asks with `insurance` (issue 27.2): their names, spelled out.
  'iop-appointment-form.fields.memberId': { label: 'Member ID', blank: 'Default (not asked)' },
  'iop-appointment-form.fields.policyHolder': { label: 'Policy holder', blank: 'Default (not asked)' },
};

/**
 * What a setting left empty does, from its schema's `default` (the kit's own, src/<tag>/<tag>.schema.ts):
 * a select's empty choice ("Default (chart)"), a field's placeholder, a list's "Not set: …".
 */
export function defaultText(schema, hint = {}) {
  const value = schema?.default;
  if (value === undefined || typeof value === 'boolean') return undefined;
  if (Array.isArray(value)) return value.length ? `Not set: ${value.slice(0, -1).join(', ')}${value.length > 1 ? ' and ' : ''}${value.at(-1)}.` : undefined;
  const label = String(hint.labels?.[value] ?? value).replace(/ \(.*\)$/, '');
  return schema.enum ? `Default (${label === label.toUpperCase() ? label : label.toLowerCase()})` : label;
}

/** The hint for `path` (`tag.key[].sub`): the element's own first, then the one for any element. */
export const hintFor = (path) => ({ ...HINTS[path.replace(/^[^.]+/, '*')], ...HINTS[path] });

/** `privacyUrl` -> `Privacy url`; `iop-level-of-care` -> `Level of care`. */
export const labelOf = (key) => {
  const words = key.replace(/^iop-/, '').replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/-/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
};
/**
 * A manifest description as help for a control: the manifest speaks of attributes ("JSON array of
 * levels; replaces the default ASAM levels"), the control already shows the shape.
 */
const plain = (text) => {
  // "JSON" in capitals only: `json` (default) or `form` names a value, and keeps its first word.
  const rest = text.replace(/`/g, '').replace(/^JSON (object |array )?(of |that )?:?\s*/, '');
  if (rest === text.replace(/`/g, '')) return rest;
  return /^[{[]/.test(rest) ? '' : rest.charAt(0).toUpperCase() + rest.slice(1);
};
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * @typedef {{ key: string, attr: string, label: string, description: string, schema: any, hint: any, path: string, attributeOnly: boolean }} Field
 * @typedef {{ tag: string, label: string, summary: string, fields: Field[] }} ElementModel
 * @typedef {{ elements: ElementModel[], byTag: Record<string, ElementModel> }} Model
 */

/**
 * Text a facility writes: its JSON Schema is `anyOf` a string and an object of language codes
 * (`{"en": …, "es": …}`). The configurator edits it as text, one input per language when the value
 * has several, so it is a string schema marked `perLanguage` here, at any depth.
 */
export const isWritten = (schema) => schema?.anyOf?.length === 2 && schema.anyOf[0].type === 'string' && !!schema.anyOf[1].propertyNames;
export function plainText(schema) {
  if (!schema || typeof schema !== 'object') return schema;
  if (isWritten(schema)) return { ...schema.anyOf[0], perLanguage: true };
  if (Array.isArray(schema)) return schema.map(plainText);
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'enum' || key === 'const' ? value : plainText(value)]));
}

/** The tags the manifest defines, in its order (the registry's, src/elements.ts), the facility first. */
export function tagsOf(manifest) {
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
  return [...new Set(tags)].sort((a, b) => Number(b === FACILITY) - Number(a === FACILITY));
}

/**
 * The model of every element: its fields, from its schema's properties (in schema order) and the
 * manifest's attributes the schema does not hold (a boolean like `structured-data`, which is an
 * attribute only, never a script-child key). `lang` is set for the whole snippet, not per element.
 * @param {any} manifest @param {Record<string, any>} schemas @returns {Model}
 */
export function buildModel(manifest, schemas) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const elements = tagsOf(manifest).map((tag) => {
    const declaration = declarations.find((d) => d.tagName === tag);
    const attributes = declaration.attributes ?? [];
    const schema = plainText(schemas[tag] ?? { properties: {} });
    const describe = (key, attribute, propertySchema, attributeOnly) => {
      const hint = hintFor(`${tag}.${key}`);
      return {
        key,
        attr: attribute?.name ?? kebab(key),
        label: hint.label ?? labelOf(key),
        description: [hint.help ?? plain(attribute?.description ?? propertySchema.description ?? ''), Array.isArray(propertySchema.default) ? defaultText(propertySchema) : '']
          .filter(Boolean)
          .join(' '),
        schema: propertySchema,
        hint,
        path: `${tag}.${key}`,
        attributeOnly,
      };
    };
    const fields = Object.entries(schema.properties ?? {}).map(([key, s]) =>
      describe(key, attributes.find((a) => (a.fieldName ?? a.name) === key), s, false),
    );
    for (const a of attributes) {
      if (a.name === 'lang' || fields.some((f) => f.attr === a.name)) continue;
      const boolean = /^boolean/.test(a.type?.text ?? '');
      fields.push(describe(a.fieldName ?? a.name, a, boolean ? { type: 'boolean' } : { type: 'string' }, true));
    }
    return { tag, label: labelOf(tag), summary: declaration.summary ?? schema.description ?? '', fields };
  });
  return { elements, byTag: Object.fromEntries(elements.map((e) => [e.tag, e])) };
}

/** The schema's type, with a `["string","null"]` style union reduced to its first member. */
export const typeOf = (schema) => (Array.isArray(schema?.type) ? schema.type[0] : schema?.type);

/**
 * A new list item for `schema` (an array's `items`): required keys filled so the element accepts
 * it at once (first enum value, a time, one nested item where at least one is needed).
 */
export function newItem(schema, previous) {
  if (typeOf(schema) !== 'object') return typeOf(schema) === 'string' || schema.anyOf?.some((s) => typeOf(s) === 'string') ? '' : null;
  /** @type {Record<string, unknown>} */
  const item = {};
  for (const key of schema.required ?? []) {
    const s = schema.properties[key];
    if (s.enum) item[key] = s.enum[0];
    else if (typeOf(s) === 'array') item[key] = s.minItems ? [newItem(s.items)] : [];
    else if (typeOf(s) === 'string') item[key] = '';
    else if (typeOf(s) === 'boolean') item[key] = false;
  }
  // A session after another: the next day at the same hours, as a program's week goes.
  if ('day' in item && 'start' in item && 'end' in item) {
    const days = schema.properties.day.enum;
    const last = /** @type {any} */ (previous);
    Object.assign(item, last ? { day: days[(days.indexOf(last.day) + 1) % days.length], start: last.start, end: last.end } : { start: '09:00', end: '12:00' });
  }
  return item;
}
