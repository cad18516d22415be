import * as z from 'zod/mini';
export declare const categories: readonly ["core", "evidence-based", "experiential", "support", "medical"];
export declare const formats: readonly ["individual", "group", "family"];
declare const therapySchema: () => z.ZodMiniObject<{
    name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    description: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    category: z.ZodMiniEnum<{
        core: "core";
        "evidence-based": "evidence-based";
        experiential: "experiential";
        support: "support";
        medical: "medical";
    }>;
    formats: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniEnum<{
        individual: "individual";
        group: "group";
        family: "family";
    }>>>;
    telehealth: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    url: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export type Therapy = z.output<ReturnType<typeof therapySchema>>;
/** `<iop-therapy-list>`: each key is an attribute (kebab-case) and a property. */
export declare const therapyListShape: import("../shared/validate.js").LazyShape<{
    therapies: z.ZodMiniArray<z.ZodMiniObject<{
        name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
        description: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        category: z.ZodMiniEnum<{
            core: "core";
            "evidence-based": "evidence-based";
            experiential: "experiential";
            support: "support";
            medical: "medical";
        }>;
        formats: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniEnum<{
            individual: "individual";
            group: "group";
            family: "family";
        }>>>;
        telehealth: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        url: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>>;
    filterable: z.ZodMiniBoolean<boolean>;
    layout: z.ZodMiniEnum<{
        grid: "grid";
        list: "list";
    }>;
    heading: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
}>;
export {};
