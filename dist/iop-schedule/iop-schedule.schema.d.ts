import * as z from 'zod/mini';
export declare const days: readonly ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
export type Day = (typeof days)[number];
/** Minutes since midnight of an `HH:MM` time. */
export declare const minutes: (time: string) => number;
declare const sessionSchema: () => z.ZodMiniObject<{
    day: z.ZodMiniEnum<{
        mon: "mon";
        tue: "tue";
        wed: "wed";
        thu: "thu";
        fri: "fri";
        sat: "sat";
        sun: "sun";
    }>;
    start: z.ZodMiniString<string>;
    end: z.ZodMiniString<string>;
}, z.core.$strict>;
export type Session = z.output<ReturnType<typeof sessionSchema>>;
declare const trackSchema: () => z.ZodMiniObject<{
    name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    sessions: z.ZodMiniArray<z.ZodMiniObject<{
        day: z.ZodMiniEnum<{
            mon: "mon";
            tue: "tue";
            wed: "wed";
            thu: "thu";
            fri: "fri";
            sat: "sat";
            sun: "sun";
        }>;
        start: z.ZodMiniString<string>;
        end: z.ZodMiniString<string>;
    }, z.core.$strict>>;
    telehealth: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    note: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
}, z.core.$strict>;
export type Track = z.output<ReturnType<typeof trackSchema>>;
/** `<iop-schedule>`: each key is an attribute (kebab-case) and a property; `now` is a property only. */
export declare const scheduleShape: import("../shared/validate.js").LazyShape<{
    tracks: z.ZodMiniArray<z.ZodMiniObject<{
        name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
        sessions: z.ZodMiniArray<z.ZodMiniObject<{
            day: z.ZodMiniEnum<{
                mon: "mon";
                tue: "tue";
                wed: "wed";
                thu: "thu";
                fri: "fri";
                sat: "sat";
                sun: "sun";
            }>;
            start: z.ZodMiniString<string>;
            end: z.ZodMiniString<string>;
        }, z.core.$strict>>;
        telehealth: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        note: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    }, z.core.$strict>>;
    weeks: z.ZodMiniString<string>;
    timezone: z.ZodMiniString<string>;
    heading: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    now: z.ZodMiniCustom<Date, Date>;
}>;
export {};
