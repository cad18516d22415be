import * as z from 'zod/mini';
import { email, endpointUrl, nonEmptyText, phoneNumber, safeUrl, text, timeZone } from '../shared/schema.js';

export const addressSchema = z.strictObject({
  street: z.optional(text),
  city: z.optional(text),
  region: z.optional(text),
  postalCode: z.optional(text),
  country: z.optional(text),
});

/** `<iop-facility>`: each key is an attribute of the same name (kebab-case) and a property. */
export const facilityShape = {
  name: nonEmptyText,
  phone: phoneNumber,
  email,
  url: safeUrl,
  address: addressSchema,
  timezone: timeZone,
  endpoint: endpointUrl,
};
