import * as z from 'zod/mini';
declare const levelSchema: () => z.ZodMiniObject<{
    code: z.ZodMiniString<string>;
    name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    summary: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    hoursPerWeek: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniLiteral<"24h">, z.ZodMiniObject<{
        min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    }, z.core.$strict>]>>;
    setting: z.ZodMiniOptional<z.ZodMiniEnum<{
        home: "home";
        residence: "residence";
        hospital: "hospital";
    }>>;
    supervision: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    duration: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    suitableFor: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>>;
}, z.core.$strict>;
export type Level = z.output<ReturnType<typeof levelSchema>>;
/** `<iop-level-of-care>`: each key is an attribute (kebab-case) and a property. */
export declare const levelOfCareShape: import("../shared/validate.js").LazyShape<{
    levels: z.ZodMiniArray<z.ZodMiniObject<{
        code: z.ZodMiniString<string>;
        name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
        summary: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        hoursPerWeek: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniLiteral<"24h">, z.ZodMiniObject<{
            min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        }, z.core.$strict>]>>;
        setting: z.ZodMiniOptional<z.ZodMiniEnum<{
            home: "home";
            residence: "residence";
            hospital: "hospital";
        }>>;
        supervision: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        duration: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        suitableFor: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>>;
    }, z.core.$strict>>;
    current: z.ZodMiniString<string>;
    offered: z.ZodMiniArray<z.ZodMiniString<string>>;
    view: z.ZodMiniEnum<{
        chart: "chart";
        table: "table";
    }>;
    heading: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    phone: z.ZodMiniString<string>;
}>;
export {};
