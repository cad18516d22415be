/**
 * Validation in one place: every configuration value goes through its zod schema here, and every
 * failure becomes a `ConfigIssue` with a localized message and a path rooted at the attribute.
 */
import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { fmt, type CommonText } from './i18n.js';
import { JsonSyntaxError } from './json-attribute.js';
import { perLanguage } from './schema.js';

// Before any parse. zod/mini's object parser never compiles code, but full zod's probes `new Function`
// at its first object parse, a CSP violation on strict pages; this keeps a switch to it safe.
z.config({ jitless: true });

export type Shape = Record<string, z.ZodMiniType>;
/**
 * An element's shape, as `lazy` makes it: the same object on every call; `defaults` holds the value
 * a key takes when no source gives a good one (language-free values only: a heading or a catalogue
 * in the page's language stays with the element). The JSON Schemas carry them as `default`.
 */
export type LazyShape<S extends Shape = Shape> = (() => S) & { defaults?: Record<string, unknown> };
/**
 * An element's shape from one factory per key: each key's schema is built the first time it is
 * read, and kept. Constructing zod schemas is script time; a page pays for the keys its elements
 * are given a value for, and a page that uses no element pays nothing.
 */
export function lazy<F extends Record<string, () => z.ZodMiniType>>(
  factories: F,
  defaults?: { [K in keyof F]?: z.output<ReturnType<F[K]>> },
): LazyShape<{ [K in keyof F]: ReturnType<F[K]> }> {
  let shape: { [K in keyof F]: ReturnType<F[K]> } | undefined;
  return Object.assign(() => {
    if (shape) return shape;
    shape = {} as { [K in keyof F]: ReturnType<F[K]> };
    for (const key of Object.keys(factories)) {
      let made: z.ZodMiniType | undefined;
      Object.defineProperty(shape, key, { enumerable: true, get: () => (made ??= factories[key]()) });
    }
    return shape;
  }, { defaults });
}
/** A resolved configuration: every key optional, since a bad or missing value falls back to its default. */
export type ConfigOf<S extends Shape | LazyShape> = S extends LazyShape<infer T> ? { [K in keyof T]?: z.output<T[K]> } : { [K in keyof S]?: S[K] extends z.ZodMiniType ? z.output<S[K]> : never };

/** An issue before formatting: the configuration key at fault and the path inside its value. */
export interface RawIssue {
  key: string;
  path: PropertyKey[];
  message: string;
}

const TYPE_TEXT: Record<string, keyof CommonText> = {
  string: 'expectedText',
  number: 'expectedNumber',
  boolean: 'expectedBoolean',
  array: 'expectedList',
  object: 'expectedObject',
};

const quote = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

/** What one failed branch of a union wanted, for "expected one of …". */
function wanted(issue: core.$ZodIssue | undefined, t: CommonText): string {
  if (issue?.code === 'invalid_value') return quote(issue.values.map((v) => JSON.stringify(v)));
  if (issue?.code === 'invalid_type') return t[TYPE_TEXT[issue.expected] ?? 'badFormat'].replace(/^\S+ /, '');
  return '…';
}

/** Our own messages for zod's issues, in the element's language. */
export function message(issue: core.$ZodRawIssue, t: CommonText): string {
  const params = (issue as { params?: Record<string, string> }).params;
  if (params?.key && params.key in t) return fmt(t[params.key as keyof CommonText], params);
  switch (issue.code) {
    case 'invalid_type':
      return t[TYPE_TEXT[issue.expected] ?? 'badFormat'];
    case 'invalid_value':
      return fmt(t.expectedOneOf, { values: quote(issue.values) });
    case 'too_small':
      if (issue.origin === 'string') return t.expectedNonEmpty;
      return fmt(issue.origin === 'array' ? t.expectedItems : t.expectedAtLeast, { min: Number(issue.minimum) });
    case 'too_big':
      return fmt(t.expectedAtMost, { max: Number(issue.maximum) });
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
      return fmt(t.unknownKey, { key: issue.keys.join('", "'), known: Object.keys(shape ?? {}).join(', ') });
    }
    case 'invalid_union': {
      if (perLanguage.has(issue.inst as object)) return t.perLanguage;
      // The one branch whose shape the value has (`{ name, note }` with a stray key; not a type or a literal it missed) says what is wrong
      // with it; a type mismatch, or text per language handed an object meant for another branch, does not.
      const options = (issue.inst as { _zod?: { def?: { options?: object[] } } } | undefined)?._zod?.def?.options ?? [];
      const matched = issue.errors.flatMap(([first], i) =>
        first && first.code !== 'invalid_type' && first.code !== 'invalid_value' && !perLanguage.has(options[i] ?? {}) && (first as { params?: { key?: string } }).params?.key !== 'langKey'
          ? [{ ...first, inst: options[i] } as core.$ZodRawIssue]
          : [],
      );
      if (matched.length === 1) return (matched[0].path?.length ? `${matched[0].path.join('.')}: ` : '') + message(matched[0], t);
      return fmt(t.expectedOneOf, { values: issue.errors.map((branch) => wanted(branch[0], t)).join(', ') });
    }
    default:
      return t.badFormat;
  }
}

export const jsonMessage = (error: JsonSyntaxError, t: CommonText) => fmt(t.invalidJson, { detail: error.detail });

/** A value that could not even be read (a getter or proxy that throws): a bad value like any other. */
export class Unreadable {
  constructor(readonly error: unknown) {}
}

/** Reads `key` of `target`, turning a throw into an `Unreadable` value. */
export function readSafely(target: object, key: string): unknown {
  try {
    return (target as Record<string, unknown>)[key];
  } catch (error) {
    return new Unreadable(error);
  }
}

/**
 * Parses one configuration value. A JSON attribute that did not parse is an issue of its own, and
 * so is a value whose reading throws (a getter, a proxy), here or while zod walks it: never thrown.
 */
export function parseValue<T extends z.ZodMiniType>(
  key: string,
  schema: T,
  value: unknown,
  t: CommonText,
): { ok: true; value: z.output<T> } | { ok: false; issues: RawIssue[] } {
  try {
    if (value instanceof JsonSyntaxError) return { ok: false, issues: [{ key, path: [], message: jsonMessage(value, t) }] };
    if (value instanceof Unreadable) throw value.error;
    const result = schema.safeParse(value, { error: (issue) => message(issue, t) });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: result.error.issues.map((issue) => ({ key, path: issue.path, message: issue.message })) };
  } catch (error) {
    return { ok: false, issues: [{ key, path: [], message: fmt(t.unreadable, { detail: String((error as Error)?.message ?? error) }) }] };
  }
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `therapies[2].name`: the attribute's name, then each step into its value. */
export const formatPath = (key: string, path: readonly PropertyKey[], asAttribute: boolean): string =>
  (asAttribute ? kebab(key) : key) +
  path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`)).join('');
