import * as z from 'zod/mini';
/** The fields a facility may show, require or hide; `name` and `consent` are always required. */
export declare const optionalFields: readonly ["phone", "email", "contactMethod", "bestTime", "forWhom", "program", "insurance", "telehealth", "message"];
export type OptionalField = (typeof optionalFields)[number];
export type FieldName = 'name' | OptionalField | 'consent';
export type Presence = 'required' | 'optional' | 'hidden';
/**
 * Shown by default: what admissions needs to call back. The rest is asked for only when the
 * facility turns it on in `fields` (`program` appears by itself once `programs` is set).
 */
export declare const shownByDefault: readonly FieldName[];
/** `<iop-appointment-form>`: each key is an attribute (kebab-case) and a property. */
export declare const appointmentFormShape: import("../shared/validate.js").LazyShape<{
    endpoint: z.ZodMiniString<string>;
    format: z.ZodMiniEnum<{
        form: "form";
        json: "json";
    }>;
    fields: z.ZodMiniObject<{
        email: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        message: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        phone: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        telehealth: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        program: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        contactMethod: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        bestTime: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        forWhom: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        insurance: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
    }, z.core.$strict>;
    programs: z.ZodMiniArray<z.ZodMiniString<string>>;
    phone: z.ZodMiniString<string>;
    privacyUrl: z.ZodMiniString<string>;
    minFillSeconds: z.ZodMiniNumber<number>;
    timeout: z.ZodMiniNumber<number>;
    retryDelays: z.ZodMiniArray<z.ZodMiniNumber<number>>;
    responseTime: z.ZodMiniString<string>;
    heading: z.ZodMiniString<string>;
    name: z.ZodMiniString<string>;
}>;
