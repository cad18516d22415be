// Lit's templates reach the bundle as written, indentation and all. This rollup plugin minifies them
// where a template language's own rules make it safe, and is tested on its own
// (tests/minify-templates.test.mjs):
//   css``: a real CSS minifier (lightningcss) for the supported browsers, so selectors, strings and
//          values keep their meaning (`.list * .item`, `content: 'a, b: c'`);
//   html`` and svg``: each run of whitespace that holds a line break becomes one space (HTML
//          renders both alike), except inside <pre> and <textarea>, whose text is kept as written.
// The TypeScript parser finds the templates, so a nested template or a backtick in a string is safe.
import { transform } from 'lightningcss';
import ts from 'typescript';

/** The supported browsers (README, "Supported browsers"), in lightningcss's encoding (major << 16 | minor << 8). */
const version = (major, minor = 0) => (major << 16) | (minor << 8);
export const CSS_TARGETS = { safari: version(16, 4), ios_saf: version(16, 4), firefox: version(140), chrome: version(120), edge: version(120) };

/** A css`` template with no `${}` in it, minified. */
export function minifyCss(text, where = 'css``') {
  const { code, warnings } = transform({ filename: where, code: Buffer.from(text), minify: true, targets: CSS_TARGETS, errorRecovery: false });
  if (warnings.length) throw new Error(`${where}: ${warnings.map((warning) => warning.message).join('; ')}`);
  return code.toString();
}

const RAW = /<(\/?)(pre|textarea)\b[^>]*>/gi;

/**
 * The pieces of one html`` template (the text between its `${}`), minified. Whitespace inside
 * <pre> and <textarea> is kept, also when the element spans pieces.
 */
export function minifyHtmlParts(parts) {
  let raw = 0; // depth of <pre>/<textarea> open at the start of the piece
  return parts.map((part) => {
    let out = '';
    let at = 0;
    for (const match of part.matchAll(RAW)) {
      const text = part.slice(at, match.index);
      out += raw > 0 ? text : text.replace(/\s*\n\s*/g, ' ');
      out += match[0];
      raw = Math.max(0, raw + (match[1] ? -1 : 1));
      at = match.index + match[0].length;
    }
    const rest = part.slice(at);
    return out + (raw > 0 ? rest : rest.replace(/\s*\n\s*/g, ' '));
  });
}

/** The rollup plugin: minifies css``, html`` and svg`` in the kit's own modules (src/). */
export const minifyTemplates = {
  name: 'minify-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/]/.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
    const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const edits = [];
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
        const { template } = node;
        const pieces = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
        const ranges = pieces.map((piece) => {
          const start = piece.getStart(file) + 1; // after ` or }
          const end = piece.getEnd() - (ts.isTemplateTail(piece) || ts.isNoSubstitutionTemplateLiteral(piece) ? 1 : 2); // before ` or ${
          return [start, end];
        });
        if (node.tag.text === 'css') {
          // The kit's styles are static: an interpolation would need a placeholder the minifier keeps.
          if (ranges.length > 1) this.error(`${id}: css\`\` with \${} cannot be minified safely; write it out or extend scripts/minify-templates.mjs`);
          const [[start, end]] = ranges;
          const line = file.getLineAndCharacterOfPosition(start).line + 1;
          const raw = code.slice(start, end);
          // The source text is the template's raw text: without a backslash it is also the CSS.
          if (raw.includes('\\')) this.error(`${id}:${line}: css\`\` with a backslash; decode the template's escapes in scripts/minify-templates.mjs first`);
          const css = minifyCss(raw, `${id}:${line}`);
          edits.push([start, end, css.replace(/[\\`]|\$\{/g, (c) => `\\${c}`)]);
        } else {
          const minified = minifyHtmlParts(ranges.map(([start, end]) => code.slice(start, end)));
          ranges.forEach(([start, end], i) => edits.push([start, end, minified[i]]));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
    return { code, map: null };
  },
};
