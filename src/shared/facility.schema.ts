import * as z from 'zod/mini';
import { email, endpointUrl, nonEmptyText, phoneNumber, safeUrl, text, timeZone } from './schema.js';
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
});
