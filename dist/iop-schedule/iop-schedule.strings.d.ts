import { type Lang } from '../shared/i18n.js';
import type { Track } from './iop-schedule.schema.js';
declare const en: {
    heading: string;
    range: string;
    length: string;
    zone: string;
    zoneUnknown: string;
    yourZone: string;
    sessions_one: string;
    sessions_other: string;
    hoursWeek: string;
    hoursTotal: string;
    yourTime: string;
    telehealth: string;
    track: string;
    weekCaption: string;
    capped: string;
    badTime: string;
    endBeforeStart: string;
    overlap: string;
    badWeeks: string;
};
/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export declare const scheduleText: {
    en: typeof en;
    es: Record<keyof typeof en, string>;
};
/** A morning and an evening track of three three-hour sessions (DOMAIN.md: 9 to 12 hours a week). */
export declare const defaultTracks: Record<Lang, Track[]>;
export {};
