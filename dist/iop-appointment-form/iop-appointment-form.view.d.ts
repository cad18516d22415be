/** The form's templates and checks that need no state of the element, each given what it shows. */
import { nothing, type TemplateResult } from 'lit';
import { type CommonText } from '../shared/i18n.js';
import type { appointmentFormShape, FieldName, Presence } from './iop-appointment-form.schema.js';
import type { ConfigOf } from '../shared/validate.js';
import type { appointmentFormText } from './iop-appointment-form.strings.js';
export type Text = (typeof appointmentFormText)['en'] & CommonText;
export declare const CHOICES: Partial<Record<FieldName, string[]>>;
/**
 * Before any field: not for emergencies, 988 by call and by text, 911, the SAMHSA line; then the
 * facility's number, a large call button on a phone.
 */
export declare const crisis: (t: Text, phone?: string) => TemplateResult<1>;
/** One field: a native control with its label, its hint and its error tied to it. */
export declare function field(name: FieldName, t: Text, required: boolean, error: string | undefined, { programs, privacyUrl }: ConfigOf<typeof appointmentFormShape>): TemplateResult;
/** The error shown once sending failed: what happened, and the phone as the way out. */
export declare const failure: (t: Text, error: string, phone?: string) => TemplateResult<1>;
/** "Call us at …": the way out while a request is slow to send, or failed. */
export declare const callUs: (t: Text, phone?: string) => typeof nothing | TemplateResult<1>;
/**
 * The problems as of the last submit. Lines fixed since are hidden, never rewritten: an alert
 * whose text changes is read out again on every keystroke.
 */
export declare function summary(t: Text, listed: [FieldName, string][], errors: Partial<Record<FieldName, string>>, focus: (field: FieldName) => void): typeof nothing | TemplateResult<1>;
/** Named by its heading, focused when shown: when and how they will be reached, and the crisis lines. */
export declare function confirmation(t: Text, config: ConfigOf<typeof appointmentFormShape>, via?: [method: 'phone' | 'text' | 'email', contact: string]): TemplateResult<1>;
/** The visitor's mistakes, by field, in their language; `either`: phone or email, one is enough. */
export declare function check(fields: FieldName[], value: (field: FieldName) => string, presence: (field: FieldName) => Presence, either: boolean, t: Text): Partial<Record<FieldName, string>>;
