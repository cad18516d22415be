import { type CommonText, type TextTable } from './i18n.js';
import type { ConfigIssue } from './events.js';
import { type ConfigOf, type RawIssue, type Shape } from './validate.js';
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
export declare const MAX_ISSUES = 20;
/**
 * Resolves each key from the first source whose value passes: the element's own value, then the
 * script child's, then the facility's, then the default (the key is left out). A bad value is
 * reported and falls through, for that key alone; a list with bad items keeps its good ones.
 */
export declare function configure<S extends Shape, K extends string>(shape: S, table: TextTable<K>, 
/** The element's language tag (`es-MX`, `fr`): its built-in text, and the entry of text given per language. */
tag: string, 
/** The element's own values (attribute or property) by key, `strings` included. */
own: Record<string, unknown>, 
/** The script child's parsed JSON (a `JsonSyntaxError` when it did not parse); undefined if none. */
script?: unknown, 
/** The enclosing facility's validated values. */
facility?: Record<string, unknown>, 
/** Rules across keys; a key it flags falls through to its next source like any other bad value. */
check?: (config: ConfigOf<S>, t: Texts<K>) => RawIssue[], 
/** The value of a key no source gives a good one for (see `lazy`). */
defaults?: Record<string, unknown>): Configured<S, K>;
