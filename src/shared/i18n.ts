/** The built-in languages. Anything else falls back to English. */
export type Lang = 'en' | 'es';

/** A table of visible text, one entry per built-in language; Spanish must define every English key. */
export type TextTable<K extends string = string> = { en: Record<K, string>; es: Record<K, string> };

/**
 * The language of an element: its own `lang`, else the nearest ancestor's, crossing shadow roots
 * so an element inside another component still follows the page.
 */
export function resolveLang(el: Element): { lang: Lang; locale: string; text: string } {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const tag = node instanceof Element ? node.getAttribute('lang') : null;
    if (tag) return langOf(tag);
  }
  return { lang: 'en', locale: 'en-US', text: 'en' };
}

/** A tag in canonical form (`es_MX` -> `es-MX`, `EN` -> `en`), or undefined where `Intl` refuses it. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The built-in language and the `Intl` locale for a language tag as CMSs write them (`es_MX`,
 * `EN`, `en-US`). A tag `Intl` refuses (`en-`) keeps its language if that part is valid, and
 * otherwise falls back to English: a language tag never throws. `text` is the page's own language
 * (`fr` too), which picks a facility's text given per language.
 */
export function langOf(tag: string): { lang: Lang; locale: string; text: string } {
  const written = tag.trim().replace(/_/g, '-');
  const locale = canonical(written) ?? canonical(written.split('-')[0]) ?? 'en';
  const text = locale.split('-')[0].toLowerCase();
  const lang: Lang = text === 'es' ? 'es' : 'en';
  // Keep the visitor's region for Intl (es-MX, en-GB) when the language is one we ship.
  return { lang, locale: text === lang ? locale : lang, text };
}

/** A value per built-in language (0 English, 1 Spanish), made on first read and kept: no page pays for a language it does not show. */
export function perLang<T>(make: (lang: 0 | 1) => T): Record<Lang, T> {
  let en: T | undefined;
  let es: T | undefined;
  return {
    get en() {
      return (en ??= make(0));
    },
    get es() {
      return (es ??= make(1));
    },
  };
}

/**
 * An `Intl` formatter, made once per kind, locale and options and then shared by every element:
 * making one costs far more than using it (the first on a page loads the locale data).
 */
const made = new Map<string, unknown>();
export function intl<T>(Make: new (locale: string, options?: object) => T, locale: string, options: object = {}): T {
  // Names then values: four times cheaper than entries (the schedule asks per session drawn), and
  // not JSON.stringify, to which a page's Object.prototype.toJSON would give every options object one key.
  const key = `${Make.name} ${locale} ${Object.keys(options)} ${Object.values(options)}`;
  if (!made.has(key)) made.set(key, new Make(locale, options));
  return made.get(key) as T;
}

/** A weekday's name, Monday = 0 (2024-01-01 was a Monday). */
export const weekdayName = (locale: string, index: number) => intl(Intl.DateTimeFormat, locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));

/**
 * A zone's name at `at` ("Central Time", "CT"). CLDR's Spanish says "hora central"; Mexican and US
 * Spanish readers say "hora del centro".
 */
export const zoneName = (locale: string, timeZone: string, at: number, timeZoneName: 'longGeneric' | 'shortGeneric' = 'longGeneric') =>
  intl(Intl.DateTimeFormat, locale, { timeZone, timeZoneName }).formatToParts(at).find((p) => p.type === 'timeZoneName')!.value.replace('hora central', 'hora del centro');

/**
 * Splits a text around its `{name}` placeholders and puts the values in their place, so a value
 * can be a link or any template: `parts('Call {phone}.', { phone: html`<a …>` })`. Lit renders the array.
 */
export const parts = <V>(template: string, values: Record<string, V>): (string | V)[] =>
  template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (values[piece] ?? '') : piece));

/** Fills `{name}` placeholders with text; a missing value leaves the placeholder out. */
export const fmt = (template: string, values: Record<string, string | number>): string => parts(template, values).join('');

const en = {
  // What a visitor reads; the technical detail below it is for the webmaster.
  configError: 'Part of this section is set up incorrectly.',
  configDetails: 'Technical details',
  fromScript: 'in the <script> config',
  invalidJson: 'is not valid JSON ({detail})',
  expectedText: 'expected text',
  perLanguage: 'expected text, or text per language: {"en": "…", "es": "…"}',
  langKey: '"{value}" is not a language code (en, es)',
  expectedNonEmpty: 'expected a non-empty string',
  expectedNumber: 'expected a number',
  expectedBoolean: 'expected true or false',
  expectedList: 'expected a JSON array',
  expectedObject: 'expected a JSON object',
  expectedOneOf: 'expected one of {values}',
  expectedAtLeast: 'expected at least {min}',
  expectedAtMost: 'expected at most {max}',
  expectedItems: 'expected at least {min} item(s)',
  unknownKey: 'unknown key "{key}"; known keys: {known}',
  badFormat: 'is not in the expected format',
  unsafeUrl: 'only http:, https:, tel:, mailto: and relative links are allowed',
  badEndpoint: 'expected an https: URL, or a relative one on an https: page',
  badPhone: 'expected a phone number with its area code (10 to 15 digits), or + and the country code',
  badEmail: 'expected an email address',
  badTimezone: 'expected an IANA time zone such as America/Chicago',
  badHours: 'expected "24/7" or hours such as "08:00-20:00"',
  duplicate: 'duplicate value "{value}"',
  rangeOrder: 'min must not be greater than max',
  needOne: 'needs at least one of {keys}',
  unreadable: 'could not be read ({detail})',
  moreIssues: 'and {count} more',
};

// Typed by the English keys: a missing or misspelt Spanish key is a compile error.
const es: Record<keyof typeof en, string> = {
  configError: 'Parte de esta sección está mal configurada.',
  configDetails: 'Detalles técnicos',
  fromScript: 'en la configuración <script>',
  invalidJson: 'no es un JSON válido ({detail})',
  expectedText: 'se esperaba un texto',
  perLanguage: 'se esperaba un texto, o un texto por idioma: {"en": "…", "es": "…"}',
  langKey: '«{value}» no es un código de idioma (en, es)',
  expectedNonEmpty: 'se esperaba un texto no vacío',
  expectedNumber: 'se esperaba un número',
  expectedBoolean: 'se esperaba true o false',
  expectedList: 'se esperaba un arreglo JSON',
  expectedObject: 'se esperaba un objeto JSON',
  expectedOneOf: 'se esperaba uno de estos valores: {values}',
  expectedAtLeast: 'se esperaba {min} como mínimo',
  expectedAtMost: 'se esperaba {max} como máximo',
  expectedItems: 'se esperaba al menos {min} elemento(s)',
  unknownKey: 'la clave «{key}» no existe; claves válidas: {known}',
  badFormat: 'no tiene el formato esperado',
  unsafeUrl: 'solo se admiten enlaces http:, https:, tel:, mailto: y relativos',
  badEndpoint: 'se esperaba una URL https:, o una relativa en una página https:',
  badPhone: 'se esperaba un número de teléfono con su código de área (de 10 a 15 dígitos), o + y el código de país',
  badEmail: 'se esperaba una dirección de correo electrónico',
  badTimezone: 'se esperaba una zona horaria IANA, como America/Chicago',
  badHours: 'se esperaba "24/7" o un horario como "08:00-20:00"',
  duplicate: 'el valor «{value}» está repetido',
  rangeOrder: 'min no puede ser mayor que max',
  needOne: 'hace falta al menos uno de estos campos: {keys}',
  unreadable: 'no se pudo leer ({detail})',
  moreIssues: 'y {count} más',
};

/** Text every element shares, overridable through `strings` like the element's own. */
export const commonText = { en, es } satisfies TextTable;

export type CommonText = Record<keyof typeof en, string>;
