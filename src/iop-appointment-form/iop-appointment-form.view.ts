/** The form's templates that need no state of the element: the crisis notice and one field. */
import { html, nothing, type TemplateResult } from 'lit';
import { fmt, parts, type CommonText } from '../shared/i18n.js';
import { telLink } from '../shared/links.js';
import { dialable } from '../shared/schema.js';
import type { FieldName } from './iop-appointment-form.schema.js';
import type { appointmentFormText } from './iop-appointment-form.strings.js';

export type Text = (typeof appointmentFormText)['en'] & CommonText;

export const CHOICES: Partial<Record<FieldName, string[]>> = {
  contactMethod: ['phone', 'text', 'email'],
  bestTime: ['morning', 'afternoon', 'evening'],
  forWhom: ['self', 'someone-else'],
};

/**
 * Before any field: not for emergencies, 988 by call and by text, 911, the SAMHSA line; then the
 * facility's number, a large call button on a phone.
 */
export const crisis = (t: Text, phone?: string) =>
  html`<div part="crisis">
    <p>
      <strong>${t.crisisLead}</strong>
      ${parts(t.crisis, {
        call988: html`<a href="tel:988">${t.call988}</a>`,
        text988: html`<a href="sms:988">${t.text988}</a>`,
        emergency: telLink('911'),
        samhsa: telLink('1-800-662-4357'),
      })}
    </p>
    ${phone ? html`<a part="call" href=${`tel:${dialable(phone)}`}>${fmt(t.callUs, { phone })}</a>` : nothing}
  </div>`;

export interface FieldState {
  t: Text;
  required: boolean;
  error?: string;
  programs?: string[];
  privacyUrl?: string;
}

/** One field: a native control with its label, its hint and its error tied to it. */
export function field(name: FieldName, { t, required, error, programs, privacyUrl }: FieldState): TemplateResult {
  const id = `f-${name}`;
  const hint = name === 'message' ? t.messageHint : '';
  const described = [hint && `h-${name}`, error && `e-${name}`].filter(Boolean).join(' ') || nothing;
  const invalid = error ? 'true' : 'false';
  const label = html`${t[name]}${required ? html` <span class="req">${t.required}</span>` : nothing}`;
  const after = html`${hint ? html`<p class="hint" id=${`h-${name}`}>${hint}</p>` : nothing}${error
    ? html`<p part="field-error" id=${`e-${name}`}>${error}</p>`
    : nothing}`;
  const choices = CHOICES[name];
  if (choices) {
    return html`<fieldset part="field" aria-describedby=${described}>
      <legend>${label}</legend>
      ${choices.map(
        (choice) =>
          html`<label class="choice"
            ><input type="radio" name=${name} value=${choice} ?required=${required} aria-invalid=${invalid} /> ${t[`${name}_${choice}` as keyof Text]}</label
          >`,
      )}
      ${after}
    </fieldset>`;
  }
  if (name === 'telehealth' || name === 'consent') {
    return html`<div part="field" class="check">
      <label class="choice"
        ><input type="checkbox" name=${name} value="true" id=${id} ?required=${required} aria-invalid=${invalid} aria-describedby=${described} />
        <span>${label}</span></label
      >
      ${name === 'consent' && privacyUrl ? html`<p class="hint"><a href=${privacyUrl} target="_blank" rel="noopener">${t.privacy}</a></p>` : nothing}
      ${after}
    </div>`;
  }
  const control =
    name === 'message'
      ? html`<textarea id=${id} name=${name} rows="4" ?required=${required} aria-invalid=${invalid} aria-describedby=${described}></textarea>`
      : name === 'program'
        ? html`<select id=${id} name=${name} ?required=${required} aria-invalid=${invalid} aria-describedby=${described}>
            <option value="">${t.programPlaceholder}</option>
            ${programs!.map((program) => html`<option>${program}</option>`)}
          </select>`
        : html`<input
            id=${id}
            name=${name}
            type=${name === 'phone' ? 'tel' : name === 'email' ? 'email' : 'text'}
            autocomplete=${name === 'name' || name === 'email' ? name : name === 'phone' ? 'tel' : 'off'}
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${described}
          />`;
  return html`<div part="field"><label for=${id}>${label}</label>${control}${after}</div>`;
}
