import * as z from 'zod/mini';
declare const addressSchema: () => z.ZodMiniObject<{
    street: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    city: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    region: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    postalCode: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    country: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
}, z.core.$strict>;
export type Address = z.output<ReturnType<typeof addressSchema>>;
/** How a program may be paid for besides a carrier the facility names (SPEC.md, `<iop-insurance>`). */
export declare const payments: readonly ["medicaid", "medicare", "tricare", "self-pay", "payment-plan", "sliding-scale"];
export type Payment = (typeof payments)[number];
/** An insurance company or plan the facility is in network with: a name, or `{ name, note }`. */
declare const carrierSchema: () => z.ZodMiniUnion<readonly [z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>, z.ZodMiniObject<{
    name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    note: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
}, z.core.$strict>]>;
export type Carrier = z.output<ReturnType<typeof carrierSchema>>;
declare const admissionsHoursSchema: () => z.ZodMiniUnion<readonly [z.ZodMiniLiteral<"24/7">, z.ZodMiniObject<{
    mon: z.ZodMiniOptional<z.ZodMiniString<string>>;
    tue: z.ZodMiniOptional<z.ZodMiniString<string>>;
    wed: z.ZodMiniOptional<z.ZodMiniString<string>>;
    thu: z.ZodMiniOptional<z.ZodMiniString<string>>;
    fri: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sat: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sun: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>]>;
export type AdmissionsHours = z.output<ReturnType<typeof admissionsHoursSchema>>;
/**
 * `<iop-facility>`: each key is an attribute of the same name (kebab-case) and a property. It lives
 * in shared/ because every element reads the facility through its context.
 */
export declare const facilityShape: import("./validate.js").LazyShape<{
    name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    phone: z.ZodMiniString<string>;
    email: z.ZodMiniString<string>;
    url: z.ZodMiniString<string>;
    address: z.ZodMiniObject<{
        street: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        city: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        region: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        postalCode: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
        country: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    }, z.core.$strict>;
    timezone: z.ZodMiniString<string>;
    endpoint: z.ZodMiniString<string>;
    admissionsHours: z.ZodMiniUnion<readonly [z.ZodMiniLiteral<"24/7">, z.ZodMiniObject<{
        mon: z.ZodMiniOptional<z.ZodMiniString<string>>;
        tue: z.ZodMiniOptional<z.ZodMiniString<string>>;
        wed: z.ZodMiniOptional<z.ZodMiniString<string>>;
        thu: z.ZodMiniOptional<z.ZodMiniString<string>>;
        fri: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sat: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sun: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>]>;
    carriers: z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>, z.ZodMiniObject<{
        name: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
        note: z.ZodMiniOptional<z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>>;
    }, z.core.$strict>]>>;
    accepts: z.ZodMiniArray<z.ZodMiniEnum<{
        medicaid: "medicaid";
        medicare: "medicare";
        tricare: "tricare";
        "self-pay": "self-pay";
        "payment-plan": "payment-plan";
        "sliding-scale": "sliding-scale";
    }>>;
}>;
export {};
