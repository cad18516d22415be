import * as z from 'zod/mini';
declare const levelSchema: () => z.ZodMiniObject<{
    code: z.ZodMiniString<string>;
    name: z.ZodMiniString<string>;
    summary: z.ZodMiniOptional<z.ZodMiniString<string>>;
    hoursPerWeek: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniLiteral<"24h">, z.ZodMiniObject<{
        min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    }, z.core.$strict>]>>;
    setting: z.ZodMiniOptional<z.ZodMiniEnum<{
        home: "home";
        residence: "residence";
        hospital: "hospital";
    }>>;
    supervision: z.ZodMiniOptional<z.ZodMiniString<string>>;
    duration: z.ZodMiniOptional<z.ZodMiniString<string>>;
    suitableFor: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
}, z.core.$strict>;
export type Level = z.output<ReturnType<typeof levelSchema>>;
/** `<iop-level-of-care>`: each key is an attribute (kebab-case) and a property. */
export declare const levelOfCareShape: import("../shared/validate.js").LazyShape<{
    levels: z.ZodMiniArray<z.ZodMiniObject<{
        code: z.ZodMiniString<string>;
        name: z.ZodMiniString<string>;
        summary: z.ZodMiniOptional<z.ZodMiniString<string>>;
        hoursPerWeek: z.ZodMiniOptional<z.ZodMiniUnion<readonly [z.ZodMiniLiteral<"24h">, z.ZodMiniObject<{
            min: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            max: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        }, z.core.$strict>]>>;
        setting: z.ZodMiniOptional<z.ZodMiniEnum<{
            home: "home";
            residence: "residence";
            hospital: "hospital";
        }>>;
        supervision: z.ZodMiniOptional<z.ZodMiniString<string>>;
        duration: z.ZodMiniOptional<z.ZodMiniString<string>>;
        suitableFor: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    }, z.core.$strict>>;
    current: z.ZodMiniString<string>;
    offered: z.ZodMiniArray<z.ZodMiniString<string>>;
    view: z.ZodMiniEnum<{
        table: "table";
        chart: "chart";
    }>;
    heading: z.ZodMiniString<string>;
    name: z.ZodMiniString<string>;
    phone: z.ZodMiniString<string>;
}>;
export {};
