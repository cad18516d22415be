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
      const type = schema.properties[key]?.type ?? (schema.properties[key]?.anyOf ? 'object' : 'string');
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
