// The JSON Schemas in dist/schemas/ accept every configuration the README and the demo show, and
// reject a wrong one. Node's test runner: `node --test tests/` (part of `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = {};
const validator = (tag) => (validators[tag] ??= ajv.compile(JSON.parse(read(`dist/schemas/${tag}.schema.json`))));

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** Every `<iop-…>` start tag in the HTML, as { tag, config }, with its script child merged under it. */
function configurations(htmlText) {
  const found = [];
  const tags = /<(iop-[a-z-]+)((?:\s+[a-z-]+(?:=(?:"[^"]*"|'[^']*'))?)*)\s*>(\s*<script type="application\/json">([\s\S]*?)<\/script>)?/g;
  for (const [, tag, attributes, , script] of htmlText.matchAll(tags)) {
    const schema = JSON.parse(read(`dist/schemas/${tag}.schema.json`));
    // The demo shows one broken configuration on purpose, marked data-broken.
    if (/\sdata-broken\b/.test(attributes)) continue;
    const config = script ? JSON.parse(script) : {};
    for (const [, name, , value = ''] of attributes.matchAll(/([a-z-]+)(?:=("|')([\s\S]*?)\2)?/g)) {
      // `lang` and the facility's `structured-data` switch are attributes of the element, not
      // configuration keys (no script child or facility context carries them).
      if (name === 'lang' || (tag === 'iop-facility' && name === 'structured-data')) continue;
      const key = camel(name);
      // Either of several forms (text or text per language, "24/7" or hours): JSON when it opens like JSON.
      const type = schema.properties[key]?.type ?? (schema.properties[key]?.anyOf ? (/^\s*[[{]/.test(value) ? 'object' : 'string') : 'string');
      config[key] = type === 'array' || type === 'object' ? JSON.parse(value) : type === 'number' ? Number(value) : type === 'boolean' ? true : value;
    }
    found.push({ tag, config });
  }
  return found;
}

const htmlBlocks = (markdown) => [...markdown.matchAll(/```html\n([\s\S]*?)```/g)].map(([, block]) => block);

test('every configuration in the README and the demo is valid against its JSON Schema', () => {
  const examples = [...htmlBlocks(read('README.md')), read('demo/index.html')].flatMap(configurations);
  assert.ok(examples.length >= 8, `found only ${examples.length} examples`);
  for (const { tag, config } of examples) {
    const validate = validator(tag);
    assert.ok(validate(config), `${tag} ${JSON.stringify(config)}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the schemas reject what the elements reject', () => {
  const cases = [
    ['iop-level-of-care', { view: 'pie' }],
    ['iop-level-of-care', { levels: [{ code: '2.1' }] }],
    ['iop-level-of-care', { levels: [{ code: '2.1', name: 'IOP', hoursPerweek: { min: 9 } }] }],
    ['iop-therapy-list', { therapies: [{ name: 'CBT', category: 'holistic' }] }],
    ['iop-schedule', { tracks: [{ name: 'A', sessions: [{ day: 'funday', start: '09:00', end: '12:00' }] }] }],
    ['iop-appointment-form', { fields: { age: 'required' } }],
    ['iop-facility', { address: { town: 'Austin' } }],
    ['iop-facility', { colour: 'blue' }],
    ['iop-schedule', { headingLevel: 7 }],
    ['iop-therapy-list', { headingLevel: '1' }],
  ];
  for (const [tag, config] of cases) assert.equal(validator(tag)(config), false, `${tag} accepted ${JSON.stringify(config)}`);
});

// Issue 23.9: the defaults live in the schemas (lazy() in src/shared/validate.ts), so a CMS form or
// the configurator shows them without a copy by hand; issue 25.4: text may be given per language.
test('the schemas carry each language-free default, and describe text given per language', () => {
  const schema = (tag) => JSON.parse(read(`dist/schemas/${tag}.schema.json`));
  assert.equal(schema('iop-schedule').properties.weeks.default, '8-12');
  assert.equal(schema('iop-level-of-care').properties.view.default, 'chart');
  assert.equal(schema('iop-therapy-list').properties.layout.default, 'grid');
  const form = schema('iop-appointment-form').properties;
  assert.deepEqual([form.format.default, form.minFillSeconds.default, form.timeout.default, form.maxWait.default, form.retryDelays.default], ['json', 3, 10, 30, [1000, 3000, 9000]]);
  // A property that is no JSON (the schedule's `now`, a Date) is not offered as a key.
  assert.equal('now' in schema('iop-schedule').properties, false);
  const tracks = [{ name: { en: 'Evening track', es: 'Grupo de la tarde' }, note: { es: 'Solo en español' }, sessions: [{ day: 'mon', start: '18:00', end: '21:00' }] }];
  assert.ok(validator('iop-schedule')({ tracks, heading: { en: 'When', es: 'Cuándo' }, strings: { weeks: { en: 'x', es: 'y' } } }));
  for (const bad of [{ heading: {} }, { heading: { english: 'When' } }, { heading: { en: 5 } }]) assert.equal(validator('iop-schedule')(bad), false, JSON.stringify(bad));
});

test('the README’s Default column says what the schemas’ defaults are', () => {
  const readme = read('README.md');
  let checked = 0;
  for (const tag of ['iop-level-of-care', 'iop-therapy-list', 'iop-schedule', 'iop-appointment-form']) {
    const section = readme.split(`## \`<${tag}>\``)[1].split(/\n## /)[0];
    for (const [key, { default: value }] of Object.entries(JSON.parse(read(`dist/schemas/${tag}.schema.json`)).properties)) {
      if (value === undefined || typeof value === 'boolean') continue;
      const row = section.split('\n').find((line) => line.includes(`| \`${key}\` |`));
      assert.ok(row, `${tag} ${key}: no row in the README`);
      const written = row.split('|').at(-2).trim().replace(/`/g, '');
      assert.equal(written, Array.isArray(value) ? `[${value.join(', ')}]` : String(value), `${tag} ${key}`);
      checked++;
    }
  }
  assert.ok(checked >= 7);
});
