/**
 * The one configuration path: from an element's own values, its script child and its facility to a
 * validated configuration, its text and the issues to report. Pure (no DOM, no Lit), so it is
 * tested in node (tests/configure.test.mjs); the base class only gathers the inputs.
 */
import * as z from 'zod/mini';
import { commonText, fmt, langOf, type CommonText, type TextTable } from './i18n.js';
import type { ConfigIssue } from './events.js';
import { JsonSyntaxError } from './json-attribute.js';
import { setTextLang, text } from './schema.js';
import { formatPath, parseValue, readSafely, Unreadable, type ConfigOf, type RawIssue, type Shape } from './validate.js';

/** An element's text: its own keys and the shared ones, after `strings` overrides. */
export type Texts<K extends string> = Record<K, string> & CommonText;

export interface Configured<S extends Shape, K extends string> {
  /** Each key's value from its first good source, else its default, else left out. */
  config: ConfigOf<S>;
  t: Texts<K>;
  /** What the notice lists, at most MAX_ISSUES and a count of the rest. */
  issues: ConfigIssue[];
  /** Keys given a value somewhere that no source got right: each is at its default (or left out). */
  rejected: string[];
}

/** At most this many issues are listed, then a count of the rest: 100,000 bad items must not make an 11 MB notice. */
export const MAX_ISSUES = 20;

// The sources of a value, in order of precedence; the default comes after the last.
const OWN = 0;
const SCRIPT = 1;
const LAST = 2;

/**
 * Resolves each key from the first source whose value passes: the element's own value, then the
 * script child's, then the facility's, then the default (the key is left out). A bad value is
 * reported and falls through, for that key alone; a list with bad items keeps its good ones.
 */
export function configure<S extends Shape, K extends string>(
  shape: S,
  table: TextTable<K>,
  /** The element's language tag (`es-MX`, `fr`): its built-in text, and the entry of text given per language. */
  tag: string,
  /** The element's own values (attribute or property) by key, `strings` included. */
  own: Record<string, unknown>,
  /** The script child's parsed JSON (a `JsonSyntaxError` when it did not parse); undefined if none. */
  script?: unknown,
  /** The enclosing facility's validated values. */
  facility: Record<string, unknown> = {},
  /** Rules across keys; a key it flags falls through to its next source like any other bad value. */
  check?: (config: ConfigOf<S>, t: Texts<K>) => RawIssue[],
  /** The value of a key no source gives a good one for (see `lazy`). */
  defaults: Record<string, unknown> = {},
): Configured<S, K> {
  const { lang, text: textLang } = langOf(tag);
  setTextLang(textLang);
  const issues: ConfigIssue[] = [];
  // Paths name the attribute (`privacy-url`), or the key in the script child, which says so.
  const report = (source: number, found: RawIssue[]) => {
    for (const { key, path, message } of found)
      issues.push({
        path: formatPath(key, path, source !== SCRIPT),
        message: source === SCRIPT && key !== 'script' ? `${message} (${t.fromScript})` : message,
      });
  };

  // Text first, so that every message below honours the overrides. Each text key falls through on
  // its own: the element's `strings`, then the script child's, then the built-in text.
  const t = { ...commonText[lang], ...table[lang] } as Texts<K>;
  const textKeys = Object.keys(t);
  const textFrom = (source: number, value: unknown) => {
    if (value === undefined) return {};
    const parsed = entriesOf('strings', value, textKeys, (stringsText ??= text()), t);
    report(source, parsed.issues);
    return parsed.value;
  };
  // The script child is parsed JSON: plain data, safe to read.
  Object.assign(t, textFrom(SCRIPT, isObject(script) ? (script as { strings?: unknown }).strings : undefined), textFrom(OWN, own.strings));

  const fromScript = script === undefined ? { value: {}, issues: [] } : entriesOf('script', script, [...Object.keys(shape), 'strings'], z.unknown(), t);
  report(SCRIPT, fromScript.issues);
  const sources: Record<string, unknown>[] = [own, fromScript.value, facility];

  const config: Record<string, unknown> = {};
  const chosen: Record<string, number> = {};
  /**
   * Sets `key` from the first good source at or after `from`; leaves it out (default) if none. A
   * list whose items were all bad falls through too, but if no later source has one, it stays an
   * empty list: a default list in its place would show visitors (say) a week the facility never wrote.
   */
  const pick = (key: string, from: number) => {
    delete config[key];
    delete chosen[key];
    for (let source = from; source <= LAST; source++) {
      const value = sources[source][key];
      if (value === undefined) continue;
      const parsed = parseValue(key, shape[key], value, t);
      if (!parsed.ok) report(source, parsed.issues);
      // A list with bad items keeps its good ones: one typo must not hide a facility's other
      // nineteen therapies, nor put up a default list the facility never wrote.
      const good = parsed.ok ? parsed.value : keepGood(value, parsed.issues, (items) => parseValue(key, shape[key], items, t));
      if (good === undefined) continue;
      const emptied = !parsed.ok && !(good as unknown[]).length;
      if (emptied && key in config) continue;
      config[key] = good;
      chosen[key] = source;
      if (!emptied) return;
    }
  };
  for (const key of Object.keys(shape)) pick(key, OWN);

  // Cross-key rules: a flagged list drops the flagged items, any other flagged key falls through.
  // Each round moves a key to a later source or drops items of a list, so this ends.
  for (let moved = !!check; moved; ) {
    const flagged = check!(config as ConfigOf<S>, t);
    moved = false;
    for (const key of new Set(flagged.map((issue) => issue.key))) {
      const found = flagged.filter((issue) => issue.key === key);
      report(chosen[key] ?? OWN, found);
      if (!(key in chosen)) continue;
      moved = true;
      const kept = keepGood(config[key], found, (items) => ({ ok: true, value: items }));
      if ((kept as unknown[] | undefined)?.length) config[key] = kept;
      else pick(key, chosen[key] + 1);
    }
  }

  // Decided before the list is cut: 25 bad tracks must not hide that the zone was given and refused.
  const rejected = Object.keys(shape).filter((key) => !(key in config) && sources.some((source) => source[key] !== undefined));
  for (const key of Object.keys(defaults)) if (!(key in config)) config[key] = structuredClone(defaults[key]);
  const more = issues.length - MAX_ISSUES;
  if (more > 0) issues.splice(MAX_ISSUES, more, { path: '', message: fmt(t.moreIssues, { count: more }) });
  return { config: config as ConfigOf<S>, t, issues, rejected };
}

let stringsText: ReturnType<typeof text> | undefined;

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The good items (maybe none) of a list whose only problems are in its items; undefined otherwise. */
function keepGood(value: unknown, issues: RawIssue[], reparse: (items: unknown[]) => ReturnType<typeof parseValue>): unknown {
  const bad = new Set(issues.map((issue) => issue.path[0]));
  if (!Array.isArray(value) || ![...bad].every((index) => typeof index === 'number')) return undefined;
  const kept = reparse(value.filter((_, index) => !bad.has(index)));
  return kept.ok ? kept.value : undefined;
}

/**
 * A JSON object whose keys must be among `known` (`strings`, the script child): each unknown key
 * and each bad value is reported on its own, and the good entries are kept.
 */
function entriesOf(key: string, value: unknown, known: string[], schema: z.ZodMiniType, t: CommonText): { value: Record<string, unknown>; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  const entries: Record<string, unknown> = {};
  let names: string[] = [];
  try {
    if (isObject(value)) names = Object.keys(value);
  } catch (error) {
    value = new Unreadable(error); // a proxy that refuses to list its keys
  }
  // Bad JSON, an unreadable value, a list or a scalar: parsed as an object, for the same messages.
  if (!isObject(value) || value instanceof JsonSyntaxError || value instanceof Unreadable) {
    const parsed = parseValue(key, z.object({}), value, t);
    return { value: entries, issues: parsed.ok ? [] : parsed.issues };
  }
  const list = names.map((name) => [name, readSafely(value as object, name)] as const);
  for (const [name, item] of list) {
    const parsed = known.includes(name) ? parseValue(key, schema, item, t) : undefined;
    if (parsed?.ok) entries[name] = parsed.value;
    else
      issues.push(
        ...(parsed?.issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })) ?? [
          { key, path: [], message: fmt(t.unknownKey, { key: name, known: known.join(', ') }) },
        ]),
      );
  }
  return { value: entries, issues };
}
