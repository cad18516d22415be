import * as z from 'zod/mini';
import { type Carrier, type Payment } from '../shared/facility.schema.js';
/** `<iop-insurance>`: each key is an attribute (kebab-case) and a property. */
export declare const insuranceShape: import("../shared/validate.js").LazyShape<{
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
    verify: z.ZodMiniBoolean<boolean>;
    heading: z.ZodMiniType<string, unknown, z.core.$ZodTypeInternals<string, unknown>>;
    phone: z.ZodMiniString<string>;
}>;
/**
 * A carrier note's network id, for schema.org's `healthPlanNetworkId`: what follows `network ID:`
 * (or `ID de red:`) up to a `;`, `,` or `)`. `"PPO plans only (network ID: BCTX-PPO)"` gives `BCTX-PPO`.
 */
export declare const networkId: (note?: string) => string | undefined;
/**
 * What a facility publishes of its carriers and payment options as schema.org `MedicalClinic`
 * properties: `paymentAccepted` (carrier names as written, then the payment options by their usual
 * English names) and `healthPlanNetworkId` (from carrier notes, see `networkId`).
 */
export declare function paymentsSchemaOrg(carriers?: Carrier[], accepts?: Payment[]): {
    paymentAccepted: string[];
    healthPlanNetworkId: string[];
};
