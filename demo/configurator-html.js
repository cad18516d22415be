// @ts-check
/**
 * A small HTML reader for pasted snippets, and the escaping the snippet writer uses. It runs the
 * same in the page and in node (the round-trip tests), so what is tested is what the page does.
 * It reads what a snippet holds: elements, attributes (quoted, unquoted or bare), comments, and
 * the raw text of `<script>` and `<style>`; it is not a full HTML parser.
 */

/** @typedef {{ tag: string, attrs: [string, string][], children: Node[], text: string, parent?: Node }} Node */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', copy: '©', reg: '®' };

/** Decodes character references: numeric ones, and the named ones a snippet is likely to hold. */
export const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });

/** Parses `html` into a tree of elements (`tag` lower-case; text nodes have `tag` ''). */
export function parseHtml(html) {
  /** @type {Node} */
  const root = { tag: '#root', attrs: [], children: [], text: '' };
  let node = root;
  let i = 0;
  const text = (value) => value && node.children.push({ tag: '', attrs: [], children: [], text: decode(value), parent: node });
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = html.indexOf('>', lt) < 0 ? html.length : html.indexOf('>', lt) + 1;
      continue;
    }
    const close = /^<\/([a-zA-Z][\w-]*)\s*>/.exec(html.slice(lt));
    if (close) {
      const tag = close[1].toLowerCase();
      // Closes the nearest open element of that name; a stray end tag is ignored, as a browser does.
      for (let open = node; open !== root; open = /** @type {Node} */ (open.parent)) {
        if (open.tag === tag) {
          node = /** @type {Node} */ (open.parent);
          break;
        }
      }
      i = lt + close[0].length;
      continue;
    }
    const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(lt));
    if (!name) {
      text('<');
      i = lt + 1;
      continue;
    }
    /** @type {Node} */
    const el = { tag: name[1].toLowerCase(), attrs: [], children: [], text: '', parent: node };
    i = lt + name[0].length;
    const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/|\s+/y;
    for (;;) {
      attribute.lastIndex = i;
      if (html[i] === '>' || i >= html.length) break;
      const m = attribute.exec(html);
      if (!m || m[0] === '') {
        i += 1;
        continue;
      }
      i = attribute.lastIndex;
      if (m[1] && !el.attrs.some(([n]) => n === m[1].toLowerCase())) el.attrs.push([m[1].toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? '')]);
    }
    i += 1;
    node.children.push(el);
    if (RAW.has(el.tag)) {
      const end = html.toLowerCase().indexOf(`</${el.tag}`, i);
      const body = html.slice(i, end < 0 ? html.length : end);
      el.text = el.tag === 'script' || el.tag === 'style' ? body : decode(body);
      i = end < 0 ? html.length : html.indexOf('>', end) + 1;
    } else if (!VOID.has(el.tag)) {
      node = el;
    }
  }
  return root;
}

/** Every element under `node`, in document order. */
export function* elements(node) {
  for (const child of node.children) {
    if (!child.tag) continue;
    yield child;
    yield* elements(child);
  }
}

/** The value of attribute `name`, or null. */
export const attr = (node, name) => node.attrs.find(([n]) => n === name)?.[1] ?? null;

export const escapeAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeJsonAttr = (value) => value.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
/** An attribute as HTML: bare when empty, in single quotes when the value has double ones (JSON). */
export const attribute = (name, value) =>
  value === '' ? ` ${name}` : value.includes('"') ? ` ${name}='${escapeJsonAttr(value)}'` : ` ${name}="${escapeAttr(value)}"`;
