// The shortcodes' attribute table is generated from the kit's manifest (issue 23.8): a new element
// needs no hand copy in PHP. Fast: no WordPress, only the generator and PHP's parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementTable, elementsPhp } from '../build.mjs';

/** Runs the generated PHP and returns its table, as the plugin reads it. */
function phpTable(source) {
  const dir = mkdtempSync(join(tmpdir(), 'iop-elements-'));
  try {
    writeFileSync(join(dir, 'elements.php'), source);
    return JSON.parse(execFileSync('php', ['-r', `define('ABSPATH', '/'); echo json_encode(include '${join(dir, 'elements.php')}');`], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a sixth element in the manifest becomes a shortcode table entry, kinds from its JSON Schema', () => {
  const manifest = {
    modules: [
      {
        declarations: [
          {
            customElement: true,
            tagName: 'iop-insurance',
            attributes: [
              { name: 'carriers', fieldName: 'carriers', type: { text: 'unknown | undefined' } },
              { name: 'accepts', fieldName: 'accepts', type: { text: 'unknown | undefined' } },
              { name: 'verify', fieldName: 'verify', type: { text: 'boolean' } },
              { name: 'heading', fieldName: 'heading', type: { text: 'string | undefined' } },
              { name: 'heading-level', fieldName: 'headingLevel', type: { text: 'number | undefined' } },
              { name: 'lang' },
              { name: 'strings', fieldName: 'strings', type: { text: 'unknown | undefined' } },
            ],
          },
          { kind: 'class', name: 'NotAnElement' },
        ],
      },
    ],
  };
  const schema = {
    properties: {
      carriers: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object' }] } },
      accepts: { type: 'array', items: { type: 'string', enum: ['medicaid'] } },
      heading: { type: 'string' },
      headingLevel: { type: 'number' },
      strings: { type: 'object' },
    },
  };
  const table = elementTable(manifest, () => schema);
  assert.deepEqual(table, {
    'iop-insurance': { carriers: 'list', accepts: 'list', verify: 'bool', heading: 'text', 'heading-level': 'text', lang: 'text', strings: 'json' },
  });
  assert.deepEqual(phpTable(elementsPhp(table)), table);
  // Without a schema the manifest's types decide.
  assert.deepEqual(elementTable(manifest, () => undefined)['iop-insurance'].carriers, 'json');
});

test('the table generated from dist/ has every element of the manifest, with the kinds the shortcodes always had', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName).sort();
  const table = phpTable(elementsPhp(elementTable()));
  assert.deepEqual(Object.keys(table), tags);
  assert.equal(table['iop-facility']['structured-data'], 'bool');
  assert.equal(table['iop-appointment-form'].programs, 'list');
  assert.equal(table['iop-schedule'].tracks, 'json');
  assert.equal(table['iop-therapy-list'].heading, 'text');
});
