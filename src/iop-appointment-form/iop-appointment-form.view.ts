/** The form's templates and checks that need no state of the element, each given what it shows. */
import { html, nothing, type TemplateResult } from 'lit';
import { fmt, parts, type CommonText } from '../shared/i18n.js';
import { telLink } from '../shared/links.js';
import { dialable, isEmail, isPhone } from '../shared/schema.js';
import type { appointmentFormShape, FieldName, Presence } from './iop-appointment-form.schema.js';
import type { ConfigOf } from '../shared/validate.js';
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
    ${phone ? html`<a part="call" href=${`tel:${dialable(phone)}`}>${parts(t.callUs, { phone: html`<span>${phone}</span>` })}</a>` : nothing}
  </div>`;

/** One field: a native control with its label, its hint and its error tied to it. */
export function field(name: FieldName, t: Text, required: boolean, error: string | undefined, { programs, privacyUrl }: ConfigOf<typeof appointmentFormShape>): TemplateResult {
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

/** The error shown once sending failed: what happened, and the phone as the way out. */
export const failure = (t: Text, error: string, phone?: string) =>
  html`<div part="failure" role="alert">
    ${error === 'no-endpoint'
      ? t.noEndpoint
      : error === 'timeout'
        ? t.timedOut
        : error.startsWith('http-4')
          ? fmt(t.refused, { status: error.slice(5) })
          : t.failed}
    ${error === 'no-endpoint' ? nothing : t.kept}${phone ? html`<br />` : nothing}${callUs(t, phone)}
  </div>`;

/** "Call us at …": the way out while a request is slow to send, or failed. */
export const callUs = (t: Text, phone?: string) => (phone ? html` ${parts(t.callUs, { phone: telLink(phone) })}.` : nothing);

/**
 * The problems as of the last submit. Lines fixed since are hidden, never rewritten: an alert
 * whose text changes is read out again on every keystroke.
 */
export function summary(t: Text, listed: [FieldName, string][], errors: Partial<Record<FieldName, string>>, focus: (field: FieldName) => void) {
  if (!listed.some(([name]) => errors[name])) return nothing;
  return html`<div part="error-summary" role="alert">
    <p>${t.summary}</p>
    <ul>
      ${listed.map(
        ([name, message]) =>
          html`<li ?hidden=${!errors[name]}>
            <a href=${`#f-${name}`} @click=${(event: Event) => (event.preventDefault(), focus(name))}>${message}</a>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Named by its heading, focused when shown: when and how they will be reached, and the crisis lines. */
export function confirmation(t: Text, config: ConfigOf<typeof appointmentFormShape>, via: [method: 'phone' | 'text' | 'email', contact: string] | undefined, heading: unknown) {
  const team = config.name ? fmt(t.teamOf, { name: config.name }) : t.team;
  return html`<div part="confirmation" role="region" aria-labelledby="heading" tabindex="-1">
    ${heading}
    <p>${via ? fmt(t[`sent_${via[0]}`], { team, contact: via[1], when: config.responseTime ?? t.responseTime }) : nothing}</p>
    ${config.phone ? html`<p>${parts(t.sentCall, { phone: telLink(config.phone) })}</p>` : nothing} ${crisis(t)}
  </div>`;
}

/** The visitor's mistakes, by field, in their language; `either`: phone or email, one is enough. */
export function check(fields: FieldName[], value: (field: FieldName) => string, presence: (field: FieldName) => Presence, either: boolean, t: Text) {
  const errors: Partial<Record<FieldName, string>> = {};
  for (const field of fields) if (presence(field) === 'required' && !value(field)) errors[field] = fmt(t.errRequired, { field: t[field] });
  if (value('phone') && !isPhone(value('phone'))) errors.phone = t.errPhone;
  if (value('email') && !isEmail(value('email'))) errors.email = t.errEmail;
  if (either && !value('phone') && !value('email')) errors.phone = t.errContact;
  // A call or a text needs a phone and an email needs an email: never reach them a way they did not choose.
  const method = value('contactMethod');
  const need = method === 'email' ? 'email' : method ? 'phone' : '';
  if (need && !value(need) && presence(need) !== 'hidden') errors[need] ??= fmt(t.errMethod, { method: t[`contactMethod_${method}` as keyof Text], field: t[need] });
  if (!value('consent')) errors.consent = t.errConsent;
  return errors;
}
