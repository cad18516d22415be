/**
 * Validation in one place: every configuration value goes through its zod schema here, and every
 * failure becomes a `ConfigIssue` with a localized message and a path rooted at the attribute.
 */
import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { type CommonText } from './i18n.js';
import { JsonSyntaxError } from './json-attribute.js';
export type Shape = Record<string, z.ZodMiniType>;
/**
 * An element's shape, as `lazy` makes it: the same object on every call; `defaults` holds the value
 * a key takes when no source gives a good one (language-free values only: a heading or a catalogue
 * in the page's language stays with the element). The JSON Schemas carry them as `default`.
 */
export type LazyShape<S extends Shape = Shape> = (() => S) & {
    defaults?: Record<string, unknown>;
};
/**
 * An element's shape from one factory per key: each key's schema is built the first time it is
 * read, and kept. Constructing zod schemas is script time; a page pays for the keys its elements
 * are given a value for, and a page that uses no element pays nothing.
 */
export declare function lazy<F extends Record<string, () => z.ZodMiniType>>(factories: F, defaults?: {
    [K in keyof F]?: z.output<ReturnType<F[K]>>;
}): LazyShape<{
    [K in keyof F]: ReturnType<F[K]>;
}>;
/** A resolved configuration: every key optional, since a bad or missing value falls back to its default. */
export type ConfigOf<S extends Shape | LazyShape> = S extends LazyShape<infer T> ? {
    [K in keyof T]?: z.output<T[K]>;
} : {
    [K in keyof S]?: S[K] extends z.ZodMiniType ? z.output<S[K]> : never;
};
/** An issue before formatting: the configuration key at fault and the path inside its value. */
export interface RawIssue {
    key: string;
    path: PropertyKey[];
    message: string;
}
/** Our own messages for zod's issues, in the element's language. */
export declare function message(issue: core.$ZodRawIssue, t: CommonText): string;
export declare const jsonMessage: (error: JsonSyntaxError, t: CommonText) => string;
/** A value that could not even be read (a getter or proxy that throws): a bad value like any other. */
export declare class Unreadable {
    readonly error: unknown;
    constructor(error: unknown);
}
/** Reads `key` of `target`, turning a throw into an `Unreadable` value. */
export declare function readSafely(target: object, key: string): unknown;
/**
 * Parses one configuration value. A JSON attribute that did not parse is an issue of its own, and
 * so is a value whose reading throws (a getter, a proxy), here or while zod walks it: never thrown.
 */
export declare function parseValue<T extends z.ZodMiniType>(key: string, schema: T, value: unknown, t: CommonText): {
    ok: true;
    value: z.output<T>;
} | {
    ok: false;
    issues: RawIssue[];
};
/** `therapies[2].name`: the attribute's name, then each step into its value. */
export declare const formatPath: (key: string, path: readonly PropertyKey[], asAttribute: boolean) => string;
