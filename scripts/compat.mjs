// `npm run compat`: the built bundle against the supported browsers (README, "Supported browsers"),
// from MDN's browser-compat-data. Every web or JavaScript API the bundle names is looked up, and one
// that a supported browser lacks must be feature-tested where it is used (`typeof X.y`, `X.y ? :`,
// `X.y && …`, `'y' in X`, `X.y?.()`), or the check fails naming it, the browsers and the place.
//   - `G.p(...)`, `new G.p`, `G.p.q` and `new G` where G is a global the bundle does not declare
//     (`AbortSignal.any`, `crypto.randomUUID`: globals such as `navigator` and `crypto` are read as
//     their interfaces); a bare read of `G.p` only gives undefined, so it is a test, not a use;
//   - `x.p(...)` on any object, for a method name that only newer browsers have on the JavaScript
//     built-ins that have it (`toSorted`, `findLast`): the type is unknown, so each such name is
//     reported. (Newer methods of web interfaces called on an instance, `el.checkVisibility()`, are
//     not seen: their names are too often an object's own. The engine runs and tests cover those.)
// What the data cannot say (a secure context, an engine bug) is for the tests that delete an API.
import { parse } from 'acorn';
import { ancestor } from 'acorn-walk';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The oldest version of each supported browser (README): Safari and iOS 16.4, Firefox ESR, Chrome and Edge of the last three years. */
export const TARGETS = { safari: '16.4', safari_ios: '16.4', firefox: '140', chrome: '120', edge: '120' };

/** Globals that are an instance of an interface: `navigator.x` is looked up as `Navigator.x`. */
const INSTANCES = { navigator: 'Navigator', crypto: 'Crypto', document: 'Document', window: 'Window', self: 'Window', globalThis: 'Window', customElements: 'CustomElementRegistry', performance: 'Performance', location: 'Location', history: 'History', console: 'console', screen: 'Screen' };

/** Method names too common to say anything when the object's type is unknown (they exist, old, on many types). */
const COMMON = new Set(['get', 'set', 'has', 'add', 'delete', 'clear', 'keys', 'values', 'entries', 'forEach', 'map', 'filter', 'find', 'some', 'every', 'includes', 'indexOf', 'join', 'push', 'pop', 'slice', 'splice', 'concat', 'reduce', 'sort', 'replace', 'split', 'trim', 'test', 'exec', 'call', 'apply', 'bind', 'then', 'catch', 'finally', 'next', 'toString', 'valueOf', 'format', 'item', 'open', 'close', 'send', 'abort', 'start', 'stop', 'append', 'remove', 'focus', 'blur', 'click', 'select', 'resolve', 'reject', 'parse', 'stringify', 'from', 'of', 'assign', 'create', 'write', 'read', 'update', 'play', 'pause', 'load', 'observe', 'disconnect', 'contains', 'matches', 'closest', 'toggle', 'replaceWith', 'before', 'after', 'prepend']);

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data');

const cmp = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** The supported browsers that lack the feature (an entry with flags, a prefix or another name does not count). */
export function lacking(compat) {
  const missing = [];
  for (const [browser, minimum] of Object.entries(TARGETS)) {
    const entries = [compat.support[browser]].flat().filter((entry) => entry && !entry.flags && !entry.prefix && !entry.alternative_name);
    if (entries.length === 0 || compat.support[browser] === undefined) continue; // no data: nothing to say
    const ok = entries.some(({ version_added: added, version_removed: removed, partial_implementation: partial }) => {
      if (typeof added !== 'string' || added === 'preview' || partial) return false;
      return cmp(added.replace(/^≤/, ''), minimum) <= 0 && !(typeof removed === 'string' && cmp(removed.replace(/^≤/, ''), minimum) <= 0);
    });
    if (!ok && entries.some(({ version_added: added }) => added !== null)) missing.push(`${browser} ${minimum}`);
  }
  return missing;
}

const feature = (owner, name) => {
  const node = bcd.api[owner] ?? bcd.javascript.builtins[owner];
  if (!node) return undefined;
  const hit = name === undefined ? node : node[`${name}_static`] ?? node[name] ?? node.prototype?.[name];
  return hit?.__compat ? { path: name === undefined ? owner : `${owner}.${name}`, compat: hit.__compat } : undefined;
};

/** Method names that only newer browsers have, on every interface or built-in that has them, with where. */
function newerMethodNames() {
  const names = new Map();
  const everywhere = new Set(); // names some type has in every supported browser: `x.name()` may be that one
  const visit = (owner, node) => {
    for (const [key, child] of Object.entries(node)) {
      if (key === '__compat' || !child?.__compat || key.endsWith('_event') || key.endsWith('_static') || !/^[a-z]\w+$/.test(key) || COMMON.has(key)) continue;
      if (lacking(child.__compat).length) names.set(key, [...(names.get(key) ?? []), `${owner}.${key}`]);
      else everywhere.add(key);
    }
  };
  // JavaScript's built-ins only: web interfaces share too many short names (`run`, `clone`) with
  // any object's own methods to say anything from a name alone.
  for (const [owner, node] of Object.entries(bcd.javascript.builtins)) visit(owner, node);
  for (const name of everywhere) names.delete(name);
  return names;
}

const memberName = (node) => (node.computed ? (node.property.type === 'Literal' ? String(node.property.value) : undefined) : node.property.name);

/** Is this use under a feature test of the same thing? */
function guarded(node, ancestors, text) {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const parent = ancestors[i];
    const child = ancestors[i + 1];
    if (parent.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
    if (parent.type === 'ChainExpression' || (child.optional ?? false)) return true;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test === child) return true;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== child && text(parent.test).includes(text(node))) return true;
    if (parent.type === 'LogicalExpression' && parent.right === child && text(parent.left).includes(text(node))) return true;
    if (parent.type === 'LogicalExpression' && parent.left === child) return true;
  }
  return false;
}

/** The findings for one bundle's code: `{ api, lacking, at }` for each unguarded use of something a target lacks. */
export function check(code) {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const text = (node) => code.slice(node.start, node.end);
  const declared = new Set();
  ancestor(ast, {
    VariableDeclarator: (node) => node.id.type === 'Identifier' && declared.add(node.id.name),
    FunctionDeclaration: (node) => node.id && declared.add(node.id.name),
    ClassDeclaration: (node) => node.id && declared.add(node.id.name),
    ImportSpecifier: (node) => declared.add(node.local.name),
    Function: (node) => node.params.forEach((param) => param.type === 'Identifier' && declared.add(param.name)),
  });
  const newer = newerMethodNames();
  const findings = new Map();
  const report = (api, missing, node, ancestors) => {
    if (!missing.length || guarded(node, ancestors, text)) return;
    const at = `${node.loc.start.line}:${node.loc.start.column}`;
    findings.set(`${api} ${at}`, { api, lacking: missing, at, code: text(node).slice(0, 60) });
  };
  // A guard anywhere in the bundle (`'any' in AbortSignal`, `typeof AbortSignal.any`) covers that API's uses.
  const tested = new Set();
  ancestor(ast, {
    BinaryExpression(node) {
      if (node.operator === 'in' && node.left.type === 'Literal' && node.right.type === 'Identifier') tested.add(`${node.right.name}.${node.left.value}`);
    },
    UnaryExpression(node) {
      if (node.operator === 'typeof') tested.add(text(node.argument));
    },
  });
  ancestor(ast, {
    MemberExpression(node, _state, ancestors) {
      const name = memberName(node);
      if (name === undefined) return;
      const parent = ancestors.at(-2);
      if (node.object.type === 'Identifier' && !declared.has(node.object.name)) {
        const owner = INSTANCES[node.object.name] ?? node.object.name;
        const found = feature(owner, name);
        // Reading a missing property gives undefined; calling it, constructing it or reading into it throws.
        const used = (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === node ? true : parent?.type === 'MemberExpression' && parent.object === node;
        if (found && used && !tested.has(`${node.object.name}.${name}`)) report(`${node.object.name}.${name}`, lacking(found.compat), node, ancestors);
        if (found) return;
      }
      if (parent?.type === 'CallExpression' && parent.callee === node && newer.has(name) && !tested.has(text(node))) {
        report(`.${name}() (${newer.get(name).slice(0, 3).join(', ')}${newer.get(name).length > 3 ? ', …' : ''})`, ['some of the supported browsers'], node, ancestors);
      }
    },
    NewExpression(node, _state, ancestors) {
      if (node.callee.type !== 'Identifier' || declared.has(node.callee.name)) return;
      const found = feature(node.callee.name);
      if (found && !tested.has(node.callee.name)) report(`new ${node.callee.name}`, lacking(found.compat), node, ancestors);
    },
  });
  return [...findings.values()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? fileURLToPath(new URL('../dist/iop-widgets.js', import.meta.url));
  const findings = check(readFileSync(file, 'utf8'));
  const targets = Object.entries(TARGETS).map(([browser, version]) => `${browser} ${version}`).join(', ');
  if (findings.length === 0) {
    console.log(`compat: ${file} uses nothing that ${targets} lack, or tests for it first`);
  } else {
    for (const { api, lacking: missing, at, code } of findings) console.error(`compat: ${api} at ${at} (${code}): not in ${missing.join(', ')}; test for it before using it`);
    console.error(`compat: ${findings.length} use(s) of APIs the supported browsers (${targets}) lack`);
    process.exitCode = 1;
  }
}
