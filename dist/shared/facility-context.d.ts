import type * as z from 'zod/mini';
import type { addressSchema, facilityShape } from '../iop-facility/iop-facility.schema.js';
import type { ConfigOf } from './validate.js';
export type Address = z.infer<typeof addressSchema>;
/** What `<iop-facility>` shares with the elements inside it; only values that passed validation. */
export type Facility = ConfigOf<typeof facilityShape>;
export declare const facilityContext: {
    __context__: ConfigOf<{
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
    }> | undefined;
};
