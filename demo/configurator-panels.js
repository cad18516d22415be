// @ts-check
/**
 * Parts of the configurator's page beside the generic controls: the default-therapy checklist,
 * the note on what a loaded snippet kept, and the kit's issues put next to the controls they name.
 */
import { h } from './configurator-controls.js';
import { hintFor, labelOf } from './configurator-model.js';
import { catalogueIndex, catalogueItem, textIn } from './configurator-snippet.js';

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checkboxes for the therapies of the kit's default catalogue. All ticked and nothing added: no
 * `therapies` at all, so the element shows its defaults in the visitor's language. Any change
 * writes the list out in the snippet's language, or in both when the snippet follows the page's
 * (catalogueItem), where each item can then be edited or moved. `pairs`: each default therapy in
 * English and Spanish.
 */
export function catalogueControl(spec, pairs, lang) {
  if (!pairs) return h('p', { class: 'hint' }, 'Reading the default therapies from the kit…');
  const { get, set, path } = spec;
  const therapies = pairs.map((pair) => catalogueItem(pair, lang));
  const shown = therapies.map((t) => textIn(t.name, lang));
  const toggle = (index, on) => {
    const base = get() ?? therapies.map((t) => structuredClone(t));
    let next = base.filter((t) => catalogueIndex(pairs, t) !== index);
    if (on) {
      // Back in its catalogue place: after the last ticked therapy that comes before it there.
      const at = next.reduce((last, t, i) => (catalogueIndex(pairs, t) >= 0 && catalogueIndex(pairs, t) < index ? i + 1 : last), 0);
      next.splice(at, 0, structuredClone(therapies[index]));
    }
    set(same(next, therapies) ? undefined : next, true);
  };
  const now = get();
  const written = lang === 'es' ? 'in Spanish' : lang === 'en' ? 'in English' : 'in English and Spanish, for the page’s language';
  return h('fieldset', { class: 'catalogue' },
    h('legend', {}, 'From the default catalogue'),
    h('p', { class: 'hint' },
      now === undefined
        ? 'All ticked and none of your own: the element shows these, in each visitor’s language.'
        : `Written out in the snippet (${written}); untick what the program does not offer, add your own below.`),
    therapies.map((therapy, index) => h('label', { class: 'choice' },
      h('input', {
        type: 'checkbox',
        checked: now === undefined || now.some((t) => catalogueIndex(pairs, t) === index),
        'data-key': `${path}=${pairs[index].en.name}`,
        onchange: (e) => toggle(index, e.target.checked),
      }),
      ` ${shown[index]}`,
    )),
    now === undefined ? null : h('button', { type: 'button', 'data-key': `${path}:defaults`, onclick: () => set(undefined, true) }, 'Back to the defaults'),
  );
}

/** Names what a loaded snippet had that no control here edits; it stays in the snippet as it was. */
export function keptNote(state) {
  const names = [
    ...Object.values(state.keep).flatMap((kept) => [...kept.attrs.map(([name]) => name), ...Object.keys(kept.config)]),
    ...(state.style ? ['other styles'] : []),
  ];
  if (!names.length) return null;
  return h('p', { class: 'hint', id: 'kept' }, `Kept from the snippet you loaded, as it was (edit it there): ${names.join(', ')}.`);
}

/** `privacy-url[0]` -> `privacyUrl[0]`: the kit names a key as an attribute or as a script key. */
const camelPath = (path) => path.replace(/^[a-z-]+/, (key) => key.replace(/-([a-z])/g, (_, c) => c.toUpperCase()));

/**
 * The kit's messages in an editor's words (issue 25.8): the kit writes for a developer reading a
 * notice ("expected a non-empty string"); here a person fills in a form. Messages already plain
 * (a phone's, a time's) pass as they are, capitalised.
 * @type {[RegExp, string | ((...m: string[]) => string)][]}
 */
const PLAIN = [
  [/^expected a non-empty string$/, 'Write something here (it is required)'],
  [/^expected text(, or text per language.*)?$/, 'Write text here'],
  [/^expected a number$/, 'Write a number here'],
  [/^expected one of (.+)$/, 'Pick one of: $1'],
  [/^expected at least 1 item\(s\)$/, 'Add at least one'],
  [/^expected at least (.+) item\(s\)$/, 'Add at least $1'],
  [/^expected at least (.+)$/, 'Write $1 or more'],
  [/^expected at most (.+)$/, 'Write $1 or less'],
  [/^duplicate value "(.+)"$/, '“$1” is listed twice: each must differ'],
  [/^expected an IANA time zone.*$/, 'Not a time zone: pick one from the list'],
  [/^overlaps session (\d+) on the same day$/, (_, n) => `Overlaps session ${Number(n) + 1} on the same day`],
];

/**
 * An issue's message as the page shows it: in plain words (PLAIN); written for the script child,
 * one ends "(in the script)", and here there is no script to blame.
 */
export const messageOf = (issue) => {
  let message = issue.message.replace(/ \([^)]*script[^)]*\)$/, '');
  for (const [pattern, plain] of PLAIN) {
    if (!pattern.test(message)) continue;
    message = message.replace(pattern, /** @type {any} */ (plain));
    break;
  }
  return message.charAt(0).toUpperCase() + message.slice(1);
};

/**
 * The control an issue names: the control itself; else the first control inside what it names (a
 * session, a track); else the group around it (a track, the levels offered).
 */
export function issueTarget(controls, issue) {
  const path = `${issue.tag} ${camelPath(issue.path)}`;
  const targets = /** @type {HTMLElement[]} */ ([...controls.querySelectorAll('[data-path]')]);
  return (
    targets.find((el) => el.dataset.path === path) ??
    targets.find((el) => el.dataset.path?.startsWith(`${path}.`) || el.dataset.path?.startsWith(`${path}[`)) ??
    targets.filter((el) => path.startsWith(`${el.dataset.path}.`) || path.startsWith(`${el.dataset.path}[`)).at(-1)
  );
}

/** The entries of text given per language, as a person names them. */
const LANGUAGES = { en: 'English', es: 'Spanish' };

/**
 * Where an issue is, in the page's words, with each list item named as its control names it:
 * "Facility, Phone"; "Therapy list, Therapy 18, Name"; "Schedule, Track 1, Session 2, Ends".
 */
export function issuePlace(model, issue) {
  const element = model.byTag[issue.tag];
  const steps = camelPath(issue.path).match(/[A-Za-z_$][\w$-]*|\d+/g) ?? [];
  const words = [];
  let ui = issue.tag;
  steps.forEach((step, i) => {
    if (/^\d+$/.test(step)) {
      ui += '[]';
      words.push(`${hintFor(ui.slice(0, -2)).item ?? 'Item'} ${Number(step) + 1}`);
      return;
    }
    ui += `.${step}`;
    const label = i === 0 ? element?.fields.find((f) => f.key === step)?.label : hintFor(ui).label;
    // A list's own name is said by its items' ("Therapy 18"), unless the problem is the list itself.
    if (i + 1 < steps.length && /^\d+$/.test(steps[i + 1]) && hintFor(ui).item) return;
    words.push(label ?? LANGUAGES[step] ?? labelOf(step));
  });
  return [element?.label ?? issue.tag, ...words].join(', ');
}

/**
 * Puts each issue next to the control it names (or, failing that, in `general` above the
 * preview), and counts each panel's issues on its tab. An issue at `holding` (the control being
 * typed in) waits until the editor leaves it: "12" is not yet a wrong phone while "1234…" is
 * on its way. Returns the issues shown, for the list by the snippet.
 */
export function showIssues(controls, general, issues, holding = null) {
  for (const el of controls.querySelectorAll('[aria-invalid]')) if (!el.matches('textarea.json')) el.removeAttribute('aria-invalid');
  for (const el of controls.querySelectorAll('.error')) {
    if (el.closest('.field')?.querySelector('textarea.json[aria-invalid]')) continue;
    el.hidden = true;
    el.textContent = '';
  }
  const counts = {};
  const leftOver = [];
  const shown = [];
  for (const issue of issues) {
    const message = messageOf(issue);
    const target = issueTarget(controls, issue);
    if (target && target === holding) continue;
    shown.push(issue);
    // Counted on its element's tab whether or not that panel is the one shown.
    counts[issue.tag] = (counts[issue.tag] ?? 0) + 1;
    const error = target?.matches('fieldset') ? target.querySelector(':scope > .error') : target?.closest('.field')?.querySelector('.error');
    if (!target || !error) {
      // A panel not shown shows its own when opened; what no control names is listed above the preview.
      if (!controls.querySelector(`[data-panel="${issue.tag}"]`) && controls.querySelector(`[data-count="${issue.tag}"]`)) continue;
      leftOver.push(`${issue.tag} ${issue.path}: ${message}`);
      continue;
    }
    if (!target.matches('fieldset')) target.setAttribute('aria-invalid', 'true');
    target.closest('details')?.setAttribute('open', '');
    error.hidden = false;
    error.textContent = error.textContent ? `${error.textContent} ${message}` : message;
  }
  for (const count of controls.querySelectorAll('[data-count]')) {
    const n = counts[/** @type {HTMLElement} */ (count).dataset.count] ?? 0;
    count.textContent = n ? ` (${n} ${n === 1 ? 'problem' : 'problems'})` : '';
  }
  general.hidden = !leftOver.length;
  general.replaceChildren(...leftOver.map((line) => h('p', {}, line)));
  return shown;
}
