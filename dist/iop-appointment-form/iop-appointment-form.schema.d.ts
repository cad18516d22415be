import * as z from 'zod/mini';
/** The fields a facility may show, require or hide; `name` and `consent` are always required. */
export declare const optionalFields: readonly ["forWhom", "phone", "email", "contactMethod", "leaveMessage", "bestTime", "program", "insurance", "memberId", "policyHolder", "telehealth", "message"];
export type OptionalField = (typeof optionalFields)[number];
export type FieldName = 'name' | OptionalField | 'consent';
export type Presence = 'required' | 'optional' | 'hidden';
/**
 * Shown by default: what admissions needs to call back, for whom first. The rest is asked for only
 * when the facility turns it on in `fields` (`program` appears by itself once `programs` is set,
 * `memberId` and `policyHolder` with `insurance`, `leaveMessage` only for a call or a text).
 */
export declare const shownByDefault: readonly FieldName[];
/** The coverage questions: off by default, turned on by `fields` or by `askInsurance()`. */
export declare const coverage: readonly FieldName[];
/** `<iop-appointment-form>`: each key is an attribute (kebab-case) and a property. */
export declare const appointmentFormShape: import("../shared/validate.js").LazyShape<{
    endpoint: z.ZodMiniString<string>;
    format: z.ZodMiniEnum<{
        json: "json";
        form: "form";
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
        forWhom: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        contactMethod: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        leaveMessage: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        bestTime: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        insurance: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        memberId: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
        policyHolder: z.ZodMiniOptional<z.ZodMiniEnum<{
            optional: "optional";
            required: "required";
            hidden: "hidden";
        }>>;
    }, z.core.$strict>;
    programs: z.ZodMiniArray<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    phone: z.ZodMiniString<string>;
    privacyUrl: z.ZodMiniString<string>;
    minFillSeconds: z.ZodMiniNumber<number>;
    timeout: z.ZodMiniNumber<number>;
    maxWait: z.ZodMiniNumber<number>;
    retryDelays: z.ZodMiniArray<z.ZodMiniNumber<number>>;
    responseTime: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    heading: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
}>;
