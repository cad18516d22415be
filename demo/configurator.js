// @ts-check
/**
 * The configurator: plain form controls in, a snippet to paste out, and the snippet itself running
 * in two preview frames (phone and desktop width). Its controls are made from the JSON Schemas and
 * the manifest the build ships (configurator-model.js); validation is the kit's own: the issues its
 * elements report in the preview are shown next to the control they name; the snippet carries
 * each element's prerendered content (configurator-content.js). No build step: these files,
 * ../prerender/serialize.mjs and ../dist/ are all a static host needs.
 */
import { buildModel, FACILITY, tagsOf } from './configurator-model.js';
import { choose, control, field, h, withKey } from './configurator-controls.js';
import { catalogueItem, initialState, isLocal, makeSnippet, parseSnippet, PLACEHOLDER_URL, relang, warnings } from './configurator-snippet.js';
import { previewFrames, readKit, run } from './configurator-preview.js';
import { prerendered } from './configurator-content.js';
import { catalogueControl, issuePlace, issueTarget, keptNote, messageOf, showIssues } from './configurator-panels.js';

export { makeSnippet, parseSnippet, initialState, warnings, PLACEHOLDER_URL } from './configurator-snippet.js';
export { buildModel } from './configurator-model.js';

/** The manifest and every element's schema, fetched from beside the kit. */
export async function loadModel(kitUrl) {
  const manifest = await (await fetch(new URL('custom-elements.json', kitUrl))).json();
  const schemas = Object.fromEntries(
    await Promise.all(tagsOf(manifest).map(async (tag) => [tag, await fetch(new URL(`schemas/${tag}.schema.json`, kitUrl)).then((r) => (r.ok ? r.json() : {}))])),
  );
  return buildModel(manifest, schemas);
}

// Colour contrast (WCAG 2): the primary colour is used for links and marks on white.
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

const US_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'];
const PAGE = 'page';

/**
 * Builds the configurator into `root`. `previewUrl` is the kit the previews load; `scriptUrl` the
 * address written in the snippet (a placeholder to fill while the page runs on this computer).
 * `ready` resolves once the controls are built and the first snippet has been checked.
 */
export function mountConfigurator(root, options) {
  // A short wait: the previews are edited in place (configurator-preview.js), so a keystroke reaches
  // them in about 60 ms; the wait only folds a burst of keystrokes into one check.
  const { previewUrl, scriptUrl = isLocal(previewUrl) ? PLACEHOLDER_URL : previewUrl, debounce = 50, timezone = Intl.DateTimeFormat().resolvedOptions().timeZone } = options;
  /** @type {any} */ let model;
  /** @type {any} */ let state;
  let panel = FACILITY;
  let generation = 0;
  let timer;
  /** What the kit holds by default, per language: @type {Record<string, { therapies: any[], texts: Record<string, [string, string][]> }>} */
  const kits = {};
  /** @type {Record<string, Promise<void>>} */ const reading = {};
  const kit = () => kits[state.lang || 'en'];
  /** Each default therapy in English and Spanish (the same catalogue, in the same order), once both are read. */
  const catalogue = () => (kits.en && kits.es ? kits.en.therapies.map((en, i) => ({ en, es: kits.es.therapies[i] })) : undefined);
  const zones = { us: US_ZONES, all: Intl.supportedValuesOf('timeZone').filter((z) => !US_ZONES.includes(z)) };

  const output = h('textarea', { readonly: true, rows: 14, spellcheck: 'false', class: 'snippet' });
  const status = h('p', { role: 'status', class: 'visually-hidden' });
  const copyStatus = h('p', { role: 'status', class: 'hint' });
  const general = h('div', { class: 'general error', hidden: true });
  const warningList = h('ul', { class: 'warnings' });
  // The kit's issues with the snippet: above the preview, and again by the snippet and its copy button.
  const issueList = h('ul', { class: 'warnings' });
  const problems = h('div', { class: 'problems', id: 'snippet-problems', hidden: true });
  /** Whether the state came from a pasted snippet (an unlisted value in a menu is then "from your snippet"). */
  let loadedSnippet = false;
  /**
   * The key of the control being typed in (or just added, empty): its issue waits until the editor
   * leaves it (see showIssues). A key, not the element: a rebuild replaces the element, focus and all.
   */
  let holding = null;
  const held = () => {
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    return holding && controls.contains(active) && active?.dataset.key === holding ? active : null;
  };
  const { phone, desktop, view } = previewFrames();
  const checker = h('iframe', { hidden: true, title: 'Validation (not shown)' });
  // Where the snippet's content is rendered as `prerender()` would (configurator-content.js).
  const contentFrame = h('iframe', { hidden: true, title: 'Content for the snippet (not shown)' });
  /** Whether the snippet shown still waits for its content (copying waits for it). */
  let contentPending = false;
  const controls = h('div', { class: 'settings' });
  const pasteArea = h('textarea', { rows: 6, spellcheck: 'false' });
  const pasteError = h('p', { class: 'error', id: 'paste-error', hidden: true });
  pasteArea.setAttribute('aria-describedby', 'paste-error');

  const set = (patch, { rebuild = false } = {}) => {
    state = { ...state, ...patch };
    if (rebuild) build();
    else showWarnings();
    // The settings show at once; the content follows them when the frame has rendered it (refresh).
    output.value = makeSnippet(state, model);
    contentPending = state.content;
    // Each element's content is one long line: unwrapped, the settings still read line by line.
    output.wrap = state.content ? 'off' : 'soft';
    clearTimeout(timer);
    timer = setTimeout(refresh, debounce);
  };
  const setValue = (tag, key, value, rebuild) => set({ values: { ...state.values, [tag]: withKey(state.values[tag], key, value) } }, { rebuild });

  /** Says `message` to a screen reader and puts focus on the control with `key`, opening what folds it. */
  const announce = (message, key, rebuilt) => {
    status.textContent = message;
    const target = /** @type {HTMLElement | null} */ (controls.querySelector(`[data-key="${CSS.escape(key)}"]`));
    target?.closest('details')?.setAttribute('open', '');
    target?.focus();
    // A new item's empty Name is not wrong yet: it waits, as a field being typed in does.
    if (rebuilt && target instanceof HTMLInputElement && !target.value) holding = key;
    if (rebuilt) target?.scrollIntoView({ block: 'nearest' });
  };

  const ctx = {
    zones,
    status: announce,
    /** Where a value a menu does not list came from. */
    origin: (path, value) => (loadedSnippet ? 'from your snippet' : value === timezone ? 'this computer’s' : 'not in the list'),
    textKeys: (tag) => kit()?.texts[tag] ?? [],
    /** The items a list holds when it is not set: the kit's default therapies. */
    defaults: (spec) => (spec.hint.catalogue ? (catalogue() ?? []).map((pair) => catalogueItem(pair, state.lang)) : []),
    /** The snippet's language ('' for the page's): which entry a text given per language shows first. */
    lang: () => state.lang,
    addTo: (spec, key, value) => {
      const tag = spec.path.split(' ')[0];
      const now = state.values[tag]?.[key];
      if (Array.isArray(now) && !now.includes(value)) setValue(tag, key, [...now, value], true);
    },
    catalogueControl: (spec) => catalogueControl(spec, catalogue(), state.lang),
  };

  function elementPanel(element) {
    const { tag, fields } = element;
    const simple = fields.filter((f) => !f.hint.advanced);
    const advanced = fields.filter((f) => f.hint.advanced);
    const make = (f) => control(ctx, {
      label: f.label,
      description: f.description,
      schema: f.schema,
      hint: f.hint,
      ui: f.path,
      path: `${tag} ${f.key}`,
      get: () => state.values[tag]?.[f.key],
      set: (v, rebuild) => setValue(tag, f.key, v, rebuild),
    });
    const included = tag === FACILITY || state.include.includes(tag);
    return h('fieldset', { class: 'panel', 'data-panel': tag },
      h('legend', {}, `${element.label} `, h('code', {}, `<${tag}>`)),
      h('p', { class: 'hint' }, element.summary, tag === FACILITY ? ' An element’s own setting wins over the facility’s.' : ''),
      included ? null : h('p', { class: 'warning' }, 'Not in the snippet: tick it under “Elements in your snippet” to include it.'),
      simple.map(make),
      advanced.length ? h('details', { class: 'advanced', 'data-key': `${tag}:advanced` }, h('summary', {}, 'More settings'), advanced.map(make)) : null,
    );
  }

  function pagePanel() {
    // A warning, not an error: the colour works, it is just hard to read.
    const ratio = contrast(state.primary, '#ffffff');
    const warning = h('p', { class: 'warning', id: 'colour-warning', role: 'status' },
      ratio < 4.5 ? `Contrast with white is ${ratio.toFixed(1)}:1, below the 4.5:1 that text needs: links and marks in this colour will be hard to read. Pick a darker colour.` : '');
    const colour = h('input', { type: 'color', value: state.primary, 'data-key': 'primary', oninput: (e) => set({ primary: e.target.value }, { rebuild: true }) });
    const colourField = field('Brand colour', colour, { hint: 'Links, the current level, focus rings.' });
    colourField.append(warning);
    colour.setAttribute('aria-describedby', `${colour.getAttribute('aria-describedby')} colour-warning`);
    // The default therapies already written out follow the snippet into its language.
    const lang = h('select', { 'data-key': 'lang', onchange: (e) => set({ lang: e.target.value, values: relang(state.values, catalogue(), e.target.value) }, { rebuild: true }) },
      h('option', { value: '' }, 'The page’s language'), h('option', { value: 'en' }, 'English'), h('option', { value: 'es' }, 'Spanish (español)'));
    choose(lang, state.lang);
    const address = h('input', { type: 'url', value: state.scriptUrl, 'data-key': 'scriptUrl', spellcheck: 'false', oninput: (e) => set({ scriptUrl: e.target.value }) });
    const content = h('input', { type: 'checkbox', checked: state.content, 'data-key': 'content', 'aria-describedby': 'content-hint', onchange: (e) => set({ content: e.target.checked }) });
    const radio = (form, label) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'form', checked: state.form === form, 'data-key': `form-${form}`, onchange: () => set({ form }) }), ` ${label}`);
    return h('fieldset', { class: 'panel', 'data-panel': PAGE },
      h('legend', {}, 'Language, colour and snippet'),
      field('Language', lang),
      colourField,
      field('Address of the kit', address, { hint: 'Where your site serves iop-widgets.js (from dist/ of the package), e.g. your CDN.' }),
      h('fieldset', {}, h('legend', {}, 'Configuration written'), radio('attributes', 'In attributes'), radio('script', 'In a script child (easier to read when it is long)')),
      h('div', { class: 'field' },
        h('label', { class: 'choice' }, content, ' Include the content in the HTML (for search engines and visitors without JavaScript)'),
        h('p', { class: 'hint', id: 'content-hint' }, 'Each element’s text and styles go into the snippet after its settings, as “npx iop-widgets prerender” writes them; the module takes them over when it runs. After changing a setting, paste the new snippet.'),
      ),
    );
  }

  /** (Re)builds every control from `state`; focus and open folds come back as they were. */
  function build() {
    const focusKey = /** @type {HTMLElement | null} */ (root.contains(document.activeElement) ? document.activeElement : null)?.dataset.key;
    const open = new Set([...controls.querySelectorAll('details[open][data-key]')].map((d) => /** @type {HTMLElement} */ (d).dataset.key));
    const children = model.elements.filter((e) => e.tag !== FACILITY);
    controls.replaceChildren(
      h('fieldset', {},
        h('legend', {}, 'Elements in your snippet'),
        h('p', { class: 'hint' }, 'Inside one <iop-facility>, in this order, as on a real page.'),
        children.map((e) => h('label', { class: 'choice' },
          h('input', {
            type: 'checkbox',
            checked: state.include.includes(e.tag),
            'data-key': `include-${e.tag}`,
            onchange: (ev) => set({ include: children.map((c) => c.tag).filter((tag) => (tag === e.tag ? ev.target.checked : state.include.includes(tag))) }, { rebuild: true }),
          }),
          ` ${e.label} `, h('code', {}, `<${e.tag}>`))),
        keptNote(state),
      ),
      h('fieldset', { class: 'tabs' },
        h('legend', {}, 'Settings for'),
        [...model.elements.map((e) => [e.tag, e.label]), [PAGE, 'Language, colour and snippet']].map(([key, label]) => h('label', { class: 'choice' },
          h('input', { type: 'radio', name: 'panel', value: key, checked: panel === key, 'data-key': `panel-${key}`, onchange: () => showPanel(key) }),
          ` ${label}`, h('span', { class: 'count', 'data-count': key }))),
      ),
      // Only the panel shown is built: the others' controls (two lists of 400 time zones) wait.
      panel === PAGE ? pagePanel() : elementPanel(model.byTag[panel]),
    );
    for (const d of controls.querySelectorAll('details[data-key]')) if (open.has(/** @type {HTMLElement} */ (d).dataset.key)) d.setAttribute('open', '');
    if (focusKey) /** @type {HTMLElement | null} */ (controls.querySelector(`[data-key="${CSS.escape(focusKey)}"]`))?.focus();
    showWarnings();
    // The default therapies come from the kit itself, read once per language (both, for a snippet in both).
    for (const lang of ['en', 'es']) reading[lang] ??= readKit(previewUrl, model, lang).then((read) => ((kits[lang] = read), build(), refreshIssues()));
  }

  function showPanel(key) {
    panel = key;
    build();
    refreshIssues();
    scrollPreviews();
  }

  /** Brings the element whose settings are shown into view in each preview frame. */
  function scrollPreviews() {
    for (const frame of [phone, desktop]) {
      const el = frame.contentDocument?.querySelector(panel === PAGE ? 'body' : panel === FACILITY ? 'iop-facility' : panel);
      if (el) frame.contentWindow?.scrollTo(0, panel === FACILITY || panel === PAGE ? 0 : el.getBoundingClientRect().top + frame.contentWindow.scrollY - 8);
    }
  }

  function showWarnings() {
    const list = warnings(state, { guessedZone: timezone });
    // Notes stay beside their control; warnings are also listed above the preview.
    warningList.replaceChildren(...list.filter((w) => !w.note).map((w) => {
      const tag = w.key.includes('.') ? w.key.split('.')[0] : PAGE;
      const key = w.key.includes('.') ? w.key.replace('.', ' ') : w.key;
      return h('li', {}, w.message, ' ', h('button', { type: 'button', class: 'link', onclick: () => (showPanel(tag), announce('', key)) }, 'Go to the setting'));
    }));
    for (const old of controls.querySelectorAll('.field > [data-warning]')) old.remove();
    for (const w of list) {
      const key = w.key.includes('.') ? w.key.replace('.', ' ') : w.key;
      const target = controls.querySelector(`[data-key="${CSS.escape(key)}"]`);
      if (!target) continue;
      const id = `warning-${key.replace(/\W/g, '-')}`;
      target.closest('.field')?.append(h('p', { class: w.note ? 'hint' : 'warning', 'data-warning': '', id }, w.message));
      // Read with the control, as its hint and error are.
      const described = (target.getAttribute('aria-describedby') ?? '').split(' ').filter((ref) => ref && !ref.startsWith('warning-'));
      target.setAttribute('aria-describedby', [...described, id].join(' '));
    }
  }

  let lastIssues = [];
  /** The issues shown (all but the one held back while typed): named by the snippet, linked to their control. */
  let shownIssues = [];
  const refreshIssues = () => {
    shownIssues = showIssues(controls, general, lastIssues, held());
    const n = shownIssues.length;
    const count = `${n} ${n === 1 ? 'problem' : 'problems'}`;
    const items = () => shownIssues.map((issue) => h('li', {}, `${issuePlace(model, issue)}: ${messageOf(issue)} `, h('button', { type: 'button', class: 'link', onclick: () => goToIssue(issue) }, 'Go to the setting')));
    issueList.replaceChildren(...(n ? [h('li', {}, `The snippet has ${count}, listed under “Your snippet” too:`, h('ul', {}, items()))] : []));
    problems.hidden = !n;
    problems.replaceChildren(...(n
      ? [h('p', {}, h('strong', {}, `This snippet has ${count}.`), ' You can still copy it; on your page, the element shows a notice and ignores the setting at fault until it is fixed.'), h('ul', {}, items())]
      : []));
    if (n) copy.setAttribute('aria-describedby', problems.id);
    else copy.removeAttribute('aria-describedby');
  };

  /** Opens the panel an issue is in and puts focus on its control. */
  function goToIssue(issue) {
    if (panel !== issue.tag && model.byTag[issue.tag]) showPanel(issue.tag);
    const target = issueTarget(controls, issue);
    const focusable = target?.matches('fieldset') ? target.querySelector('input, select, textarea, button') : target;
    focusable?.closest('details')?.setAttribute('open', '');
    /** @type {HTMLElement | null | undefined} */ (focusable)?.focus();
    focusable?.scrollIntoView({ block: 'center' });
  }

  // An issue at the control being typed in shows when the editor leaves it (or picks a value).
  controls.addEventListener('input', (e) => (holding = e.target.dataset.key ?? null));
  for (const type of ['change', 'focusout']) {
    controls.addEventListener(type, (e) => {
      if (!holding || holding !== e.target.dataset.key) return;
      holding = null;
      refreshIssues();
    });
  }

  /** Runs the snippet in the frames, then shows what the kit reported next to the controls. */
  async function refresh() {
    const token = ++generation;
    const shown = output.value;
    const checked = state;
    const preview = makeSnippet({ ...state, scriptUrl: previewUrl }, model);
    // Messages are checked in English; the desktop frame does it unless the snippet is in another language.
    const english = !state.lang || state.lang === 'en';
    const [fromDesktop, , fromChecker, content] = await Promise.all([
      run(desktop, preview),
      run(phone, preview),
      english ? null : run(checker, makeSnippet({ ...state, scriptUrl: previewUrl, lang: 'en' }, model)),
      state.content ? prerendered(contentFrame, preview) : null,
    ]);
    if (token !== generation) return;
    // The content is for the settings checked (a setting changed since waits for the next round);
    // a kit that did not load leaves the snippet without content (the preview says why).
    if (state === checked) {
      if (content) output.value = makeSnippet(state, model, content);
      contentPending = false;
    }
    scrollPreviews();
    lastIssues = fromChecker ?? fromDesktop;
    refreshIssues();
    // For tests and for pages that embed the configurator: which snippet was checked (with its content), and what it got.
    root.dispatchEvent(new CustomEvent('configurator-checked', { detail: { issues: lastIssues, snippet: state === checked ? output.value : shown } }));
  }

  const copy = h('button', {
    type: 'button',
    onclick: async () => {
      // The snippet's content is on its way: what is copied is the snippet with it.
      if (contentPending) await new Promise((resolve) => root.addEventListener('configurator-checked', resolve, { once: true }));
      try {
        await navigator.clipboard.writeText(output.value);
        const n = shownIssues.length;
        copyStatus.textContent = [
          n ? `Copied, with ${n} ${n === 1 ? 'problem' : 'problems'} still in it (listed above).` : 'Copied.',
          state.scriptUrl === PLACEHOLDER_URL ? 'Replace YOUR-SITE.example/iop-widgets.js with your kit’s address in it.' : 'Paste it where the elements should appear.',
        ].join(' ');
      } catch {
        output.select();
        copyStatus.textContent = 'Copying was refused: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
      }
    },
  }, 'Copy the snippet');

  const load = h('button', {
    type: 'button',
    onclick: () => {
      const { state: loaded, error } = parseSnippet(pasteArea.value, model, { scriptUrl: state.scriptUrl });
      pasteError.hidden = !error;
      pasteError.textContent = error ?? '';
      pasteArea.setAttribute('aria-invalid', String(Boolean(error)));
      if (!loaded) return pasteArea.focus();
      panel = loaded.include[0] ?? FACILITY;
      loadedSnippet = true;
      set(loaded, { rebuild: true });
      status.textContent = `Loaded: ${loaded.include.map((tag) => model.byTag[tag].label.toLowerCase()).join(', ') || 'the facility'}.`;
    },
  }, 'Load this snippet');

  root.replaceChildren(
    h('div', { class: 'configurator' },
      h('section', { class: 'preview', 'aria-labelledby': 'preview-heading' },
        h('h2', { id: 'preview-heading' }, 'Preview'),
        warningList,
        issueList,
        general,
        view,
        checker,
        contentFrame,
      ),
      controls,
      h('section', { class: 'output', 'aria-labelledby': 'snippet-heading' },
        h('h2', { id: 'snippet-heading' }, 'Your snippet'),
        field('Snippet to paste into your page', output),
        problems,
        copy,
        copyStatus,
        h('h2', {}, 'Edit a snippet you already have'),
        field('Paste a snippet', pasteArea, { hint: 'It replaces the settings above. What the configurator has no control for is kept as it was.' }),
        pasteError,
        load,
        status,
      ),
    ),
  );

  const ready = (async () => {
    model = await loadModel(previewUrl);
    state = initialState(model, { scriptUrl, timezone });
    if (options.content === false) state.content = false;
    if (options.include) state.include = options.include;
    build();
    output.value = makeSnippet(state, model);
    contentPending = state.content;
    output.wrap = state.content ? 'off' : 'soft';
    await new Promise((resolve) => {
      root.addEventListener('configurator-checked', resolve, { once: true });
      refresh();
    });
  })();
  return {
    ready,
    /** The current snippet. */
    get snippet() {
      return output.value;
    },
  };
}

const root = document.querySelector('#configurator');
if (root) mountConfigurator(root, { previewUrl: new URL('../dist/iop-widgets.js', import.meta.url).href });
