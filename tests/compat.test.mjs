// The compatibility check of the built bundle (scripts/compat.mjs, `npm run compat`): it must name
// what the supported browsers lack (AbortSignal.any was missing in Safari 16.4 and broke sending),
// and let a feature-tested use through.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../scripts/compat.mjs';

const apis = (code) => check(code).map(({ api, lacking }) => `${api}: ${lacking.join(', ')}`);

test('an unguarded AbortSignal.any is named with the browsers that lack it', () => {
  assert.deepEqual(apis('export const s = AbortSignal.any([a, b]);'), ['AbortSignal.any: safari 16.4, safari_ios 16.4']);
});

test('newer built-ins called on any object and newer static methods are named', () => {
  const found = apis('a.union(b); const { promise } = Promise.withResolvers(); Object.groupBy(list, f);').map((line) => line.split(' (')[0].split(':')[0]);
  assert.deepEqual(found, ['.union()', 'Promise.withResolvers', 'Object.groupBy']);
});

test('a use that is feature-tested first passes, however the test is written', () => {
  for (const code of [
    "const s = typeof AbortSignal.any === 'function' ? AbortSignal.any([a, b]) : a;",
    "const s = 'any' in AbortSignal ? AbortSignal.any([a, b]) : a;",
    'const s = AbortSignal.any?.([a, b]) ?? a;',
    'const s = AbortSignal.any ? AbortSignal.any([a, b]) : a;',
    'if (AbortSignal.any) use(AbortSignal.any([a, b]));',
    'const any = AbortSignal.any; const s = any ? any.call(AbortSignal, [a, b]) : a;',
  ]) assert.deepEqual(apis(code), [], code);
});

test('what every supported browser has, and names the bundle declares itself, pass', () => {
  assert.deepEqual(apis('const c = new AbortController(); crypto.randomUUID(); [1].at(-1); structuredClone(c);'), []);
  assert.deepEqual(apis('const AbortSignal = { any: (x) => x[0] }; AbortSignal.any([1]);'), []);
});
