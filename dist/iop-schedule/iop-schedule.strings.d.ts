import type { Track } from './iop-schedule.schema.js';
/** Visible text, by key; any key can be overridden with the `strings` attribute. */
export declare const scheduleText: {
    en: {
        heading: string;
        length: string;
        zone: string;
        yourZone: string;
        sessions_one: string;
        sessions_other: string;
        hoursWeek: string;
        hoursTotal: string;
        yourTime: string;
        yourDayTime: string;
        telehealth: string;
        track: string;
        weekCaption: string;
        badTime: string;
        endBeforeStart: string;
        overlap: string;
        badWeeks: string;
    };
    es: {
        heading: string;
        length: string;
        zone: string;
        yourZone: string;
        sessions_one: string;
        sessions_other: string;
        hoursWeek: string;
        hoursTotal: string;
        yourTime: string;
        yourDayTime: string;
        telehealth: string;
        track: string;
        weekCaption: string;
        badTime: string;
        endBeforeStart: string;
        overlap: string;
        badWeeks: string;
    };
};
/** A morning and an evening track of three three-hour sessions (DOMAIN.md: 9 to 12 hours a week). */
export declare const defaultTracks: (lang: "en" | "es") => Track[];
