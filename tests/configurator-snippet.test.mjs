// The configurator's pure logic in node: controls derived from the shipped schemas and manifest,
// and snippets that load back unchanged, for each element and for all of them together. The page
// itself (controls, previews, the kit's own validation) is tested in tests/configurator.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildModel, defaultText, hintFor, tagsOf } from '../demo/configurator-model.js';
import { catalogueItem, initialState, makeSnippet, parseSnippet, PLACEHOLDER_URL, relang, warnings } from '../demo/configurator-snippet.js';
import { parseHtml, elements, attr } from '../demo/configurator-html.js';
import { prerender } from '../prerender/index.mjs';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', dist), 'utf8'));
const schemas = Object.fromEntries(await Promise.all(tagsOf(manifest).map(async (tag) => [tag, JSON.parse(await readFile(new URL(`schemas/${tag}.schema.json`, dist), 'utf8'))])));
const model = buildModel(manifest, schemas);
const kit = 'https://cdn.example/iop-widgets.js';
/** The registry's tags in its order (src/elements.ts), which the configurator follows with no list of its own. */
const registry = [...(await readFile(new URL('../src/elements.ts', import.meta.url), 'utf8')).matchAll(/\btag: '([\w-]+)'/g)].map((m) => m[1]);

/** A state holding only `tag`, with `values`, inside a facility with a zone. */
const only = (tag, values, form = 'attributes') => {
  const state = { ...initialState(model, { scriptUrl: kit, timezone: 'America/Chicago' }), include: [tag], form };
  state.values = { ...state.values, 'iop-level-of-care': {}, [tag]: values };
  return state;
};
const roundTrip = (snippet) => {
  const { state, error } = parseSnippet(snippet, model);
  assert.equal(error, undefined);
  return makeSnippet(state, model);
};

test('every key of every element schema becomes a control, and so does an attribute added later', () => {
  assert.deepEqual(model.elements.map((e) => e.tag), registry);
  assert.equal(registry.length >= 6 && registry[0], 'iop-facility');
  for (const element of model.elements) {
    const keys = element.fields.map((f) => f.key);
    for (const key of Object.keys(schemas[element.tag].properties)) assert.ok(keys.includes(key), `${element.tag} ${key}`);
  }
  const facility = model.byTag['iop-facility'].fields;
  assert.deepEqual(facility.find((f) => f.key === 'structuredData'), { ...facility.find((f) => f.key === 'structuredData'), attr: 'structured-data', attributeOnly: true });
  assert.equal(model.byTag['iop-appointment-form'].fields.find((f) => f.key === 'privacyUrl').attr, 'privacy-url');

  // A new attribute: in the schema and the manifest only, no hand work in the configurator.
  const grown = structuredClone(manifest);
  const form = grown.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'iop-appointment-form');
  form.attributes.push({ name: 'callback-note', fieldName: 'callbackNote', description: 'When the facility calls back, e.g. `within one business day`.' });
  const grownSchemas = structuredClone(schemas);
  grownSchemas['iop-appointment-form'].properties.callbackNote = { type: 'string' };
  const field = buildModel(grown, grownSchemas).byTag['iop-appointment-form'].fields.find((f) => f.key === 'callbackNote');
  assert.deepEqual([field.attr, field.label, field.description], ['callback-note', 'Callback note', 'When the facility calls back, e.g. within one business day.']);
});

test('help derived from a description keeps its first word; "Fields asked" says what each default does, as the form does', async () => {
  // `json` (default) or `form` ...: "json" is a value here, not the word JSON before a shape.
  const grown = structuredClone(manifest);
  const form = grown.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'iop-appointment-form');
  form.attributes.push({ name: 'wire', fieldName: 'wire', description: '`json` (default) or `xml`.' }, { name: 'extras', fieldName: 'extras', description: 'JSON object that holds extras.' });
  const fields = buildModel(grown, schemas).byTag['iop-appointment-form'].fields;
  assert.equal(fields.find((f) => f.key === 'wire').description, 'json (default) or xml.');
  assert.equal(fields.find((f) => f.key === 'extras').description, 'Holds extras.');
  // No help shown outside "More settings" reads as developer text.
  for (const element of model.elements) {
    for (const f of element.fields.filter((x) => !x.hint.advanced)) assert.doesNotMatch(f.description, /IANA|resolved against|Milliseconds|\[current\]|^[a-z]/, `${element.tag} ${f.key}: ${f.description}`);
  }
  // The defaults, read from the form's own source: shown by default means asked, optional.
  const source = await readFile(new URL('../src/iop-appointment-form/iop-appointment-form.schema.ts', import.meta.url), 'utf8');
  const shown = JSON.parse(/shownByDefault[^=]*=\s*(\[[^\]]*\])/.exec(source)[1].replace(/'/g, '"'));
  for (const key of Object.keys(schemas['iop-appointment-form'].properties.fields.properties)) {
    const blank = hintFor(`iop-appointment-form.fields.${key}`).blank;
    if (!shown.includes(key)) assert.equal(blank, 'Default (not asked)', key);
    else assert.match(blank, key === 'program' ? /^Default \(asked with programs\)$/ : /^Default \(asked, optional\)$/, key);
  }
});

const samples = {
  'iop-facility': { name: 'Harbor & Bay', phone: '+1 555 010 0199', timezone: 'America/Chicago', endpoint: '/api/requests', address: { street: '1 Main St', city: 'Tulsa' }, structuredData: true },
  'iop-level-of-care': { current: '2.5', offered: ['2.1', '2.5'], view: 'table', heading: 'Where we fit' },
  'iop-therapy-list': { therapies: [{ name: 'Women’s group', category: 'support', formats: ['group'], telehealth: true }, { name: 'CBT', category: 'evidence-based' }], filterable: true, layout: 'list' },
  'iop-schedule': { weeks: '8-12', tracks: [{ name: "Evening <IOP> 'B'", telehealth: true, sessions: [{ day: 'mon', start: '18:00', end: '21:00' }] }] },
  'iop-appointment-form': { endpoint: '/api/requests', format: 'form', fields: { phone: 'required', message: 'hidden' }, programs: ['IOP', 'PHP'], privacyUrl: '/privacy', strings: { heading: 'Ask us' } },
};

for (const [tag, values] of Object.entries(samples)) {
  for (const form of ['attributes', 'script']) {
    test(`${tag}: its snippet (${form}) loads back unchanged, values and all`, () => {
      const state = tag === 'iop-facility' ? { ...only('iop-schedule', {}, form), values: { ...only('iop-schedule', {}).values, 'iop-facility': values } } : only(tag, values, form);
      const snippet = makeSnippet(state, model);
      assert.equal(roundTrip(snippet), snippet);
      assert.deepEqual(parseSnippet(snippet, model).state.values[tag], values);
    });
  }
}

test('all five in one snippet, as a page holds them, in the order pasted', () => {
  const state = { ...initialState(model, { scriptUrl: kit }), values: samples, include: ['iop-schedule', 'iop-level-of-care', 'iop-therapy-list', 'iop-appointment-form'], lang: 'es', primary: '#7a1f5c' };
  const snippet = makeSnippet(state, model);
  assert.match(snippet, /^<script type="module" src="https:\/\/cdn.example\/iop-widgets.js"><\/script>\n\n<iop-facility name="Harbor &amp; Bay" [^\n]* structured-data style="--iop-color-primary: #7a1f5c">\n  <iop-schedule lang="es" /);
  const tags = [...elements(parseHtml(snippet))].map((el) => el.tag);
  assert.deepEqual(tags, ['script', 'iop-facility', 'iop-schedule', 'iop-level-of-care', 'iop-therapy-list', 'iop-appointment-form']);
  assert.equal(roundTrip(snippet), snippet);
  assert.equal(roundTrip(makeSnippet({ ...state, form: 'script' }, model)), makeSnippet({ ...state, form: 'script' }, model));
});

test('what no control edits is written back as it came: other attributes, script keys, styles, another language', () => {
  const pasted = `<script type="module" src="/dist/iop-widgets.js"></script>

<iop-facility name="Harbor" timezone="America/Atlantis" data-cms="7" lang="es" style="margin: 0; --iop-color-primary: #7a1f5c">
  <iop-level-of-care current="2.1" class="wide" levels='[{"code":"2.1","name":"Evening IOP"}]'></iop-level-of-care>
  <iop-schedule lang="en" id="when">
    <script type="application/json">
      {
        "weeks": "10",
        "future": {
          "a": 1
        }
      }
    </script>
  </iop-schedule>
</iop-facility>
`;
  const { state } = parseSnippet(pasted, model);
  assert.deepEqual(state.keep['iop-facility'].attrs, [['data-cms', '7'], ['lang', 'es']]);
  assert.deepEqual(state.keep['iop-schedule'], { attrs: [['lang', 'en'], ['id', 'when']], config: { future: { a: 1 } } });
  assert.equal(state.style, 'margin: 0');
  assert.equal(state.primary, '#7a1f5c');
  assert.deepEqual(state.values['iop-level-of-care'].levels, [{ code: '2.1', name: 'Evening IOP' }]);
  // Script form for both, as the schedule came; the level's attributes move into its script child.
  const again = makeSnippet(state, model);
  assert.equal(roundTrip(again), again);
  assert.match(again, /<iop-facility name="Harbor" timezone="America\/Atlantis" data-cms="7" lang="es" style="margin: 0; --iop-color-primary: #7a1f5c">/);
  assert.match(again, /<iop-schedule lang="en" id="when">\n    <script type="application\/json">\n      \{\n        "weeks": "10",\n        "future": \{\n          "a": 1\n        \}\n      \}\n    <\/script>\n  <\/iop-schedule>/);
  assert.match(again, /<iop-level-of-care class="wide">\n    <script type="application\/json">\n      \{\n        "current": "2.1",\n        "levels"/);
});

test('a pasted snippet in attributes loads back exactly, with HTML character references', () => {
  const pasted = `<script type="module" src="https://cdn.example/iop-widgets.js"></script>

<iop-facility name="Harbor &amp; Bay &#8212; Tulsa" timezone="America/Chicago">
  <iop-therapy-list layout="list" therapies='[{"name":"Friends&#39; group","category":"support"}]'></iop-therapy-list>
  <iop-appointment-form min-fill-seconds="5" privacy-url="/privacy"></iop-appointment-form>
</iop-facility>
`;
  const { state } = parseSnippet(pasted, model);
  assert.equal(state.values['iop-facility'].name, 'Harbor & Bay — Tulsa');
  assert.equal(state.values['iop-therapy-list'].therapies[0].name, "Friends' group");
  assert.equal(state.values['iop-appointment-form'].minFillSeconds, 5);
  assert.equal(roundTrip(pasted), pasted.replace('&#8212;', '—'));
});

test('says what is wrong with a pasted snippet', () => {
  assert.match(parseSnippet('<p>Our program</p>', model).error, /^No iop-widgets element \(<iop-facility>, <iop-level-of-care>/);
  assert.match(parseSnippet(`<iop-schedule tracks='[{"name": "A"'></iop-schedule>`, model).error, /^The tracks attribute of <iop-schedule> is not valid JSON/);
  assert.match(parseSnippet('<iop-schedule><script type="application/json">{ weeks: 10 }</script></iop-schedule>', model).error, /^The <script type="application\/json"> inside <iop-schedule> is not valid JSON/);
  assert.match(parseSnippet('<iop-schedule></iop-schedule><iop-schedule></iop-schedule>', model).error, /more than one <iop-schedule>/);
});

test('a new snippet: every element of the registry in a facility with a time zone, and the kit address a placeholder to fill', () => {
  const state = initialState(model, { scriptUrl: PLACEHOLDER_URL, timezone: 'America/Denver' });
  const children = registry.slice(1).map((tag) => `  <${tag}${tag === 'iop-level-of-care' ? ` current="2.1" offered='["2.1"]'` : ''}></${tag}>\n`);
  assert.equal(makeSnippet(state, model), `<script type="module" src="${PLACEHOLDER_URL}"></script>\n\n<iop-facility timezone="America/Denver">\n${children.join('')}</iop-facility>\n`);
  assert.deepEqual(warnings(state).map((w) => w.key), ['scriptUrl', 'iop-facility.endpoint']);
  const local = { ...state, scriptUrl: 'http://127.0.0.1:8000/dist/iop-widgets.js', values: { ...state.values, 'iop-facility': { endpoint: '/api' } } };
  assert.deepEqual(warnings(local).map((w) => w.key), ['scriptUrl', 'iop-facility.timezone']);
  assert.match(warnings(local)[0].message, /on this computer only/);
  assert.match(warnings(local)[1].message, /^No time zone/);
  assert.deepEqual(warnings({ ...local, scriptUrl: kit, include: ['iop-level-of-care'] }), []);
});

test('the HTML reader: quotes, bare and unquoted attributes, comments, raw script text', () => {
  const root = parseHtml(`<!-- a --><iop-therapy-list filterable layout=grid heading='"Ours" &amp; yours'><script type="application/json">{"a":"</b>"}</script></iop-therapy-list>`);
  const [list, script] = elements(root);
  assert.deepEqual(list.attrs, [['filterable', ''], ['layout', 'grid'], ['heading', '"Ours" & yours']]);
  assert.equal(script.text, '{"a":"</b>"}');
  assert.equal(attr(list, 'layout'), 'grid');
});

// Issue 25.4: the default catalogue is written in the snippet's language, or in both for a snippet
// that follows the page's; never English content under Spanish headings.
test('default therapies are written in the snippet’s language, or both, and follow a change of it; the editor’s own stay', () => {
  const pairs = [
    { en: { name: 'Group therapy', description: 'Peers.', category: 'core' }, es: { name: 'Terapia de grupo', description: 'Pares.', category: 'core' } },
    { en: { name: 'EMDR', description: 'Eye movements.', category: 'evidence-based' }, es: { name: 'EMDR', description: 'Movimientos oculares.', category: 'evidence-based' } },
  ];
  assert.deepEqual(catalogueItem(pairs[0], 'es'), pairs[0].es);
  assert.deepEqual(catalogueItem(pairs[1], ''), { name: 'EMDR', description: { en: 'Eye movements.', es: 'Movimientos oculares.' }, category: 'evidence-based' });
  const mine = { name: 'Women’s group', category: 'support' };
  const values = { 'iop-therapy-list': { therapies: [catalogueItem(pairs[0], 'en'), mine], layout: 'list' } };
  const spanish = relang(values, pairs, 'es');
  assert.deepEqual(spanish['iop-therapy-list'], { therapies: [pairs[0].es, mine], layout: 'list' });
  const both = relang(spanish, pairs, '');
  assert.deepEqual(both['iop-therapy-list'].therapies[0], { name: { en: 'Group therapy', es: 'Terapia de grupo' }, description: { en: 'Peers.', es: 'Pares.' }, category: 'core' });
  assert.deepEqual(relang(both, pairs, 'en'), values);
  // An edited default therapy is the editor's text now: kept as written.
  const edited = { 'iop-therapy-list': { therapies: [{ ...pairs[0].en, description: 'Our own words.' }] } };
  assert.deepEqual(relang(edited, pairs, 'es'), edited);
  // Text per language loads back from a pasted snippet and is written out as it came.
  const state = only('iop-therapy-list', both['iop-therapy-list'], 'script');
  assert.equal(roundTrip(makeSnippet(state, model)), makeSnippet(state, model));
});

// Issue 23.9: what an empty setting does is read from the schemas' defaults, not written again here.
test('what a setting left empty does comes from the schema’s default', () => {
  const field = (tag, key) => model.byTag[tag].fields.find((f) => f.key === key);
  const blank = (tag, key) => defaultText(field(tag, key).schema, field(tag, key).hint);
  assert.equal(blank('iop-level-of-care', 'view'), 'Default (chart)');
  assert.equal(blank('iop-therapy-list', 'layout'), 'Default (grid)');
  assert.equal(blank('iop-appointment-form', 'format'), 'Default (JSON)');
  assert.equal(blank('iop-schedule', 'weeks'), '8-12');
  assert.equal(blank('iop-appointment-form', 'timeout'), '10');
  assert.equal(blank('iop-appointment-form', 'maxWait'), '30');
  assert.match(field('iop-appointment-form', 'retryDelays').description, /Not set: 1000, 3000 and 9000\.$/);
});

test('prerendered content: after each element’s settings, the JSON-LD last; read back unchanged, never as settings; left out when switched off', () => {
  const state = { ...initialState(model, { scriptUrl: kit, timezone: 'America/Chicago' }), include: ['iop-schedule', 'iop-appointment-form'] };
  state.values = { ...state.values, 'iop-facility': { timezone: 'America/Chicago', structuredData: true }, 'iop-schedule': { heading: { en: 'When we meet', es: 'Cuándo nos reunimos' } } };
  // Content as a shadow root holds it: styles, a form, text that looks like markup and like settings.
  const content = {
    elements: {
      'iop-facility': '<style>:host{display:block}</style><slot></slot>',
      'iop-schedule': '<style>table{width:100%}</style><section part="base"><h2 id="heading">When we meet</h2><p>&lt;iop-insurance&gt; 6:00 – 9:00 PM</p></section>',
      'iop-appointment-form': '<style>form{display:grid}</style><form method="post" action="/api" enctype="application/x-www-form-urlencoded"><input name="name" required><textarea name="message"></textarea><script type="application/json">{"endpoint":"/nope"}</script></form>',
    },
    ld: ['{"@context":"https://schema.org","name":"Harbor \\u003c Bay"}'],
  };
  const plain = makeSnippet(state, model);
  const snippet = makeSnippet(state, model, content);
  assert.equal(snippet, `<script type="module" src="${kit}"></script>

<iop-facility timezone="America/Chicago" structured-data>
  <iop-schedule>
    <script type="application/json">
      {
        "heading": {
          "en": "When we meet",
          "es": "Cuándo nos reunimos"
        }
      }
    </script>
    <template shadowrootmode="open">${content.elements['iop-schedule']}</template>
  </iop-schedule>
  <iop-appointment-form>
    <template shadowrootmode="open">${content.elements['iop-appointment-form']}</template>
  </iop-appointment-form>
  <template shadowrootmode="open">${content.elements['iop-facility']}</template>
</iop-facility>
<script type="application/ld+json" data-iop-prerendered>${content.ld[0]}</script>
`);
  // Read back: the same settings, the switch on; the content's script and markup are not settings.
  const { state: loaded, error } = parseSnippet(snippet, model);
  assert.equal(error, undefined);
  assert.equal(loaded.content, true);
  assert.deepEqual(loaded.values['iop-appointment-form'], {});
  assert.deepEqual(loaded.keep['iop-appointment-form'], { attrs: [], config: {} });
  assert.deepEqual(loaded.include, ['iop-schedule', 'iop-appointment-form']);
  assert.equal(makeSnippet(loaded, model, content), snippet);
  assert.equal(makeSnippet(loaded, model), plain);
  // A snippet without content reads back with the switch off; off, content given is left out.
  assert.equal(parseSnippet(plain, model).state.content, false);
  assert.equal(makeSnippet({ ...loaded, content: false }, model, content), plain);
  // Without a facility, each element still carries its own.
  const alone = { ...state, include: ['iop-schedule'], values: { ...state.values, 'iop-facility': {}, 'iop-schedule': {} } };
  assert.equal(makeSnippet(alone, model, content), `<script type="module" src="${kit}"></script>\n\n<iop-schedule>\n  <template shadowrootmode="open">${content.elements['iop-schedule']}</template>\n</iop-schedule>\n<script type="application/ld+json" data-iop-prerendered>${content.ld[0]}</script>\n`);
});

test('a snippet run through `npx iop-widgets prerender` loads as its settings, with the switch on', async () => {
  const state = { ...initialState(model, { scriptUrl: kit, timezone: 'America/Chicago' }), form: 'script' };
  state.values = { ...state.values, 'iop-facility': { timezone: 'America/Chicago', name: 'Harbor', structuredData: true }, 'iop-schedule': { weeks: '8-12' } };
  const plain = makeSnippet(state, model);
  // prerender() writes each template right after the start tag, before a script child, and the JSON-LD before the elements.
  const written = await prerender(plain);
  assert.match(written, /<script type="application\/ld\+json" data-iop-prerendered>[^<]*<\/script><iop-facility /);
  assert.match(written, /<iop-schedule><template shadowrootmode="open">/);
  const { state: loaded, error } = parseSnippet(written, model);
  assert.equal(error, undefined);
  assert.equal(loaded.content, true);
  assert.equal(makeSnippet(loaded, model), plain);
});
