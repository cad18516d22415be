/**
 * Schema pieces every element's configuration is made of. Nothing here imports Lit, so schemas
 * can be tested and turned into JSON Schema without a DOM. A rule's `params.key` names the
 * localized message (see `commonText`), so the schemas stay free of language.
 */
import * as z from 'zod/mini';

/** Check params that point the message at a `commonText` key, with values for its placeholders. */
export const rule = (key: string, values: Record<string, unknown> = {}) => ({ params: { key, ...values } });

/** A string rule by pattern, with its message named by `key`. */
export const matches = (pattern: RegExp, key: string) => z.refine<string>((value) => pattern.test(value), rule(key));

// The schema pieces below are factories, called inside an element's lazy shape (see `lazy` in
// validate.ts): nothing zod builds is constructed when the module is imported.

/** The language text given per language resolves to; configure() sets it before its synchronous parses. */
let textLang = 'en';
export const setTextLang = (lang: string) => void (textLang = lang);

/** Its language's entry (`es` also for `es-MX`), else English, else the first. */
function inLang(value: Record<string, string>): string {
  const keys = Object.keys(value);
  const find = (lang: string) => keys.find((key) => key.split(/[-_]/)[0].toLowerCase() === lang);
  return value[find(textLang) ?? find('en') ?? keys[0]];
}

/** Text-or-per-language unions (one message for both, validate.ts) and their objects (the JSON Schema build names their keys). */
export const perLanguage = new WeakSet<object>();

export const LANG_KEY = /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/;

/**
 * Text a facility writes: one string, or one per language (`{"en": "Evening", "es": "Tarde"}`),
 * resolved here to the element's language, so render code only ever gets a string. Built from
 * pieces the kit already ships (an object with a catch-all, a check that rewrites the value)
 * rather than zod's record and pipe, 1.2 kB more.
 */
const written = (entry: () => z.ZodMiniType<string>) => {
  const byLang = z.catchall(z.object({}), entry());
  perLanguage.add(byLang);
  const either = z.union([entry(), byLang]).check(
    z.superRefine((value, ctx) => {
      if (typeof value === 'string') return;
      const keys = Object.keys(value);
      if (!keys.length) ctx.addIssue({ code: 'custom', input: value, params: { key: 'perLanguage' } });
      for (const key of keys) if (!LANG_KEY.test(key)) ctx.addIssue({ code: 'custom', input: value, path: [key], params: { key: 'langKey', value: key } });
    }),
    z.overwrite((value) => (typeof value === 'string' ? value : inLang(value))),
  );
  perLanguage.add(either);
  return either as unknown as z.ZodMiniType<string>;
};
export const text = () => written(z.string);
export const nonEmptyText = () => written(() => z.string().check(z.refine((value) => value.trim() !== '', rule('expectedNonEmpty'))));

const LINK_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];

/** http, https, tel, mailto or relative; resolving first defeats `java\tscript:` and friends. */
export function isSafeUrl(value: string): boolean {
  try {
    return LINK_PROTOCOLS.includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/**
 * Where form data may go: https, or http on this machine for development. Resolved against the
 * page's real base first, so `//host/x` or a relative path on an http page is cleartext and refused.
 */
export function isEndpointUrl(value: string): boolean {
  try {
    const url = new URL(value, globalThis.document?.baseURI ?? 'https://relative.invalid/');
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname));
  } catch {
    return false;
  }
}

export const safeUrl = () => z.string().check(z.refine(isSafeUrl, rule('unsafeUrl')));
export const endpointUrl = () => z.string().check(z.refine(isEndpointUrl, rule('badEndpoint')));

/** Digits a phone number dials, with a leading `+` kept. */
export const dialable = (phone: string): string => phone.replace(/(?!^\+)[^\d]/g, '');

/**
 * The one phone rule, for a facility's number and a visitor's alike: one a caller anywhere can
 * dial back, so 10 to 15 digits (a US area code is required: 10-digit dialing is the norm since
 * 988), or `+`, a country code and 8 to 15 digits. Separators allowed; checked in linear time.
 */
export const isPhone = (value: string): boolean => {
  const digits = dialable(value);
  return /^\+?[\d\s().-]+$/.test(value) && /^(\+\d{8}|\d{10})/.test(digits) && digits.replace('+', '').length <= 15;
};

/** The one email rule: one `@`, a dot in the domain with 2+ characters after it; linear, no backtracking. */
export const isEmail = (value: string): boolean => {
  const at = value.indexOf('@');
  const dot = value.lastIndexOf('.');
  return at > 0 && at === value.lastIndexOf('@') && dot > at + 1 && dot < value.length - 2 && !/\s/.test(value);
};

export const phoneNumber = () => z.string().check(z.refine((v) => isPhone(v.trim()), rule('badPhone')));
export const email = () => z.string().check(z.refine(isEmail, rule('badEmail')));

let zones: Set<string> | undefined;
/**
 * Whether `Intl` knows the zone. The canonical list answers most names without making a date
 * formatter (the first on a page costs ~30 ms of locale data, which a page with no schedule
 * need not pay); an alias such as `US/Eastern` still asks a formatter.
 */
export function isTimeZone(value: string): boolean {
  if ((zones ??= new Set(Intl.supportedValuesOf?.('timeZone'))).has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value }); // '' throws too
    return true;
  } catch {
    return false;
  }
}

export const timeZone = () => z.string().check(z.refine(isTimeZone, rule('badTimezone')));

/** An array whose items must differ in `keyOf`; each repeat is reported at its own index. */
export function uniqueBy<T>(keyOf: (item: T) => string, field?: string) {
  return z.superRefine<T[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', input: item, path: field ? [index, field] : [index], params: { key: 'duplicate', value: key } });
      }
      seen.add(key);
    });
  });
}
