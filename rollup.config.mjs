import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build } from 'esbuild';
import ts from 'typescript';
import { mkdir, writeFile } from 'node:fs/promises';

// zod 4 ships comments rollup cannot place and one circular import between its own modules;
// both are harmless. Filter exactly those, from zod only, and let every other warning through.
const fromZod = (w) => [w.id, ...(w.ids ?? []), ...(w.cycle ?? [])].some((id) => id && /node_modules[\\/]zod[\\/]/.test(id));

/** Every element and its schema module; the JSON Schemas cover all of them. */
const elements = {
  'iop-facility': ['iop-facility', 'facilityShape', 'The facility, shared with the elements inside it.'],
  'iop-level-of-care': ['iop-level-of-care', 'levelOfCareShape', 'Where this program sits on the continuum of care.'],
  'iop-therapy-list': ['iop-therapy-list', 'therapyListShape', 'The therapies and services the program offers.'],
  'iop-schedule': ['iop-schedule', 'scheduleShape', 'When the program meets.'],
  'iop-appointment-form': ['iop-appointment-form', 'appointmentFormShape', 'A request for an appointment.'],
};

/**
 * Writes dist/schemas/<tag>.schema.json from the same zod schemas the elements validate with, so a
 * CMS plugin can validate settings and build its admin form. The keys are those of the script child
 * and the properties (camelCase); every key is optional, and `strings` overrides text.
 */
const jsonSchemas = {
  name: 'json-schemas',
  async writeBundle() {
    const imports = Object.entries(elements).map(([tag, [dir, shape]]) => `import { ${shape} } from './src/${dir}/${tag}.schema.ts';`);
    const contents = `import * as z from 'zod/mini';
      ${imports.join('\n')}
      const config = (shape) => z.strictObject({
        ...Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, z.optional(schema)])),
        strings: z.optional(z.record(z.string(), z.string())),
      });
      export default (tag) => z.toJSONSchema(config({ ${Object.entries(elements).map(([tag, [, shape]]) => `'${tag}': ${shape}`).join(', ')} }[tag]), { io: 'input' });`;
    const { outputFiles } = await build({ stdin: { contents, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
    const { default: toJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
    await mkdir('dist/schemas', { recursive: true });
    for (const [tag, [, , description]] of Object.entries(elements)) {
      const schema = { ...toJsonSchema(tag), title: `<${tag}> configuration`, description };
      await writeFile(`dist/schemas/${tag}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
    }
  },
};

/**
 * Lit's templates reach the bundle as written, indentation and all. Squeeze what neither CSS nor
 * HTML reads: in css`` every comment and the whitespace around braces, semicolons and commas or
 * after a colon; in html`` and svg`` each run of whitespace with a line break becomes one space.
 * The TypeScript parser finds the templates, so a nested template or a backtick in a string is safe.
 */
const squeezeTemplates = {
  name: 'squeeze-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/]/.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
    const squeeze = {
      css: (text) => text.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}'),
      html: (text) => text.replace(/\s*\n\s*/g, ' '),
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

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/iop-widgets.js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
    squeezeTemplates,
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    jsonSchemas,
  ],
  onwarn(warning, warn) {
    if ((warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') && fromZod(warning)) return;
    warn(warning);
  },
};
