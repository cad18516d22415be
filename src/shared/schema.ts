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

export const text = z.string();
export const nonEmptyText = z.string().check(z.refine((value) => value.trim() !== '', rule('expectedNonEmpty')));

const LINK_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];

/** http, https, tel, mailto or relative; resolving first defeats `java\tscript:` and friends. */
export function isSafeUrl(value: string): boolean {
  try {
    return LINK_PROTOCOLS.includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/** Where form data may go: https, relative, or http on this machine for development. */
export function isEndpointUrl(value: string): boolean {
  try {
    const url = new URL(value, 'https://relative.invalid/');
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname));
  } catch {
    return false;
  }
}

export const safeUrl = z.string().check(z.refine(isSafeUrl, rule('unsafeUrl')));
export const endpointUrl = z.string().check(z.refine(isEndpointUrl, rule('badEndpoint')));

/** Digits a phone number dials, with a leading `+` kept. */
export const dialable = (phone: string): string => phone.replace(/(?!^\+)[^\d]/g, '');

export const phoneNumber = z.string().check(
  z.refine((v) => /^\+?[\d\s().-]+$/.test(v.trim()) && /^\+?\d{7,15}$/.test(dialable(v.trim())), rule('badPhone')),
);

export const email = z.string().check(matches(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'badEmail'));

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export const timeZone = z.string().check(z.refine(isTimeZone, rule('badTimezone')));

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
