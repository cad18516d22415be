// @ts-check
/**
 * The configurator: plain form controls in, a snippet to paste out, and the snippet itself running
 * in two preview frames (phone and desktop width). Validation is the kit's own: a third, hidden frame
 * runs the same snippet in English and the `iop-config-error` issues it reports are shown next to the
 * control they name. No build step: this file and ../dist/iop-widgets.js are all a static host needs.
 */

const LEVELS = [
  ['0.5', 'Early intervention'],
  ['1', 'Outpatient services'],
  ['2.1', 'Intensive outpatient (IOP)'],
  ['2.5', 'Partial hospitalization (PHP)'],
  ['3', 'Residential treatment'],
  ['4', 'Medically managed inpatient'],
];
const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];
const US_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'];
const ELEMENTS = { 'iop-level-of-care': 'Level of care', 'iop-schedule': 'Schedule' };
const FACILITY_KEYS = ['name', 'phone', 'email', 'url', 'timezone'];
const ELEMENT_KEYS = { 'iop-level-of-care': ['heading', 'current', 'offered', 'view'], 'iop-schedule': ['heading', 'weeks', 'tracks'] };
const JSON_KEYS = ['offered', 'tracks'];
const DEFAULT_PRIMARY = '#0b5c6b';

/** @typedef {{ day: string, start: string, end: string }} Session */
/** @typedef {{ name: string, telehealth: boolean, note: string, sessions: Session[] }} Track */
/**
 * @typedef {{
 *   element: string, scriptUrl: string, form: 'attributes' | 'script', lang: string, primary: string,
 *   facility: Record<string, string>, structuredData: boolean,
 *   heading: string, current: string, offered: string[], view: string, weeks: string, tracks: Track[],
 *   keep: Kept,
 * }} State
 */
/**
 * What a loaded snippet had that these controls do not edit (custom levels, `strings`, an address,
 * a class, other styles): written back as it came, so loading a snippet loses nothing.
 * @typedef {{ facility: [string, string][], element: [string, string][], config: Record<string, unknown>, style: string }} Kept
 */

/** @returns {State} */
export function initialState(scriptUrl) {
  return {
    element: 'iop-level-of-care',
    scriptUrl,
    form: 'attributes',
    lang: '',
    primary: DEFAULT_PRIMARY,
    facility: { name: '', phone: '', email: '', url: '', timezone: '' },
    structuredData: false,
    heading: '',
    current: '2.1',
    offered: ['2.1'],
    view: 'chart',
    weeks: '',
    tracks: [],
    keep: { facility: [], element: [], config: {}, style: '' },
  };
}

// ---------------------------------------------------------------------------------------------
// The snippet: state to HTML, and HTML back to state.

const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeJsonAttr = (value) => value.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
/** An attribute as HTML: bare when empty, in single quotes when the value has double ones (JSON). */
const attribute = (name, value) => (value === '' ? ` ${name}` : value.includes('"') ? ` ${name}='${escapeJsonAttr(value)}'` : ` ${name}="${escapeAttr(value)}"`);
const kebab = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The element's configuration as its properties would hold it: only what differs from its defaults. */
export function elementConfig(state) {
  /** @type {Record<string, unknown>} */
  const config = {};
  if (state.heading.trim()) config.heading = state.heading.trim();
  if (state.element === 'iop-level-of-care') {
    config.current = state.current;
    config.offered = state.offered;
    if (state.view !== 'chart') config.view = state.view;
  } else {
    if (state.weeks.trim()) config.weeks = state.weeks.trim();
    if (state.tracks.length) {
      config.tracks = state.tracks.map(({ name, telehealth, note, sessions }) => ({
        name,
        ...(telehealth ? { telehealth } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        sessions,
      }));
    }
  }
  // What a loaded snippet had and no control edits, after what the controls wrote.
  return { ...config, ...state.keep.config };
}

/** The HTML to paste: the script tag, then the element (inside `<iop-facility>` when one is set up). */
export function makeSnippet(state) {
  const config = elementConfig(state);
  const facility = Object.entries(state.facility).filter(([, value]) => value.trim());
  const styles = [state.keep.style, state.primary.toLowerCase() !== DEFAULT_PRIMARY ? `--iop-color-primary: ${state.primary}` : ''].filter(Boolean);
  const style = styles.length ? attribute('style', styles.join('; ')) : '';
  const kept = state.keep.element.map(([name, value]) => attribute(name, value)).join('');
  const lang = state.lang ? ` lang="${state.lang}"` : '';
  let element;
  if (state.form === 'script') {
    // `<` escaped, so no value can end the script early.
    const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
    const indent = facility.length || state.structuredData ? '    ' : '  ';
    element = `<${state.element}${lang}${kept}>\n${indent}<script type="application/json">\n${json.replace(/^/gm, `${indent}  `)}\n${indent}</script>\n${indent.slice(2)}</${state.element}>`;
  } else {
    const attributes = Object.entries(config).map(([key, value]) =>
      typeof value === 'object' ? ` ${kebab(key)}='${escapeJsonAttr(JSON.stringify(value))}'` : attribute(kebab(key), String(value)),
    );
    element = `<${state.element}${lang}${attributes.join('')}${kept}></${state.element}>`;
  }
  const script = `<script type="module" src="${escapeAttr(state.scriptUrl)}"></script>`;
  if (!facility.length && !state.structuredData && !state.keep.facility.length) {
    return `${script}\n\n${style ? element.replace(`<${state.element}`, `<${state.element}${style}`) : element}\n`;
  }
  const attributes =
    facility.map(([key, value]) => attribute(key, value.trim())).join('') +
    (state.structuredData ? ' structured-data' : '') +
    state.keep.facility.map(([name, value]) => attribute(name, value)).join('');
  return `${script}\n\n<iop-facility${attributes}${style}>\n  ${element}\n</iop-facility>\n`;
}

/**
 * Reads a pasted snippet back into a state. Attributes win over the script child, as in the elements.
 * @returns {{ state?: State, error?: string }}
 */
export function parseSnippet(html, base) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const el = doc.querySelector(Object.keys(ELEMENTS).join(', '));
  if (!el) return { error: `No ${Object.keys(ELEMENTS).map((tag) => `<${tag}>`).join(' or ')} found in the snippet.` };
  const state = initialState(doc.querySelector('script[type="module"][src]')?.getAttribute('src') ?? base.scriptUrl);
  state.element = el.localName;
  const facility = el.closest('iop-facility');
  for (const key of FACILITY_KEYS) state.facility[key] = facility?.getAttribute(key) ?? '';
  state.structuredData = facility?.hasAttribute('structured-data') ?? false;
  const styled = (facility ?? el).getAttribute('style') ?? '';
  state.primary = /--iop-color-primary:\s*(#[0-9a-f]{6})/i.exec(styled)?.[1].toLowerCase() ?? DEFAULT_PRIMARY;
  state.keep.style = styled
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration && !/^--iop-color-primary\s*:/i.test(declaration))
    .join('; ');
  state.lang = el.getAttribute('lang') ?? '';
  const handled = (host, names) => [...(host?.attributes ?? [])].filter((a) => !names.includes(a.name)).map((a) => /** @type {[string, string]} */ ([a.name, a.value]));
  state.keep.facility = handled(facility, [...FACILITY_KEYS, 'structured-data', 'style']);
  state.keep.element = handled(el, [...ELEMENT_KEYS[el.localName], 'lang', ...(facility ? [] : ['style'])]);
  /** @type {Record<string, unknown>} */
  let config = {};
  const child = el.querySelector(':scope > script[type="application/json"]');
  if (child) {
    try {
      config = JSON.parse(child.textContent ?? '');
      state.form = 'script';
    } catch (error) {
      return { error: `The <script type="application/json"> inside <${el.localName}> is not valid JSON: ${/** @type {Error} */ (error).message}` };
    }
  }
  for (const key of Object.keys(config)) if (!ELEMENT_KEYS[el.localName].includes(key)) state.keep.config[key] = config[key];
  for (const key of ELEMENT_KEYS[el.localName]) {
    const value = el.getAttribute(key);
    if (value === null) continue;
    try {
      config[key] = JSON_KEYS.includes(key) ? JSON.parse(value) : value;
    } catch (error) {
      return { error: `The ${key} attribute of <${el.localName}> is not valid JSON: ${/** @type {Error} */ (error).message}` };
    }
  }
  const text = (value) => (typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value));
  state.heading = text(config.heading);
  if (el.localName === 'iop-level-of-care') {
    state.current = text(config.current) || '2.1';
    state.offered = Array.isArray(config.offered) ? config.offered.map(text) : [state.current];
    state.view = text(config.view) || 'chart';
  } else {
    state.weeks = text(config.weeks);
    state.tracks = (Array.isArray(config.tracks) ? config.tracks : []).map((track) => ({
      name: text(track?.name),
      telehealth: track?.telehealth === true,
      note: text(track?.note),
      sessions: (Array.isArray(track?.sessions) ? track.sessions : []).map((s) => ({ day: text(s?.day), start: text(s?.start), end: text(s?.end) })),
    }));
  }
  return { state };
}

// ---------------------------------------------------------------------------------------------
// Colour contrast (WCAG 2): the primary colour is used for links and marks on white.

const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

// ---------------------------------------------------------------------------------------------
// The page.

/** Creates an element: `h('label', { for: 'x' }, 'Name')`. Attributes that are `false` or nullish are left out. */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'value' || key === 'checked') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return el;
}

let ids = 0;

/** Selects `value`, adding it first when a loaded snippet had a value the list does not offer. */
function choose(select, value) {
  if (value && ![...select.options].some((option) => option.value === value)) select.append(h('option', { value }, `${value} (from your snippet)`));
  select.value = value;
}

/**
 * A labelled control with room for its error. `path` is where the kit reports a problem with it
 * (`iop-schedule tracks[0].sessions[1].end`).
 */
function field(label, control, { path, hint } = {}) {
  const id = `c${++ids}`;
  control.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
  control.setAttribute('aria-describedby', [hintEl?.id, error.id].filter(Boolean).join(' '));
  if (path) control.dataset.path = path;
  return h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, control, error);
}

/**
 * Builds the configurator into `root`. `scriptUrl` is the kit's address written in the snippet;
 * `previewUrl` is the one the previews load (the same, unless the snippet points at a CDN).
 */
export function mountConfigurator(root, { scriptUrl, previewUrl = scriptUrl, debounce = 200 } = {}) {
  let state = initialState(scriptUrl);
  let generation = 0;
  let timer;

  const set = (patch, { rebuild = false } = {}) => {
    state = { ...state, ...patch };
    if (rebuild) build();
    clearTimeout(timer);
    timer = setTimeout(refresh, debounce);
    output.value = makeSnippet(state);
  };

  // The snippet, the previews and the validation frame.
  const output = h('textarea', { readonly: true, rows: 12, spellcheck: 'false', class: 'snippet' });
  const copyStatus = h('p', { role: 'status', class: 'hint' });
  const copy = h('button', {
    type: 'button',
    onclick: async () => {
      let copied = true;
      try {
        await navigator.clipboard.writeText(output.value);
      } catch {
        // No clipboard access (an http page, or a browser that asks): copy the selection instead.
        output.select();
        copied = document.execCommand('copy');
      }
      copyStatus.textContent = copied
        ? 'Copied. Paste it into your page where the element should appear.'
        : 'Your browser did not let this page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).';
    },
  }, 'Copy the snippet');
  const phone = h('iframe', { title: 'Preview at phone width (320 px)', class: 'phone' });
  const desktop = h('iframe', { title: 'Preview at desktop width', class: 'desktop' });
  const checker = h('iframe', { title: 'Validation', hidden: true });
  const general = h('div', { class: 'error', role: 'alert', hidden: true });

  const pasteArea = h('textarea', { rows: 6, spellcheck: 'false' });
  const pasteError = h('p', { class: 'error', id: `paste-error`, hidden: true });
  pasteArea.setAttribute('aria-describedby', pasteError.id);

  const controls = h('div', { class: 'controls' });
  const status = h('p', { role: 'status', class: 'visually-hidden' });

  root.replaceChildren(
    h('div', { class: 'configurator' },
      h('form', { class: 'settings', 'aria-label': 'Settings', onsubmit: (event) => event.preventDefault() }, controls),
      h('section', { class: 'output', 'aria-label': 'Snippet and preview' },
        h('h2', {}, 'Your snippet'),
        field('Paste this into your page', output),
        copy,
        copyStatus,
        h('h2', {}, 'Preview'),
        general,
        h('div', { class: 'frames' }, h('div', { class: 'frame-phone' }, h('p', { class: 'hint' }, 'Phone, 320 px'), phone), h('div', { class: 'frame-desktop' }, h('p', { class: 'hint' }, 'Desktop'), desktop)),
        checker,
        h('h2', {}, 'Edit a snippet you already have'),
        field('Paste a snippet', pasteArea, { hint: 'It replaces the settings above.' }),
        pasteError,
        h('button', {
          type: 'button',
          onclick: () => {
            const { state: loaded, error } = parseSnippet(pasteArea.value, { scriptUrl });
            pasteError.hidden = !error;
            pasteError.textContent = error ?? '';
            pasteArea.setAttribute('aria-invalid', String(Boolean(error)));
            if (!loaded) return pasteArea.focus();
            set(loaded, { rebuild: true });
            status.textContent = `Loaded the ${ELEMENTS[loaded.element].toLowerCase()} snippet.`;
          },
        }, 'Load this snippet'),
        status,
      ),
    ),
  );

  /** (Re)builds every control from `state`; focus goes back to the control that had it. */
  function build() {
    const focused = /** @type {HTMLElement | null} */ (root.contains(document.activeElement) ? document.activeElement : null);
    const focusKey = focused?.dataset.key;
    controls.replaceChildren(
      h('fieldset', {},
        h('legend', {}, 'Element'),
        ...Object.entries(ELEMENTS).map(([tag, label]) => {
          // What was kept from a loaded snippet belonged to the other element; the facility's stays.
          const change = () => set({ element: tag, keep: { ...state.keep, element: [], config: {} } }, { rebuild: true });
          const radio = h('input', { type: 'radio', name: 'element', value: tag, checked: state.element === tag, 'data-key': `element-${tag}`, onchange: change });
          return h('label', { class: 'choice' }, radio, ` ${label} `, h('code', {}, `<${tag}>`));
        }),
        keptNote(),
      ),
      facilityControls(),
      lookControls(),
      state.element === 'iop-level-of-care' ? levelControls() : scheduleControls(),
      h('fieldset', {},
        h('legend', {}, 'Snippet'),
        field('Address of the kit', h('input', { type: 'url', value: state.scriptUrl, 'data-key': 'scriptUrl', oninput: (e) => set({ scriptUrl: e.target.value }) }), { hint: 'Where your site serves dist/iop-widgets.js, e.g. your CDN.' }),
        h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'form', checked: state.form === 'attributes', 'data-key': 'form-attributes', onchange: () => set({ form: 'attributes' }) }), ' Configuration in attributes'),
        h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'form', checked: state.form === 'script', 'data-key': 'form-script', onchange: () => set({ form: 'script' }) }), ' In a script child (easier to read when it is long)'),
      ),
    );
    if (focusKey) /** @type {HTMLElement | null} */ (controls.querySelector(`[data-key="${focusKey}"]`))?.focus();
  }

  /** Names what a loaded snippet had that no control here edits; it stays in the snippet as it was. */
  function keptNote() {
    const { facility, element, config, style } = state.keep;
    const names = [...facility.map(([name]) => name), ...element.map(([name]) => name), ...Object.keys(config), ...(style ? ['other styles'] : [])];
    if (!names.length) return null;
    return h('p', { class: 'hint', id: 'kept' }, `Kept from the snippet you loaded, as it was (edit it there): ${names.join(', ')}.`);
  }

  const text = (label, key, object, path, options = {}) =>
    field(label, h('input', { type: options.type ?? 'text', value: object[key] ?? '', autocomplete: 'off', 'data-key': options.dataKey ?? key, oninput: (e) => options.onInput(e.target.value) }), { path, hint: options.hint });

  function facilityControls() {
    const facility = (key) => (value) => set({ facility: { ...state.facility, [key]: value } });
    const zones = Intl.supportedValuesOf('timeZone');
    const zone = h('select', { 'data-key': 'timezone', onchange: (e) => facility('timezone')(e.target.value) },
      h('option', { value: '' }, 'Not set: each visitor’s own'),
      h('optgroup', { label: 'United States' }, US_ZONES.map((z) => h('option', { value: z }, z.replace(/_/g, ' ')))),
      h('optgroup', { label: 'All time zones' }, zones.filter((z) => !US_ZONES.includes(z)).map((z) => h('option', { value: z }, z.replace(/_/g, ' ')))),
    );
    choose(zone, state.facility.timezone);
    return h('fieldset', {},
      h('legend', {}, 'Facility'),
      h('p', { class: 'hint' }, 'Shared with every element inside <iop-facility>. Leave blank what you do not want shown.'),
      text('Name', 'name', state.facility, 'iop-facility name', { onInput: facility('name') }),
      text('Phone', 'phone', state.facility, 'iop-facility phone', { type: 'tel', onInput: facility('phone'), hint: 'With the country code, e.g. +1 555 010 0199.' }),
      text('Email', 'email', state.facility, 'iop-facility email', { type: 'email', onInput: facility('email') }),
      text('Website', 'url', state.facility, 'iop-facility url', { type: 'url', onInput: facility('url') }),
      field('Time zone of the program’s times', zone, { path: 'iop-facility timezone' }),
      h('label', { class: 'choice' }, h('input', { type: 'checkbox', checked: state.structuredData, 'data-key': 'structuredData', onchange: (e) => set({ structuredData: e.target.checked }) }), ' Describe the facility to search engines (structured data)'),
    );
  }

  function lookControls() {
    // A warning, not an error: the colour works, it is just hard to read.
    const warning = h('p', { class: 'warning', id: 'colour-warning', role: 'status' });
    const warn = (colour) => {
      const ratio = contrast(colour, '#ffffff');
      warning.textContent =
        ratio < 4.5 ? `Contrast with white is ${ratio.toFixed(1)}:1, below the 4.5:1 that text needs: links and marks in this colour will be hard to read. Pick a darker colour.` : '';
    };
    const colour = h('input', { type: 'color', value: state.primary, 'data-key': 'primary', oninput: (e) => (set({ primary: e.target.value }), warn(e.target.value)) });
    const colourField = field('Brand colour', colour, { hint: 'Links, the current level, focus rings.' });
    colourField.append(warning);
    colour.setAttribute('aria-describedby', `${colour.getAttribute('aria-describedby')} ${warning.id}`);
    warn(state.primary);
    const lang = h('select', { 'data-key': 'lang', onchange: (e) => set({ lang: e.target.value }) },
      h('option', { value: '' }, 'The page’s language'),
      h('option', { value: 'en' }, 'English'),
      h('option', { value: 'es' }, 'Spanish (español)'),
    );
    choose(lang, state.lang);
    return h('fieldset', {}, h('legend', {}, 'Language and colour'), field('Language', lang), colourField);
  }

  function levelControls() {
    const tag = 'iop-level-of-care';
    const current = h('select', { 'data-key': 'current', onchange: (e) => set({ current: e.target.value, offered: [...new Set([...state.offered, e.target.value])] }, { rebuild: true }) },
      LEVELS.map(([code, name]) => h('option', { value: code }, `${code} ${name}`)),
    );
    choose(current, state.current);
    const offered = h('fieldset', { 'data-path': `${tag} offered`, 'aria-describedby': 'offered-error' },
      h('legend', {}, 'Levels this facility offers'),
      h('p', { class: 'error', id: 'offered-error', hidden: true }),
      LEVELS.map(([code, name]) =>
        h('label', { class: 'choice' },
          h('input', {
            type: 'checkbox',
            checked: state.offered.includes(code),
            'data-key': `offered-${code}`,
            onchange: (e) => set({ offered: LEVELS.map(([c]) => c).filter((c) => (c === code ? e.target.checked : state.offered.includes(c))) }),
          }),
          ` ${code} ${name}`,
        ),
      ),
    );
    return h('fieldset', {},
      h('legend', {}, 'Level of care'),
      text('Heading', 'heading', state, `${tag} heading`, { onInput: (heading) => set({ heading }), hint: 'Leave blank for “Levels of care”.' }),
      field('This program’s level', current, { path: `${tag} current` }),
      offered,
      h('fieldset', {},
        h('legend', {}, 'View'),
        h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'view', checked: state.view === 'chart', 'data-key': 'view-chart', onchange: () => set({ view: 'chart' }) }), ' Chart: an intensity ladder'),
        h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'view', checked: state.view === 'table', 'data-key': 'view-table', onchange: () => set({ view: 'table' }) }), ' Table: the levels side by side'),
      ),
    );
  }

  function scheduleControls() {
    const tag = 'iop-schedule';
    // Handlers read `state` when they run, not the values the controls were built from: typing
    // does not rebuild, so those are stale by then.
    const { tracks } = state;
    const update = (next, options) => set({ tracks: next }, options);
    const withTrack = (i, patch) => state.tracks.map((track, j) => (j === i ? { ...track, ...patch } : track));
    const sessionsOf = (i) => state.tracks[i].sessions;
    const move = (list, from, to) => {
      const next = [...list];
      next.splice(to, 0, ...next.splice(from, 1));
      return next;
    };
    const after = (message, key) => {
      status.textContent = message;
      /** @type {HTMLElement | null} */ (controls.querySelector(`[data-key="${key}"]`))?.focus();
    };
    /**
     * "Move up" and "Move down" for item `i` of `count` (`what` names it for a screen reader). Focus
     * follows the item to its new place, on the same button unless that one is now disabled.
     */
    const moveButtons = (what, key, i, count, moveTo, noun = '') =>
      [['up', -1], ['down', 1]].map(([way, step]) =>
        h('button', {
          type: 'button',
          'data-key': `${key}-${i}-${way}`,
          disabled: i + step < 0 || i + step >= count,
          'aria-label': `Move ${noun}${way}, ${what}`,
          onclick: () => {
            const to = i + step;
            moveTo(to);
            const stuck = to + step < 0 || to + step >= count;
            after(`Moved to position ${to + 1}.`, `${key}-${to}-${stuck ? (way === 'up' ? 'down' : 'up') : way}`);
          },
        }, `Move ${noun}${way}`),
      );
    return h('fieldset', {},
      h('legend', {}, 'Schedule'),
      text('Heading', 'heading', state, `${tag} heading`, { onInput: (heading) => set({ heading }), hint: 'Leave blank for “Program schedule”.' }),
      text('Program length in weeks', 'weeks', state, `${tag} weeks`, { onInput: (weeks) => set({ weeks }), hint: 'A number or a range, e.g. 10 or 8-12. Blank: 8-12.' }),
      tracks.length ? null : h('p', { class: 'hint' }, 'No tracks yet: the element shows a typical IOP week (a morning and an evening track). Add a track to show your own.'),
      tracks.map((track, i) => {
        const path = `${tag} tracks[${i}]`;
        return h('fieldset', { class: 'track', 'data-path': path, 'aria-describedby': `track-${i}-error` },
          h('legend', {}, `Track ${i + 1}`),
          h('p', { class: 'error', id: `track-${i}-error`, hidden: true }),
          text('Name', 'name', track, `${path}.name`, { dataKey: `track-${i}-name`, onInput: (name) => update(withTrack(i, { name })) }),
          text('Note', 'note', track, `${path}.note`, { dataKey: `track-${i}-note`, onInput: (note) => update(withTrack(i, { note })), hint: 'Optional, e.g. “Women’s group on Wednesdays”.' }),
          h('label', { class: 'choice' }, h('input', { type: 'checkbox', checked: track.telehealth, 'data-key': `track-${i}-telehealth`, onchange: (e) => update(withTrack(i, { telehealth: e.target.checked })) }), ' Also by video (telehealth)'),
          h('ul', { class: 'sessions', 'aria-label': `Sessions of track ${i + 1}` },
            track.sessions.map((session, k) => {
              const sPath = `${path}.sessions[${k}]`;
              const sessionPatch = (patch) => update(withTrack(i, { sessions: sessionsOf(i).map((s, m) => (m === k ? { ...s, ...patch } : s)) }));
              const day = h('select', { 'data-key': `track-${i}-session-${k}-day`, onchange: (e) => sessionPatch({ day: e.target.value }) }, DAYS.map(([value, name]) => h('option', { value }, name)));
              choose(day, session.day);
              return h('li', { class: 'session' },
                field(`Day, session ${k + 1}`, day, { path: `${sPath}.day` }),
                text(`Starts`, 'start', session, `${sPath}.start`, { type: 'time', dataKey: `track-${i}-session-${k}-start`, onInput: (start) => sessionPatch({ start }) }),
                text(`Ends`, 'end', session, `${sPath}.end`, { type: 'time', dataKey: `track-${i}-session-${k}-end`, onInput: (end) => sessionPatch({ end }) }),
                h('div', { class: 'buttons' },
                  // On a phone each track lists its sessions in this order.
                  moveButtons(`session ${k + 1} of track ${i + 1}`, `track-${i}-session`, k, track.sessions.length, (to) =>
                    update(withTrack(i, { sessions: move(sessionsOf(i), k, to) }), { rebuild: true }),
                  ),
                  h('button', {
                    type: 'button',
                    'aria-label': `Remove session ${k + 1} of track ${i + 1}`,
                    'data-key': `track-${i}-session-${k}-remove`,
                    onclick: () => {
                      update(withTrack(i, { sessions: sessionsOf(i).filter((_, m) => m !== k) }), { rebuild: true });
                      after(`Session ${k + 1} removed.`, `track-${i}-add-session`);
                    },
                  }, 'Remove'),
                ),
              );
            }),
          ),
          h('div', { class: 'buttons' },
            h('button', {
              type: 'button',
              'data-key': `track-${i}-add-session`,
              onclick: () => {
                const sessions = sessionsOf(i);
                const last = sessions.at(-1);
                const next = DAYS[(DAYS.findIndex(([d]) => d === last?.day) + 1) % 7][0];
                update(withTrack(i, { sessions: [...sessions, { day: last ? next : 'mon', start: last?.start ?? '09:00', end: last?.end ?? '12:00' }] }), { rebuild: true });
                after(`Session ${sessions.length + 1} added to track ${i + 1}.`, `track-${i}-session-${sessions.length}-day`);
              },
            }, 'Add a session'),
            moveButtons(`track ${i + 1}`, 'track', i, tracks.length, (to) => update(move(state.tracks, i, to), { rebuild: true }), 'track '),
            h('button', {
              type: 'button',
              'data-key': `track-${i}-remove`,
              'aria-label': `Remove track ${i + 1}`,
              onclick: () => {
                update(state.tracks.filter((_, j) => j !== i), { rebuild: true });
                after(`Track ${i + 1} removed.`, 'add-track');
              },
            }, 'Remove track'),
          ),
        );
      }),
      h('button', {
        type: 'button',
        'data-key': 'add-track',
        onclick: () => {
          const count = state.tracks.length;
          update([...state.tracks, { name: '', telehealth: false, note: '', sessions: [{ day: 'mon', start: '09:00', end: '12:00' }] }], { rebuild: true });
          after(`Track ${count + 1} added.`, `track-${count}-name`);
        },
      }, 'Add a track'),
    );
  }

  /** Runs the snippet in the frames, then shows what the kit reported next to the controls. */
  async function refresh() {
    const token = ++generation;
    const shown = makeSnippet(state);
    const snippet = makeSnippet({ ...state, scriptUrl: previewUrl });
    const [issues] = await Promise.all([
      run(checker, makeSnippet({ ...state, scriptUrl: previewUrl, lang: 'en' })),
      run(phone, snippet),
      run(desktop, snippet),
    ]);
    if (token !== generation) return;
    showIssues(issues);
    // For tests and for pages that embed the configurator: which snippet was checked, and what it got.
    root.dispatchEvent(new CustomEvent('configurator-checked', { detail: { issues, snippet: shown } }));
  }

  /** Loads `snippet` in a fresh page in `frame`; resolves with the issues its elements reported. */
  function run(frame, snippet) {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <style>body { margin: 8px; font: 16px/1.5 system-ui, sans-serif; }</style>
      <script>window.issues = []; addEventListener('iop-config-error', (e) => issues.push(...e.detail.issues.map((i) => ({ tag: e.target.localName, ...i }))), true);<\/script>
      </head><body>${snippet}</body></html>`;
    return new Promise((resolve) => {
      frame.addEventListener('load', async () => {
        const win = /** @type {any} */ (frame.contentWindow);
        const els = [...win.document.querySelectorAll('iop-facility, iop-level-of-care, iop-schedule')];
        // A kit address that does not load defines nothing: give up after a while rather than hang.
        const defined = Promise.all(els.map((el) => win.customElements.whenDefined(el.localName)));
        const loaded = await Promise.race([defined.then(() => true), new Promise((r) => setTimeout(() => r(false), 4000))]);
        if (loaded) await Promise.all(els.map((el) => el.updateComplete));
        // As tall as the content, up to a screenful; past that the frame scrolls.
        if (!frame.hidden) frame.style.height = `${Math.min(Math.ceil(win.document.body.getBoundingClientRect().bottom) + 8, 560)}px`;
        resolve(loaded ? win.issues : [{ tag: '', path: '', message: 'The kit did not load in the preview: check the address of the kit.' }]);
      }, { once: true });
      frame.srcdoc = page;
    });
  }

  /** Puts each issue next to the control it names (or, failing that, above the preview). */
  function showIssues(issues) {
    for (const el of controls.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of controls.querySelectorAll('.error')) {
      el.hidden = true;
      el.textContent = '';
    }
    const targets = [...controls.querySelectorAll('[data-path]')];
    const leftOver = [];
    for (const issue of issues) {
      const path = `${issue.tag} ${issue.path}`;
      // Written for the script child, a message ends "(in the script)": here there is no script to blame.
      const message = issue.message.replace(/ \([^)]*script[^)]*\)$/, '');
      // The control itself; else the first control inside what it names (a session, a track); else
      // the group around it (a track, the levels offered).
      const target =
        targets.find((el) => el.dataset.path === path) ??
        targets.find((el) => el.dataset.path?.startsWith(`${path}.`) || el.dataset.path?.startsWith(`${path}[`)) ??
        targets.filter((el) => path.startsWith(`${el.dataset.path}.`) || path.startsWith(`${el.dataset.path}[`)).at(-1);
      const error = target?.matches('fieldset') ? target.querySelector(':scope > .error') : target?.closest('.field')?.querySelector('.error');
      if (!target || !error) {
        leftOver.push(`${issue.tag} ${issue.path}: ${message}`);
        continue;
      }
      if (!target.matches('fieldset')) target.setAttribute('aria-invalid', 'true');
      error.hidden = false;
      error.textContent = error.textContent ? `${error.textContent} ${message}` : message;
    }
    general.hidden = !leftOver.length;
    general.replaceChildren(...leftOver.map((line) => h('p', {}, line)));
  }

  build();
  output.value = makeSnippet(state);
  refresh();
  return {
    /** The current snippet. */
    get snippet() {
      return output.value;
    },
  };
}

const root = document.querySelector('#configurator');
if (root) {
  const scriptUrl = new URL('../dist/iop-widgets.js', import.meta.url).href;
  mountConfigurator(root, { scriptUrl });
}
