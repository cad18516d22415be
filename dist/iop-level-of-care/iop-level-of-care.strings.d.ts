import { type Lang } from '../shared/i18n.js';
import type { Level } from './iop-level-of-care.schema.js';
declare const en: {
    heading: string;
    intro: string;
    details: string;
    thisProgram: string;
    offeredHere: string;
    notOffered: string;
    hoursRange: string;
    hoursExactly: string;
    hoursUnder: string;
    hoursOrMore: string;
    hours24: string;
    settingHome: string;
    settingResidence: string;
    settingHospital: string;
    lengthLabel: string;
    suitsLabel: string;
    tableCaption: string;
    colLevel: string;
    colHours: string;
    colSetting: string;
    colSupervision: string;
    colLength: string;
    colHere: string;
    scrollHint: string;
    notApplicable: string;
    assessment: string;
    callNamed: string;
    call: string;
    badLevelCode: string;
    unknownLevel: string;
};
/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export declare const levelOfCareText: {
    en: typeof en;
    es: Record<keyof typeof en, string>;
};
/** The continuum of care as the ASAM Criteria (3rd edition) number it; see DOMAIN.md. */
export declare const defaultLevels: Record<Lang, Level[]>;
export {};
