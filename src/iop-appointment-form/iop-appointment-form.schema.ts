import * as z from 'zod/mini';
import { endpointUrl, nonEmptyText, phoneNumber, safeUrl, text, uniqueBy } from '../shared/schema.js';
import { lazy } from '../shared/validate.js';

/** The fields a facility may show, require or hide; `name` and `consent` are always required. */
export const optionalFields = ['forWhom', 'phone', 'email', 'contactMethod', 'leaveMessage', 'bestTime', 'program', 'insurance', 'memberId', 'policyHolder', 'telehealth', 'message'] as const;
export type OptionalField = (typeof optionalFields)[number];
export type FieldName = 'name' | OptionalField | 'consent';
export type Presence = 'required' | 'optional' | 'hidden';

/**
 * Shown by default: what admissions needs to call back, for whom first. The rest is asked for only
 * when the facility turns it on in `fields` (`program` appears by itself once `programs` is set,
 * `memberId` and `policyHolder` with `insurance`, `leaveMessage` only for a call or a text).
 */
export const shownByDefault: readonly FieldName[] = ['forWhom', 'phone', 'email', 'contactMethod', 'leaveMessage', 'program'];

/** The coverage questions: off by default, turned on by `fields` or by `askInsurance()`. */
export const coverage: readonly FieldName[] = ['insurance', 'memberId', 'policyHolder'];

/** `<iop-appointment-form>`: each key is an attribute (kebab-case) and a property. */
export const appointmentFormShape = lazy({
  endpoint: endpointUrl,
  format: () => z.enum(['json', 'form']),
  fields: () => {
    const presence = z.enum(['required', 'optional', 'hidden']);
    return z.strictObject(Object.fromEntries(optionalFields.map((field) => [field, z.optional(presence)])) as Record<OptionalField, z.ZodMiniOptional<typeof presence>>);
  },
  programs: () => z.array(nonEmptyText()).check(uniqueBy<string>(String)),
  phone: phoneNumber,
  privacyUrl: safeUrl,
  minFillSeconds: () => z.number().check(z.minimum(0), z.maximum(600)),
  timeout: () => z.number().check(z.minimum(1), z.maximum(120)),
  maxWait: () => z.number().check(z.minimum(5), z.maximum(300)),
  // A property like the others, so `retryDelays = null` or a string is a notice and the default, never a stuck form.
  retryDelays: () => z.array(z.number().check(z.minimum(0), z.maximum(60_000))).check(z.maxLength(6)),
  responseTime: nonEmptyText,
  heading: text,
  name: nonEmptyText,
}, {
  format: 'json',
  minFillSeconds: 3,
  timeout: 10,
  maxWait: 30,
  retryDelays: [1000, 3000, 9000],
});
