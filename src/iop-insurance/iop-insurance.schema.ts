import * as z from 'zod/mini';
import { facilityShape, payments, type Carrier, type Payment } from '../shared/facility.schema.js';
import { text } from '../shared/schema.js';
import { lazy } from '../shared/validate.js';

/** `<iop-insurance>`: each key is an attribute (kebab-case) and a property. */
export const insuranceShape = lazy({
  // The facility's own schemas, so the element and the facility accept exactly the same values.
  carriers: () => facilityShape().carriers,
  accepts: () => facilityShape().accepts,
  verify: z.boolean,
  heading: text,
  phone: () => facilityShape().phone,
});

// Names as payers and search engines write them, in every language of the page.
const PAYMENT_NAMES: Record<Payment, string> = {
  medicaid: 'Medicaid',
  medicare: 'Medicare',
  tricare: 'TRICARE',
  'self-pay': 'Self-pay',
  'payment-plan': 'Payment plan',
  'sliding-scale': 'Sliding scale',
};

/**
 * A carrier note's network id, for schema.org's `healthPlanNetworkId`: what follows `network ID:`
 * (or `ID de red:`) up to a `;`, `,` or `)`. `"PPO plans only (network ID: BCTX-PPO)"` gives `BCTX-PPO`.
 */
export const networkId = (note = ''): string | undefined => /(?:network id|id de red):\s*([^;,)]*[^;,)\s])/i.exec(note)?.[1];

/**
 * What a facility publishes of its carriers and payment options as schema.org `MedicalClinic`
 * properties: `paymentAccepted` (carrier names as written, then the payment options by their usual
 * English names) and `healthPlanNetworkId` (from carrier notes, see `networkId`).
 */
export function paymentsSchemaOrg(carriers: Carrier[] = [], accepts: Payment[] = []) {
  const objects = carriers.map((carrier) => (typeof carrier === 'string' ? { name: carrier } : carrier));
  return {
    paymentAccepted: [...objects.map(({ name }) => name), ...payments.filter((p) => accepts.includes(p)).map((p) => PAYMENT_NAMES[p])],
    healthPlanNetworkId: objects.flatMap(({ note }) => networkId(note) ?? []),
  };
}
