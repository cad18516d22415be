import type { Lang } from '../shared/i18n.js';
import type { Therapy } from './iop-therapy-list.schema.js';
declare const en: {
    heading: string;
    core: string;
    'evidence-based': string;
    experiential: string;
    support: string;
    medical: string;
    individual: string;
    group: string;
    family: string;
    telehealth: string;
    search: string;
    category: string;
    format: string;
    allCategories: string;
    allFormats: string;
    count: string;
    empty: string;
    reset: string;
    showMore: string;
    more: string;
    learnMore: string;
};
/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export declare const therapyListText: {
    en: typeof en;
    es: Record<keyof typeof en, string>;
};
export declare const defaultTherapies: Record<Lang, Therapy[]>;
export {};
