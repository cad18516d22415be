import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build, transformSync } from 'esbuild';
import ts from 'typescript';
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

// zod 4 ships comments rollup cannot place and one circular import between its own modules;
// both are harmless. Filter exactly those, from zod only, and let every other warning through.
const fromZod = (w) => [w.id, ...(w.ids ?? []), ...(w.cycle ?? [])].some((id) => id && /node_modules[\\/]zod[\\/]/.test(id));

/** Every element, from the one registry (src/elements.ts); the JSON Schemas cover all of them. */
const { elements, schemaModule } = await import(
  `data:text/javascript;base64,${Buffer.from(transformSync(readFileSync('src/elements.ts', 'utf8'), { loader: 'ts', format: 'esm' }).code).toString('base64')}`
);

/**
 * Writes dist/schemas/<tag>.schema.json from the same zod schemas the elements validate with, so a
 * CMS plugin can validate settings and build its admin form. The keys are those of the script child
 * and the properties (camelCase); every key is optional, and `strings` overrides text.
 */
const jsonSchemas = {
  name: 'json-schemas',
  async writeBundle() {
    const imports = elements.map(({ tag, shape }) => `import { ${shape} } from './${schemaModule(tag)}';`);
    const contents = `import * as z from 'zod/mini';
      ${imports.join('\n')}
      // heading-level is every element's (IopElement adds it to each shape), the facility's excepted.
      const headingLevel = z.optional(z.union([z.enum(['2', '3', '4', '5', '6']), z.number().check(z.int(), z.minimum(2), z.maximum(6))]));
      const config = (shape, tag) => z.strictObject({
        ...Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, z.optional(schema)])),
        ...(tag === 'iop-facility' ? {} : { headingLevel }),
        strings: z.optional(z.record(z.string(), z.string())),
      });
      export default (tag) => z.toJSONSchema(config({ ${elements.map(({ tag, shape }) => `'${tag}': ${shape}()`).join(', ')} }[tag], tag), { io: 'input' });`;
    const { outputFiles } = await build({ stdin: { contents, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
    const { default: toJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
    await mkdir('dist/schemas', { recursive: true });
    for (const { tag, description } of elements) {
      const schema = { ...toJsonSchema(tag), title: `<${tag}> configuration`, description };
      await writeFile(`dist/schemas/${tag}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
    }
  },
};

/**
 * Lit's templates reach the bundle as written, indentation and all. Squeeze what neither CSS nor
 * HTML reads: in css`` every comment and the whitespace around braces, semicolons and commas or
 * after a colon, a number's leading zero and the quotes of an attribute value that needs none;
 * in html`` and svg`` each run of whitespace with a line break becomes one space, and the quotes
 * of an attribute value that needs none go.
 * The TypeScript parser finds the templates, so a nested template or a backtick in a string is safe.
 */
/** Short names for the private custom properties every element's styles share (see squeezeTemplates). */
const shortTokens = { primary: 'p', text: 't', muted: 'm', surface: 's', border: 'b', danger: 'd', radius: 'r', space: 'g' };

const squeezeTemplates = {
  name: 'squeeze-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/]/.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
    const squeeze = {
      css: (text) =>
        text
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}')
          // 0.75 -> .75 (not after a digit, a dot, a letter or a hyphen: 10.5, a0.5, -0.5 stay);
          // `a * b` and `1 / 2` need no spaces (only + and - do in calc); nor does !important;
          // an attribute value that is an identifier needs no quotes ([part~=base]).
          .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
          .replace(/ ([*/]) /g, '$1')
          .replace(/ !important/g, '!important')
          // No spaces around a child combinator (> is never arithmetic in CSS).
          .replace(/ ?> (?=[\w.:[*])/g, '>')
          .replace(/=(['"])([a-zA-Z_][\w-]*)\1\]/g, '=$2]')
          // The private tokens (src/shared/styles.ts) get one-letter names; the public --iop-* stay.
          .replace(/--_([a-z]+)\b/g, (name, token) => (shortTokens[token] ? `--_${shortTokens[token]}` : name)),
      // An attribute value of letters, digits, _ and - needs no quotes (part=heading), inside a tag
      // opened in the same piece of the template only, so text between tags is never touched.
      html: (text) =>
        text
          .replace(/\s*\n\s*/g, ' ')
          .replace(/(\s[\w-]+)="([\w-]+)"(?=[\s>])/g, (attr, name, value, at, all) => (all.lastIndexOf('<', at) > all.lastIndexOf('>', at) ? `${name}=${value}` : attr)),
    };
    squeeze.svg = squeeze.html;
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const edits = [];
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && squeeze[node.tag.text]) {
        const { template } = node;
        const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          const start = part.getStart(file) + 1; // after ` or }
          const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2); // before ` or ${
          edits.push([start, end, squeeze[node.tag.text](code.slice(start, end))]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
    return { code, map: null };
  },
};

/**
 * zod 4.6.7 walks objects with `for...in` and no own-property check: `members()` in
 * zod/v4/core/util.js (an enumerable property a page put on Object.prototype, as old libraries
 * still do, reaches `Object.getOwnPropertyDescriptor(...).get` as undefined and throws while the
 * kit's schemas are built, so no element gets defined), and the unknown-key checks of objects and
 * records in schemas.js (which then report the page's property as an unknown key of every item).
 * Upstream bug, in the newest zod (4.6.7). This adds the own-property check to every
 * `for (const k in o)` loop of zod's core at build time. The build fails if `members()` no longer
 * matches, so a zod upgrade is looked at again rather than shipped unguarded.
 */
const FOR_IN = /for \(const (\w+) in (\w+)\) \{/g;
const guardZodForIn = {
  name: 'guard-zod-for-in',
  transform(code, id) {
    if (!/node_modules[\\/]zod[\\/]v4[\\/]core[\\/]\w+\.js$/.test(id)) return null;
    if (id.endsWith('util.js') && !code.includes('for (const key in table) {')) this.error('zod/v4/core/util.js: members() changed; check the Object.prototype guard (rollup.config.mjs)');
    return { code: code.replace(FOR_IN, (loop, key, object) => `${loop}\nif (!Object.prototype.hasOwnProperty.call(${object}, ${key})) continue;`), map: null };
  },
};

/**
 * lit-html creates its Trusted Types policy "lit-html" as its module loads. A site that allow-lists
 * the kit's policies by name (`trusted-types lit-html iop-widgets`, without 'allow-duplicates') and
 * includes the kit twice gets "Policy with name lit-html already exists" thrown, uncaught, from the
 * second copy. The copy that loads first defines and renders every element; the second only needs
 * to load quietly, so its failure to create the policy is caught (it then has none, and renders
 * nothing: its elements are never defined). The build fails if lit-html changes shape.
 */
const LIT_POLICY = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\):void 0/;
const guardLitPolicy = {
  name: 'guard-lit-policy',
  transform(code, id) {
    if (!/node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    if (!LIT_POLICY.test(code)) this.error('lit-html.js: its createPolicy call changed; check the Trusted Types guard (rollup.config.mjs)');
    return { code: code.replace(LIT_POLICY, '$1?(()=>{try{return $1.createPolicy("lit-html",$2)}catch{}})():void 0'), map: null };
  },
};

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/iop-widgets.js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    resolve({ browser: true }),
    guardZodForIn,
    guardLitPolicy,
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
    squeezeTemplates,
    // Three passes and the "unsafe" rewrites, each measured (gzip -9 of the bundle): passes 14 B,
    // unsafe 51 B (`new Error` -> `Error`, `String(x)` -> `x+""`: no Symbol reaches one),
    // unsafe_arrows 17 B (inlined IIFEs that never read `this`), keep_fargs 26 B (no code here
    // reads a function's `length`). Properties: only Lit's own internals are renamed, the names its
    // build already shortened to `_$` and one or two letters (`_$AH`, `_$Ei`), which only Lit's
    // code, all of it in this file, reads (67 B); never `_$litType$` and the other markers another
    // copy of Lit may read, nor any name of zod or of the kit, whose properties are public.
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3, unsafe: true, unsafe_arrows: true, keep_fargs: false },
      mangle: { properties: { regex: /^_\$[A-Z][A-Za-z]?$/ } },
      format: { comments: false },
    }),
    jsonSchemas,
  ],
  onwarn(warning, warn) {
    if ((warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') && fromZod(warning)) return;
    warn(warning);
  },
};
