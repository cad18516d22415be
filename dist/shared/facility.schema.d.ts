import * as z from 'zod/mini';
declare const addressSchema: () => z.ZodMiniObject<{
    street: z.ZodMiniOptional<z.ZodMiniString<string>>;
    city: z.ZodMiniOptional<z.ZodMiniString<string>>;
    region: z.ZodMiniOptional<z.ZodMiniString<string>>;
    postalCode: z.ZodMiniOptional<z.ZodMiniString<string>>;
    country: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strict>;
export type Address = z.output<ReturnType<typeof addressSchema>>;
/**
 * `<iop-facility>`: each key is an attribute of the same name (kebab-case) and a property. It lives
 * in shared/ because every element reads the facility through its context.
 */
export declare const facilityShape: import("./validate.js").LazyShape<{
    name: z.ZodMiniString<string>;
    phone: z.ZodMiniString<string>;
    email: z.ZodMiniString<string>;
    url: z.ZodMiniString<string>;
    address: z.ZodMiniObject<{
        street: z.ZodMiniOptional<z.ZodMiniString<string>>;
        city: z.ZodMiniOptional<z.ZodMiniString<string>>;
        region: z.ZodMiniOptional<z.ZodMiniString<string>>;
        postalCode: z.ZodMiniOptional<z.ZodMiniString<string>>;
        country: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strict>;
    timezone: z.ZodMiniString<string>;
    endpoint: z.ZodMiniString<string>;
}>;
export {};
