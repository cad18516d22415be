/** The built-in languages. Anything else falls back to English. */
export type Lang = 'en' | 'es';
/** A table of visible text, one entry per built-in language; Spanish must define every English key. */
export type TextTable<K extends string = string> = {
    en: Record<K, string>;
    es: Record<K, string>;
};
/**
 * The language of an element: its own `lang`, else the nearest ancestor's, crossing shadow roots
 * so an element inside another component still follows the page.
 */
export declare function resolveLang(el: Element): {
    lang: Lang;
    locale: string;
    text: string;
};
/**
 * The built-in language and the `Intl` locale for a language tag as CMSs write them (`es_MX`,
 * `EN`, `en-US`). A tag `Intl` refuses (`en-`) keeps its language if that part is valid, and
 * otherwise falls back to English: a language tag never throws. `text` is the page's own language
 * (`fr` too), which picks a facility's text given per language.
 */
export declare function langOf(tag: string): {
    lang: Lang;
    locale: string;
    text: string;
};
/** A value per built-in language (0 English, 1 Spanish), made on first read and kept: no page pays for a language it does not show. */
export declare function perLang<T>(make: (lang: 0 | 1) => T): Record<Lang, T>;
export declare function intl<T>(Make: new (locale: string, options?: object) => T, locale: string, options?: object): T;
/** A weekday's name, Monday = 0 (2024-01-01 was a Monday). */
export declare const weekdayName: (locale: string, index: number) => string;
/**
 * A zone's name at `at` ("Central Time", "CT"). CLDR's Spanish says "hora central"; Mexican and US
 * Spanish readers say "hora del centro".
 */
export declare const zoneName: (locale: string, timeZone: string, at: number, timeZoneName?: "longGeneric" | "shortGeneric") => string;
/**
 * Splits a text around its `{name}` placeholders and puts the values in their place, so a value
 * can be a link or any template: `parts('Call {phone}.', { phone: html`<a …>` })`. Lit renders the array.
 */
export declare const parts: <V>(template: string, values: Record<string, V>) => (string | V)[];
/** Fills `{name}` placeholders with text; a missing value leaves the placeholder out. */
export declare const fmt: (template: string, values: Record<string, string | number>) => string;
declare const en: {
    configError: string;
    configDetails: string;
    fromScript: string;
    invalidJson: string;
    expectedText: string;
    perLanguage: string;
    langKey: string;
    expectedNonEmpty: string;
    expectedNumber: string;
    expectedBoolean: string;
    expectedList: string;
    expectedObject: string;
    expectedOneOf: string;
    expectedAtLeast: string;
    expectedAtMost: string;
    expectedItems: string;
    unknownKey: string;
    badFormat: string;
    unsafeUrl: string;
    badEndpoint: string;
    badPhone: string;
    badEmail: string;
    badTimezone: string;
    badHours: string;
    duplicate: string;
    rangeOrder: string;
    needOne: string;
    unreadable: string;
    moreIssues: string;
};
/** Text every element shares, overridable through `strings` like the element's own. */
export declare const commonText: {
    en: {
        configError: string;
        configDetails: string;
        fromScript: string;
        invalidJson: string;
        expectedText: string;
        perLanguage: string;
        langKey: string;
        expectedNonEmpty: string;
        expectedNumber: string;
        expectedBoolean: string;
        expectedList: string;
        expectedObject: string;
        expectedOneOf: string;
        expectedAtLeast: string;
        expectedAtMost: string;
        expectedItems: string;
        unknownKey: string;
        badFormat: string;
        unsafeUrl: string;
        badEndpoint: string;
        badPhone: string;
        badEmail: string;
        badTimezone: string;
        badHours: string;
        duplicate: string;
        rangeOrder: string;
        needOne: string;
        unreadable: string;
        moreIssues: string;
    };
    es: Record<"expectedNonEmpty" | "unsafeUrl" | "badEndpoint" | "badPhone" | "badEmail" | "badTimezone" | "configError" | "configDetails" | "fromScript" | "invalidJson" | "expectedText" | "perLanguage" | "langKey" | "expectedNumber" | "expectedBoolean" | "expectedList" | "expectedObject" | "expectedOneOf" | "expectedAtLeast" | "expectedAtMost" | "expectedItems" | "unknownKey" | "badFormat" | "badHours" | "duplicate" | "rangeOrder" | "needOne" | "unreadable" | "moreIssues", string>;
};
export type CommonText = Record<keyof typeof en, string>;
export {};
