/** The form's templates that need no state of the element: the crisis notice and one field. */
import { type TemplateResult } from 'lit';
import { type CommonText } from '../shared/i18n.js';
import type { FieldName } from './iop-appointment-form.schema.js';
import type { appointmentFormText } from './iop-appointment-form.strings.js';
export type Text = (typeof appointmentFormText)['en'] & CommonText;
export declare const CHOICES: Partial<Record<FieldName, string[]>>;
/**
 * Before any field: not for emergencies, 988 by call and by text, 911, the SAMHSA line; then the
 * facility's number, a large call button on a phone.
 */
export declare const crisis: (t: Text, phone?: string) => TemplateResult<1>;
export interface FieldState {
    t: Text;
    required: boolean;
    error?: string;
    programs?: string[];
    privacyUrl?: string;
}
/** One field: a native control with its label, its hint and its error tied to it. */
export declare function field(name: FieldName, { t, required, error, programs, privacyUrl }: FieldState): TemplateResult;
