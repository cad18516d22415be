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
};
/**
 * Splits a text around its `{name}` placeholders and puts the values in their place, so a value
 * can be a link or any template: `parts('Call {phone}.', { phone: html`<a …>` })`. Lit renders the array.
 */
export declare const parts: <V>(template: string, values: Record<string, V>) => (string | V)[];
/** Fills `{name}` placeholders with text; a missing value leaves the placeholder out. */
export declare const fmt: (template: string, values: Record<string, string | number>) => string;
/** Text every element shares, overridable through `strings` like the element's own. */
export declare const commonText: {
    en: {
        configError: string;
        fromScript: string;
        invalidJson: string;
        expectedText: string;
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
        duplicate: string;
        rangeOrder: string;
        needOne: string;
    };
    es: {
        configError: string;
        fromScript: string;
        invalidJson: string;
        expectedText: string;
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
        duplicate: string;
        rangeOrder: string;
        needOne: string;
    };
};
export type CommonText = (typeof commonText)['en'];
