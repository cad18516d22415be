import * as z from 'zod/mini';
import { email, endpointUrl, matches, nonEmptyText, phoneNumber, safeUrl, text, timeZone } from './schema.js';
import { lazy } from './validate.js';

const addressSchema = () =>
  z.strictObject({
    street: z.optional(text()),
    city: z.optional(text()),
    region: z.optional(text()),
    postalCode: z.optional(text()),
    country: z.optional(text()),
  });

export type Address = z.output<ReturnType<typeof addressSchema>>;

/** How a program may be paid for besides a carrier the facility names (SPEC.md, `<iop-insurance>`). */
export const payments = ['medicaid', 'medicare', 'tricare', 'self-pay', 'payment-plan', 'sliding-scale'] as const;
export type Payment = (typeof payments)[number];

/** An insurance company or plan the facility is in network with: a name, or `{ name, note }`. */
const carrierSchema = () => z.union([nonEmptyText(), z.strictObject({ name: nonEmptyText(), note: z.optional(text()) })]);
export type Carrier = z.output<ReturnType<typeof carrierSchema>>;

/** `HH:MM-HH:MM` in the facility's zone; an end at or before the start runs past midnight. */
const hoursRange = () => z.string().check(matches(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'badHours'));
const admissionsHoursSchema = () =>
  z.union([
    z.literal('24/7'),
    z.strictObject({
      mon: z.optional(hoursRange()),
      tue: z.optional(hoursRange()),
      wed: z.optional(hoursRange()),
      thu: z.optional(hoursRange()),
      fri: z.optional(hoursRange()),
      sat: z.optional(hoursRange()),
      sun: z.optional(hoursRange()),
    }),
  ]);
export type AdmissionsHours = z.output<ReturnType<typeof admissionsHoursSchema>>;

/**
 * `<iop-facility>`: each key is an attribute of the same name (kebab-case) and a property. It lives
 * in shared/ because every element reads the facility through its context.
 */
export const facilityShape = lazy({
  name: nonEmptyText,
  phone: phoneNumber,
  email,
  url: safeUrl,
  address: addressSchema,
  timezone: timeZone,
  endpoint: endpointUrl,
  admissionsHours: admissionsHoursSchema,
  carriers: () => z.array(carrierSchema()),
  accepts: () => z.array(z.enum(payments)),
});
