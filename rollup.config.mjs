import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build, transform, transformSync } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve as resolvePath } from 'node:path';
import { minifyTemplates } from './scripts/minify-templates.mjs';

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
      import { text, perLanguage, LANG_KEY } from './src/shared/schema.ts';
      // Text per language: an object whose keys are language codes and whose values are text.
      const override = ({ zodSchema, jsonSchema }) => {
        if (perLanguage.has(zodSchema) && jsonSchema.type === 'object') Object.assign(jsonSchema, { propertyNames: { pattern: LANG_KEY.source }, minProperties: 1 });
      };
      ${imports.join('\n')}
      // A key of a custom type (a Date) is a property only, never JSON: it has no place in a JSON Schema.
      // heading-level is every element's (IopElement adds it to each shape), the facility's excepted.
      const headingLevel = z.optional(z.union([z.enum(['2', '3', '4', '5', '6']), z.number().check(z.int(), z.minimum(2), z.maximum(6))]));
      const config = (shape, tag) => z.strictObject({
        ...Object.fromEntries(Object.entries(shape).filter(([, schema]) => schema._zod.def.type !== 'custom').map(([key, schema]) => [key, z.optional(schema)])),
        ...(tag === 'iop-facility' ? {} : { headingLevel }),
        strings: z.optional(z.record(z.string(), text())),
      });
      const shapes = { ${elements.map(({ tag, shape }) => `'${tag}': ${shape}`).join(', ')} };
      // Each key's default (see lazy() in src/shared/validate.ts), where editors and CMS forms read it.
      export default (tag) => {
        const schema = z.toJSONSchema(config(shapes[tag](), tag), { io: 'input', override });
        for (const [key, value] of Object.entries(shapes[tag].defaults ?? {})) schema.properties[key].default = value;
        return schema;
      };`;
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
 * TypeScript to JavaScript (and, for the shipped build, dist/*.d.ts) by @rollup/plugin-typescript,
 * without a type check of its own (`noCheck`): `npm run typecheck` checks src/ and tests/ once,
 * and `npm test` runs it before the build. A test bundle (tests/configure.test.mjs) writes no
 * declarations.
 */
const compileTs = ({ declarations }) =>
  typescript({ tsconfig: './tsconfig.json', noCheck: true, noEmitOnError: true, ...(declarations ? { outDir: 'dist' } : { declaration: false, outDir: undefined }) });

/**
 * zod 4.6.7 walks objects with `for...in` and no own-property check: `members()` in
 * zod/v4/core/util.js (an enumerable property a page put on Object.prototype, as old libraries
 * still do, reaches `Object.getOwnPropertyDescriptor(...).get` as undefined and throws while the
 * kit's schemas are built, so no element gets defined), and the unknown-key checks of objects and
 * records in schemas.js (which then report the page's property as an unknown key of every item).
 * Upstream bug, in the newest zod (4.6.7): zod's own catch-all fix kept `for...in` and left the
 * inherited keys to a separate advisory (https://github.com/colinhacks/zod/pull/5898); no release
 * checks own keys yet. This adds the own-property check to every
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

/**
 * Every step that turns the source into what ships, in order; the node tests that check modules as
 * pure functions (tests/configure.test.mjs) bundle them through the same steps.
 */
export const shippingPlugins = ({ declarations = false } = {}) => [
  resolve({ browser: true }),
  guardZodForIn,
  guardLitPolicy,
  compileTs({ declarations }),
  // css`` through a real CSS minifier, html`` whitespace outside <pre> and <textarea> (tested:
  // tests/minify-templates.test.mjs).
  minifyTemplates,
  // Three passes (14 B). No "unsafe" rewrites, no kept-argument dropping and no renaming of Lit's
  // properties: each saved under 0.3 % and changed what the code does in some case (`String(x)`
  // becoming `x+""` throws for a Symbol), so what ships is what the source says.
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3 },
    format: { comments: false },
  }),
];

export function onwarn(warning, warn) {
  if ((warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') && fromZod(warning)) return;
  warn(warning);
}

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/iop-widgets.js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [...shippingPlugins({ declarations: true }), jsonSchemas],
  onwarn,
};
