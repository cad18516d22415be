// The one configuration path (src/shared/configure.ts) and the language tags (src/shared/i18n.ts),
// as pure functions, run in node in a few seconds: bundled through every step of the build that
// makes dist/iop-widgets.js (rollup.config.mjs: the zod guard, the minifiers, terser), so that what
// is tested here is what ships, not a second build of src/.
// Node's test runner: `node --test tests/` (part of `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollup } from 'rollup';
import { fileURLToPath } from 'node:url';
import { onwarn, shippingPlugins } from '../rollup.config.mjs';

const ENTRY = '\0configure-entry';
const src = fileURLToPath(new URL('../src/', import.meta.url));
const bundle = await rollup({
  input: ENTRY,
  plugins: [
    {
      name: 'entry',
      resolveId: (id) => (id === ENTRY ? id : null),
      load: (id) =>
        id === ENTRY
          ? `export { configure, MAX_ISSUES } from '${src}shared/configure.ts';
      export { langOf, commonText } from '${src}shared/i18n.ts';
      export { JsonSyntaxError, jsonAttribute } from '${src}shared/json-attribute.ts';
      export { nonEmptyText, timeZone, safeUrl, uniqueBy } from '${src}shared/schema.ts';
      export * as z from 'zod/mini';`
          : null,
    },
    ...shippingPlugins(),
  ],
  onwarn,
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
const { configure, MAX_ISSUES, langOf, jsonAttribute, nonEmptyText, timeZone, safeUrl, z } = await import(
  `data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`
);

// A small element: a heading, a zone, a link and a list of named items, with text of its own.
const item = z.strictObject({ name: nonEmptyText() });
const shape = { heading: nonEmptyText(), timezone: timeZone(), privacyUrl: safeUrl(), items: z.array(item) };
const table = { en: { more: 'More' }, es: { more: 'Más' } };
const run = ({ own = {}, script, facility, check, lang = 'en' } = {}) => configure(shape, table, lang, own, script, facility, check);
const paths = (issues) => issues.map((issue) => issue.path);

test('a mistyped zone on the element falls through to the facility’s, and the notice names the attribute', () => {
  const { config, issues } = run({ own: { timezone: 'America/Chicgo' }, facility: { timezone: 'America/Chicago' } });
  assert.equal(config.timezone, 'America/Chicago');
  assert.deepEqual(issues, [{ path: 'timezone', message: 'expected an IANA time zone such as America/Chicago' }]);
});

test('each source falls through to the next, for that key alone: element, script child, facility, default', () => {
  const script = { timezone: 'Mars/Base', heading: 'From the script' };
  const { config, issues } = run({ own: { timezone: 'Nowhere/At_all', heading: '  ' }, script, facility: { timezone: 'America/Denver' } });
  assert.deepEqual(config, { timezone: 'America/Denver', heading: 'From the script' });
  assert.deepEqual(paths(issues), ['heading', 'timezone', 'timezone']);
  assert.match(issues[2].message, /in the <script> config/);
  // No good value anywhere: the key is left to its default.
  const none = run({ own: { timezone: 'x' }, script: { timezone: 'y' }, facility: {} });
  assert.equal('timezone' in none.config, false);
  assert.equal(none.issues.length, 2);
});

test('the element’s own good value wins over the script child and the facility', () => {
  const { config, issues } = run({ own: { timezone: 'Asia/Tokyo' }, script: { timezone: 'Europe/Paris' }, facility: { timezone: 'America/Chicago' } });
  assert.equal(config.timezone, 'Asia/Tokyo');
  assert.deepEqual(issues, []);
});

test('a list keeps its good items; a list with none good falls through, and stays empty if nothing follows', () => {
  const own = { items: [{ name: 'A' }, { name: '' }, { name: 'C' }] };
  const { config, issues } = run({ own, script: { items: [{ name: 'Script' }] } });
  assert.deepEqual(config.items, [{ name: 'A' }, { name: 'C' }]);
  assert.deepEqual(paths(issues), ['items[1].name']);
  const allBad = run({ own: { items: [{ name: '' }] }, script: { items: [{ name: '' }, { name: 'Script' }] } });
  assert.deepEqual(allBad.config.items, [{ name: 'Script' }]);
  // No later source: an empty list, not a default one the facility never wrote.
  assert.deepEqual(run({ own: { items: [{ name: '' }] }, script: { items: [{ name: ' ' }] } }).config.items, []);
});

test('bad JSON in an attribute is reported and falls through', () => {
  const own = { items: jsonAttribute.fromAttribute('[{"name": "A",}]') };
  const { config, issues } = run({ own, script: { items: [{ name: 'B' }] } });
  assert.deepEqual(config.items, [{ name: 'B' }]);
  assert.match(issues[0].message, /^is not valid JSON/);
  const badScript = run({ script: jsonAttribute.fromAttribute('{') });
  assert.deepEqual(paths(badScript.issues), ['script']);
});

test('strings: each text key falls through on its own, element then script child then built in', () => {
  const { t, issues } = run({ own: { strings: { more: 42, configError: 'Own' } }, script: { strings: { more: 'Script more', nope: 'x' } } });
  assert.equal(t.more, 'Script more');
  assert.equal(t.configError, 'Own');
  assert.deepEqual(paths(issues).sort(), ['strings', 'strings.more']);
  assert.equal(run({ lang: 'es' }).t.more, 'Más');
});

test('a value whose reading throws is a bad value with a notice, never a throw', () => {
  const strings = {
    get more() {
      throw new Error('getter says no');
    },
  };
  const { t, issues } = run({ own: { strings, heading: new Proxy({}, { ownKeys: () => { throw new Error('proxy says no'); } }) } });
  assert.equal(t.more, 'More');
  assert.deepEqual(issues.map((issue) => `${issue.path}: ${issue.message}`), [
    'strings.more: could not be read (getter says no)',
    'heading: could not be read (proxy says no)',
  ]);
  const hostile = run({ own: { strings: new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } }) } });
  assert.deepEqual(hostile.issues, [{ path: 'strings', message: 'could not be read (no keys)' }]);
});

test('a key a cross-key rule flags falls through; flagged items of a list are dropped', () => {
  // The rule: no item may be named like the heading, and the heading may not be "Bad".
  const check = (config) => [
    ...(config.heading === 'Bad' ? [{ key: 'heading', path: [], message: 'bad heading' }] : []),
    ...(config.items ?? []).flatMap((it, i) => (it.name === config.heading ? [{ key: 'items', path: [i, 'name'], message: 'same as heading' }] : [])),
  ];
  const { config, issues } = run({
    own: { heading: 'Bad', items: [{ name: 'A' }, { name: 'Good' }] },
    script: { heading: 'Good' },
    check,
  });
  assert.equal(config.heading, 'Good');
  assert.deepEqual(config.items, [{ name: 'A' }]);
  assert.deepEqual(issues.map((issue) => `${issue.path}: ${issue.message}`), ['heading: bad heading', 'items[1].name: same as heading']);
});

test('100,000 bad items list the first 20 problems and count the rest', () => {
  const own = { items: Array.from({ length: 100_000 }, () => ({ name: '' })) };
  const { issues, config } = run({ own });
  assert.equal(issues.length, MAX_ISSUES + 1);
  assert.deepEqual(issues.at(-1), { path: '', message: 'and 99980 more' });
  assert.deepEqual(config.items, []);
  assert.equal(run({ own: { items: own.items.slice(0, 25) }, lang: 'es' }).issues.at(-1).message, 'y 5 más');
});

test('language tags as CMSs write them; anything Intl refuses falls back, never throws', () => {
  // `text` is the page's own language, for text given per language; `lang` the built-in text's.
  const cases = {
    es_MX: { lang: 'es', locale: 'es-MX', text: 'es' },
    'es-mx': { lang: 'es', locale: 'es-MX', text: 'es' },
    ES: { lang: 'es', locale: 'es', text: 'es' },
    EN: { lang: 'en', locale: 'en', text: 'en' },
    'en-US': { lang: 'en', locale: 'en-US', text: 'en' },
    en_US: { lang: 'en', locale: 'en-US', text: 'en' },
    'en-': { lang: 'en', locale: 'en', text: 'en' },
    'es-': { lang: 'es', locale: 'es', text: 'es' },
    'garbage!!': { lang: 'en', locale: 'en', text: 'en' },
    fr: { lang: 'en', locale: 'en', text: 'fr' },
    ' es ': { lang: 'es', locale: 'es', text: 'es' },
  };
  for (const [tag, expected] of Object.entries(cases)) {
    const got = langOf(tag);
    assert.deepEqual(got, expected, tag);
    // Every locale it gives is one Intl formats with.
    assert.doesNotThrow(() => new Intl.DateTimeFormat(got.locale).format(0), tag);
  }
});

// Text a facility writes, given per language (SPEC.md "Configuration"): resolved here, so render code gets a string.
const written = { heading: { en: 'Our program', es: 'Nuestro programa', fr: 'Notre programme' }, items: [{ name: { en: 'Evening', 'es-MX': 'Tarde' } }] };

test('text per language: the element’s language, else English, else the first', () => {
  assert.deepEqual(run({ own: written, lang: 'es-MX' }).config, { heading: 'Nuestro programa', items: [{ name: 'Tarde' }] });
  assert.deepEqual(run({ own: written, lang: 'en' }).config, { heading: 'Our program', items: [{ name: 'Evening' }] });
  // A page in French: its own entry where there is one, English where not.
  assert.deepEqual(run({ own: written, lang: 'fr' }).config, { heading: 'Notre programme', items: [{ name: 'Evening' }] });
  // No English: the first.
  assert.equal(run({ own: { heading: { de: 'Programm', es: 'Programa' } }, lang: 'en' }).config.heading, 'Programm');
  // From the script child and the facility alike, and in `strings` too.
  assert.equal(run({ script: { heading: { en: 'A', es: 'B' } }, lang: 'es' }).config.heading, 'B');
  assert.equal(run({ own: { strings: { more: { en: 'See all', es: 'Ver todo' } } }, lang: 'es' }).t.more, 'Ver todo');
});

test('text per language is checked like text: each entry, each key, an empty object', () => {
  const { config, issues } = run({ own: { heading: { en: 'Ours', es: ' ' }, items: [{ name: {} }, { name: { name: 'x' } }, { name: 'Kept' }] }, script: { heading: 'Script' } });
  assert.equal(config.heading, 'Script');
  assert.deepEqual(config.items, [{ name: 'Kept' }]);
  assert.deepEqual(issues.map((issue) => `${issue.path}: ${issue.message}`), [
    'heading.es: expected a non-empty string',
    'items[0].name: expected text, or text per language: {"en": "…", "es": "…"}',
    'items[1].name.name: "name" is not a language code (en, es)',
  ]);
  assert.deepEqual(run({ own: { heading: 42 } }).issues.map((issue) => issue.message), ['expected text, or text per language: {"en": "…", "es": "…"}']);
});

// Issue 23.9: configure() fills in the defaults and names the keys given but refused, before the list is cut.
test('defaults fill what no source gives; a key given and refused everywhere is named, even past 20 problems', () => {
  const items = Array.from({ length: 25 }, () => ({ name: '' }));
  // The zone comes after the list, as the schedule's does after its tracks: its problem is past the 20th.
  const late = { items: shape.items, timezone: shape.timezone, privacyUrl: shape.privacyUrl };
  const { config, issues, rejected } = configure(late, table, 'en', { items, timezone: 'America/Chicgo' }, { timezone: 'Mars/Base' }, {}, undefined, { timezone: 'UTC', privacyUrl: '/privacy' });
  assert.equal(issues.length, MAX_ISSUES + 1);
  assert.equal(issues.some((issue) => issue.path === 'timezone'), false);
  assert.deepEqual(rejected, ['timezone']);
  assert.equal(config.timezone, 'UTC');
  assert.equal(config.privacyUrl, '/privacy');
  // A list whose items were all refused stays empty (not a default list the facility never wrote), and is not "rejected".
  assert.deepEqual(config.items, []);
  // A good value wins over the default, and nothing is named.
  assert.deepEqual(configure(shape, table, 'en', { timezone: 'Asia/Tokyo' }, undefined, {}, undefined, { timezone: 'UTC' }).rejected, []);
});
