/**
 * Schema pieces every element's configuration is made of. Nothing here imports Lit, so schemas
 * can be tested and turned into JSON Schema without a DOM. A rule's `params.key` names the
 * localized message (see `commonText`), so the schemas stay free of language.
 */
import * as z from 'zod/mini';
/** Check params that point the message at a `commonText` key, with values for its placeholders. */
export declare const rule: (key: string, values?: Record<string, unknown>) => {
    params: {
        key: string;
    };
};
/** A string rule by pattern, with its message named by `key`. */
export declare const matches: (pattern: RegExp, key: string) => z.core.$ZodCheck<string>;
export declare const setTextLang: (lang: string) => undefined;
/** Text-or-per-language unions (one message for both, validate.ts) and their objects (the JSON Schema build names their keys). */
export declare const perLanguage: WeakSet<object>;
export declare const LANG_KEY: RegExp;
export declare const text: () => z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
export declare const nonEmptyText: () => z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
/** http, https, tel, mailto or relative; resolving first defeats `java\tscript:` and friends. */
export declare function isSafeUrl(value: string): boolean;
/**
 * Where form data may go: https, or http on this machine for development. Resolved against the
 * page's real base first, so `//host/x` or a relative path on an http page is cleartext and refused.
 */
export declare function isEndpointUrl(value: string): boolean;
export declare const safeUrl: () => z.ZodMiniString<string>;
export declare const endpointUrl: () => z.ZodMiniString<string>;
/** Digits a phone number dials, with a leading `+` kept. */
export declare const dialable: (phone: string) => string;
/**
 * The one phone rule, for a facility's number and a visitor's alike: one a caller anywhere can
 * dial back, so 10 to 15 digits (a US area code is required: 10-digit dialing is the norm since
 * 988), or `+`, a country code and 8 to 15 digits. Separators allowed; checked in linear time.
 */
export declare const isPhone: (value: string) => boolean;
/** The one email rule: one `@`, a dot in the domain with 2+ characters after it; linear, no backtracking. */
export declare const isEmail: (value: string) => boolean;
export declare const phoneNumber: () => z.ZodMiniString<string>;
export declare const email: () => z.ZodMiniString<string>;
/**
 * Whether `Intl` knows the zone. The canonical list answers most names without making a date
 * formatter (the first on a page costs ~30 ms of locale data, which a page with no schedule
 * need not pay); an alias such as `US/Eastern` still asks a formatter.
 */
export declare function isTimeZone(value: string): boolean;
export declare const timeZone: () => z.ZodMiniString<string>;
/** An array whose items must differ in `keyOf`; each repeat is reported at its own index. */
export declare function uniqueBy<T>(keyOf: (item: T) => string, field?: string): z.core.$ZodCheck<T[]>;
