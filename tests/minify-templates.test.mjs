// The build's template minifier (scripts/minify-templates.mjs): css`` through lightningcss, html``
// whitespace outside <pre> and <textarea>. Each row is an input whose meaning a careless squeezer
// changes (the regex one before it turned `.list * .item` into `.list*.item`, `'a, b: c'` into
// `'a,b:c'`, and collapsed <pre>).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss, minifyHtmlParts, minifyTemplates } from '../scripts/minify-templates.mjs';

test('css``: selectors, strings and values keep their meaning', () => {
  for (const [input, expected] of [
    ['.list * .item { color: red; }', '.list * .item{color:red}'],
    [".a::after { content: 'a, b: c'; }", '.a:after{content:"a, b: c"}'],
    ['.a { margin: calc(1px + 2em) 0; }', '.a{margin:calc(1px + 2em) 0}'],
    ['.a > .b ~ .c + .d { color: red; }', '.a>.b~.c+.d{color:red}'],
    [":host([hidden]) , [part~='x'] { display: none; }", ':host([hidden]),[part~=x]{display:none}'],
    ['@media (max-width: 40em) { .a { padding: 0.6em 1em; } }', '@media (width<=40em){.a{padding:.6em 1em}}'],
    ['/* why */ .a { color: var(--x, #ffffff); }', '.a{color:var(--x,#fff)}'],
    ['.a { font-family: "Open Sans", sans-serif; }', '.a{font-family:Open Sans,sans-serif}'],
  ]) {
    assert.equal(minifyCss(input), expected, input);
  }
});

test('css``: a media query in range syntax only where every supported browser reads it', () => {
  // Safari 16.4 and Firefox ESR read `width<=40em`; were the targets older, lightningcss would keep `max-width`.
  assert.match(minifyCss('@media (max-width: 40em) { .a { color: red } }'), /^@media \(width<=40em\)/);
});

test('html``: runs of whitespace with a line break become one space, except in <pre> and <textarea>', () => {
  for (const [input, expected] of [
    [['<p>\n    One\n    two\n  </p>'], ['<p> One two </p>']],
    [['<p>a  b</p>'], ['<p>a  b</p>']],
    [['<pre>  a\n    b\n</pre>\n<p>\n x</p>'], ['<pre>  a\n    b\n</pre> <p> x</p>']],
    [['<textarea>\n  kept\n</textarea>'], ['<textarea>\n  kept\n</textarea>']],
    // A <pre> that spans an interpolation is kept on both sides of it.
    [['<pre>\n  ', '\n  </pre>\n  <b>\n', '</b>'], ['<pre>\n  ', '\n  </pre> <b> ', '</b>']],
    [['<PRE class="x">\n a</PRE>\n'], ['<PRE class="x">\n a</PRE> ']],
  ]) {
    assert.deepEqual(minifyHtmlParts(input), expected, JSON.stringify(input));
  }
});

test('the rollup step: the kit’s own modules only, templates found by the TypeScript parser', () => {
  const source = [
    "const s = css`\n  .list * .item { content: 'a, b: c'; }\n`;",
    'const t = html`<ul>\n  ${items.map((i) => html`<li>\n  ${i}\n</li>`)}\n</ul>`;',
    "const u = 'not a template: html`\n  x\n`';",
  ].join('\n');
  const { code } = minifyTemplates.transform(source, '/repo/src/x.ts');
  assert.equal(
    code,
    [
      'const s = css`.list * .item{content:"a, b: c"}`;',
      'const t = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;',
      "const u = 'not a template: html`\n  x\n`';",
    ].join('\n'),
  );
  assert.equal(minifyTemplates.transform(source, '/repo/node_modules/lit/x.js'), null);
});

test('css`` the minifier cannot read fails the build rather than shipping it changed', () => {
  assert.throws(() => minifyCss('..a { color: red }'), /Expected identifier in class selector/);
  const context = { error: (message) => { throw new Error(message); } };
  assert.throws(() => minifyTemplates.transform.call(context, 'const s = css`.a { color: ${c}; }`;', '/repo/src/x.ts'), /cannot be minified safely/);
});
