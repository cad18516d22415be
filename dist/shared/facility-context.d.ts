import type { facilityShape } from './facility.schema.js';
import type { ConfigOf } from './validate.js';
export type { Address } from './facility.schema.js';
/** What `<iop-facility>` shares with the elements inside it; only values that passed validation. */
export type Facility = ConfigOf<typeof facilityShape>;
export declare const facilityContext: {
    __context__: {
        name?: string | undefined;
        phone?: string | undefined;
        email?: string | undefined;
        url?: string | undefined;
        address?: {
            street?: string | undefined;
            city?: string | undefined;
            region?: string | undefined;
            postalCode?: string | undefined;
            country?: string | undefined;
        } | undefined;
        timezone?: string | undefined;
        endpoint?: string | undefined;
        admissionsHours?: "24/7" | {
            mon?: string | undefined;
            tue?: string | undefined;
            wed?: string | undefined;
            thu?: string | undefined;
            fri?: string | undefined;
            sat?: string | undefined;
            sun?: string | undefined;
        } | undefined;
        carriers?: (string | {
            name: string;
            note?: string | undefined;
        })[] | undefined;
        accepts?: ("medicaid" | "medicare" | "tricare" | "self-pay" | "payment-plan" | "sliding-scale")[] | undefined;
    } | undefined;
};
