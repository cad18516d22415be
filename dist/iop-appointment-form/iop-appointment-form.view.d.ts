/** The form's templates and checks that need no state of the element, each given what it shows. */
import { nothing, type TemplateResult } from 'lit';
import { type CommonText } from '../shared/i18n.js';
import type { appointmentFormShape, FieldName, Presence } from './iop-appointment-form.schema.js';
import type { ConfigOf } from '../shared/validate.js';
import type { appointmentFormText } from './iop-appointment-form.strings.js';
import type { AdmissionsHours } from '../shared/facility.schema.js';
export type Text = (typeof appointmentFormText)['en'] & CommonText;
export declare const CHOICES: Partial<Record<FieldName, string[]>>;
/**
 * Before any field (`lead`: not for emergencies), and kept in the confirmation: 988 by call and by
 * text, 911 and the SAMHSA line as the largest buttons; then the facility's number and when it is answered.
 */
export declare const crisis: (t: Text, lead: boolean, phone?: string, hours?: string) => TemplateResult<1>;
/** One field: a native control with its label, its hint and its error tied to it. */
export declare function field(name: FieldName, t: Text, required: boolean, error: string | undefined, { programs, privacyUrl }: ConfigOf<typeof appointmentFormShape>, hint?: string, carriers?: string[]): TemplateResult;
/** The error shown once sending failed: what happened, that trying again is safe, and the phone as the way out. */
export declare const failure: (t: Text, error: string, phone?: string) => TemplateResult<1>;
/** "Call us at …": the way out while a request is slow to send, or failed. */
export declare const callUs: (t: Text, phone?: string) => TemplateResult<1> | typeof nothing;
/**
 * The problems as of the last submit. Lines fixed since are hidden, never rewritten: an alert
 * whose text changes is read out again on every keystroke.
 */
export declare function summary(t: Text, listed: [FieldName, string][], errors: Partial<Record<FieldName, string>>, focus: (field: FieldName) => void): TemplateResult<1> | typeof nothing;
/** How they asked to be reached: method and the number or address, the best time and for whom. */
export type Reach = [method: 'phone' | 'text' | 'email', contact: string, bestTime?: string, forWhom?: string];
/** Named by its heading, focused when shown: when and how they will be reached, and the crisis lines. */
export declare function confirmation(t: Text, config: ConfigOf<typeof appointmentFormShape>, via: Reach | undefined, heading: unknown): TemplateResult<1>;
/** The visitor's mistakes, by field, in their language; `either`: phone or email, one is enough. */
export declare function check(fields: FieldName[], value: (field: FieldName) => string, presence: (field: FieldName) => Presence, either: boolean, t: Text): Partial<Record<FieldName, string>>;
/**
 * Whether the admissions line is answered at `now` (an instant) by `hours` in `zone`: `[true,
 * until]` with the end of the answered stretch (consecutive days joined), else `[false, from]`
 * with the next opening. A range whose end is at or before its start runs past midnight.
 */
export declare function answeredAt(hours: Exclude<AdmissionsHours, '24/7'>, zone: string, now: number): [open: boolean, at: number];
/**
 * The week's hours with no "now" in them, for a page rendered before any visitor (a prerender):
 * days with the same hours joined, in the facility's zone, e.g. "Answered Monday to Friday, 8:00 AM
 * to 8:00 PM (Central Time)."
 */
export declare function weekHours(t: Text, hours: Record<string, string | undefined>, timeZone: string, locale: string, now: number): string;
