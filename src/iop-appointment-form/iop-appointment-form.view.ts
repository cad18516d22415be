/** The form's templates and checks that need no state of the element, each given what it shows. */
import { html, nothing, type TemplateResult } from 'lit';
import { fmt, intl, parts, weekdayName, zoneName, type CommonText } from '../shared/i18n.js';
import { telLink } from '../shared/links.js';
import { dialable, isEmail, isPhone } from '../shared/schema.js';
import type { appointmentFormShape, FieldName, Presence } from './iop-appointment-form.schema.js';
import type { ConfigOf } from '../shared/validate.js';
import type { appointmentFormText } from './iop-appointment-form.strings.js';
import { days, minutes, type Day } from '../iop-schedule/iop-schedule.schema.js';
import { nextOccurrence } from '../iop-schedule/zoned-time.js';
import type { AdmissionsHours } from '../shared/facility.schema.js';

export type Text = (typeof appointmentFormText)['en'] & CommonText;

export const CHOICES: Partial<Record<FieldName, string[]>> = {
  contactMethod: ['phone', 'text', 'email'],
  bestTime: ['morning', 'afternoon', 'evening'],
  forWhom: ['self', 'someone-else'],
  leaveMessage: ['yes', 'no'],
  policyHolder: ['self', 'parent', 'spouse', 'other'],
};

/**
 * Before any field (`lead`: not for emergencies), and kept in the confirmation: 988 by call and by
 * text, 911 and the SAMHSA line as the largest buttons; then the facility's number and when it is answered.
 */
export const crisis = (t: Text, lead: boolean, phone?: string, hours?: string) =>
  html`<div part="crisis">
    <p>${lead ? html`<strong>${t.crisisLead}</strong> ` : nothing}${t.crisis}</p>
    <ul class="lines">
      ${[
        ['tel:988', t.call988],
        ['sms:988', t.text988],
        ['tel:911', t.call911],
        ['tel:18006624357', html`SAMHSA <span class="nw">1-800-662-4357</span>`],
      ].map(([href, label]) => html`<li><a href=${href}><span>${label}</span></a></li>`)}
    </ul>
    ${phone
      ? html`<p>
          <a part="call" href=${`tel:${dialable(phone)}`}>${parts(t.callUs, { phone: html`<span>${phone}</span>` })}</a>
          ${hours ? html`<br /><span part="hours">${hours}</span>` : nothing}
        </p>`
      : nothing}
  </div>`;

/** One field: a native control with its label, its hint and its error tied to it. */
export function field(name: FieldName, t: Text, required: boolean, error: string | undefined, { programs, privacyUrl }: ConfigOf<typeof appointmentFormShape>, hint = '', carriers: string[] = []): TemplateResult {
  const id = `f-${name}`;
  const described = [hint && `h-${name}`, error && `e-${name}`].filter(Boolean).join(' ') || nothing;
  const invalid = error ? 'true' : 'false';
  const label = html`${t[name]}${required ? html` <span class="req">${t.required}</span>` : nothing}`;
  const after = html`${hint ? html`<p part="hint" class="hint" id=${`h-${name}`}>${hint}</p>` : nothing}${error
    ? html`<p part="field-error" id=${`e-${name}`}>${error}</p>`
    : nothing}`;
  const choices = CHOICES[name];
  if (choices) {
    return html`<fieldset part="field" aria-describedby=${described}>
      <legend part="legend">${label}</legend>
      ${choices.map(
        (choice) =>
          html`<label part="choice" class="choice"
            ><input part="radio" type="radio" name=${name} value=${choice} ?required=${required} aria-invalid=${invalid} /> ${t[`${name}_${choice}` as keyof Text]}</label
          >`,
      )}
      ${after}
    </fieldset>`;
  }
  if (name === 'telehealth' || name === 'consent') {
    return html`<div part="field" class="check">
      <label part="choice" class="choice"
        ><input part="checkbox" type="checkbox" name=${name} value="true" id=${id} ?required=${required} aria-invalid=${invalid} aria-describedby=${described} />
        <span>${label}</span></label
      >
      ${name === 'consent' && privacyUrl ? html`<p part="hint" class="hint"><a href=${privacyUrl} target="_blank" rel="noopener">${t.privacy}</a></p>` : nothing}
      ${after}
    </div>`;
  }
  // The facility's carriers, then the answers anyone can give; with none known, free text.
  const options =
    name === 'program'
      ? [['', t.programPlaceholder], ...programs!.map((program) => [program, program])]
      : name === 'insurance' && carriers.length
        ? [['', t.insuranceChoose], ...carriers.map((carrier) => [carrier, carrier]), ...['other', 'none', 'unsure'].map((value) => [value, t[`insurance_${value}` as keyof Text]])]
        : undefined;
  const control =
    name === 'message'
      ? html`<textarea part="textarea" id=${id} name=${name} rows="4" ?required=${required} aria-invalid=${invalid} aria-describedby=${described}></textarea>`
      : options
        ? html`<select part="select" id=${id} name=${name} ?required=${required} aria-invalid=${invalid} aria-describedby=${described}>
            ${options.map(([value, label]) => html`<option value=${value}>${label}</option>`)}
          </select>`
        : html`<input
            part="input"
            id=${id}
            name=${name}
            type=${name === 'phone' ? 'tel' : name === 'email' ? 'email' : 'text'}
            autocomplete=${name === 'name' || name === 'email' ? name : name === 'phone' ? 'tel' : 'off'}
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${described}
          />`;
  return html`<div part="field"><label part="label" for=${id}>${label}</label>${control}${after}</div>`;
}

/** The error shown once sending failed: what happened, that trying again is safe, and the phone as the way out. */
export const failure = (t: Text, error: string, phone?: string) =>
  html`<div part="failure" role="alert">
    ${error === 'no-endpoint'
      ? t.noEndpoint
      : error === 'timeout'
        ? t.timedOut
        : error.startsWith('http-4')
          ? fmt(t.refused, { status: error.slice(5) })
          : t.failed}
    ${error === 'no-endpoint' ? nothing : `${t.kept} ${t.once}`}${phone ? html`<br />` : nothing}${callUs(t, phone)}
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

/** How they asked to be reached: method and the number or address, the best time and for whom. */
export type Reach = [method: 'phone' | 'text' | 'email', contact: string, bestTime?: string, forWhom?: string];

/** Named by its heading, focused when shown: when and how they will be reached, and the crisis lines. */
export function confirmation(t: Text, config: ConfigOf<typeof appointmentFormShape>, via: Reach | undefined, heading: unknown) {
  const team = config.name ? fmt(t.teamOf, { name: config.name }) : t.team;
  return html`<div part="confirmation" role="region" aria-labelledby="heading" tabindex="-1">
    ${heading}
    ${via
      ? html`<p>
          ${fmt(t[`sent_${via[0]}`], { team, contact: via[1], when: config.responseTime ?? t.responseTime })}
          ${via[2] ? fmt(t.sentTime, { time: t[`bestTime_${via[2]}` as keyof Text].toLowerCase() }) : nothing}
          ${via[3] === 'someone-else' ? t.sentOther : nothing}
        </p>`
      : nothing}
    ${config.phone ? html`<p>${parts(t.sentCall, { phone: telLink(config.phone) })}</p>` : nothing} ${crisis(t, false)}
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

const WEEK = 6048e5;

/**
 * Whether the admissions line is answered at `now` (an instant) by `hours` in `zone`: `[true,
 * until]` with the end of the answered stretch (consecutive days joined), else `[false, from]`
 * with the next opening. A range whose end is at or before its start runs past midnight.
 */
export function answeredAt(hours: Exclude<AdmissionsHours, '24/7'>, zone: string, now: number): [open: boolean, at: number] {
  const spans: number[][] = [];
  for (const [day, range] of Object.entries(hours)) {
    const [from, to] = range!.split('-');
    // This week's (today counts, even when already over), and the weeks either side.
    const start = nextOccurrence(zone, day as Day, from, now);
    const length = (((minutes(to) - minutes(from) + 1439) % 1440) + 1) * 6e4;
    for (const s of [start - WEEK, start, start + WEEK]) spans.push([s, s + length]);
  }
  let until = 0;
  // Each pass can only move `until` later, over finitely many spans.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [s, e] of spans) if (s <= Math.max(now, until) && e > Math.max(now, until)) (until = e), (grew = true);
  }
  return until ? [true, until] : [false, Math.min(...spans.map(([s]) => s).filter((s) => s > now))];
}

/**
 * The week's hours with no "now" in them, for a page rendered before any visitor (a prerender):
 * days with the same hours joined, in the facility's zone, e.g. "Answered Monday to Friday, 8:00 AM
 * to 8:00 PM (Central Time)."
 */
export function weekHours(t: Text, hours: Record<string, string | undefined>, timeZone: string, locale: string, now: number) {
  const format = (options: object, at: number) => intl(Intl.DateTimeFormat, locale, { timeZone: 'UTC', ...options }).format(at);
  const day = (i: number) => weekdayName(locale, i);
  const span = (from: string, to: string) => fmt(t.span, { from, to });
  let first = 0;
  // Consecutive days with the same hours in one run: "Monday to Friday, 8:00 AM to 8:00 PM".
  const runs = days.flatMap((key, i) => {
    const range = hours[key];
    if (range !== hours[days[i - 1]]) first = i;
    if (!range || range === hours[days[i + 1]]) return [];
    const [from, to] = range.split('-').map((hm) => format({ hour: 'numeric', minute: '2-digit' }, minutes(hm) * 6e4));
    return `${first < i ? span(day(first), day(i)) : day(i)}, ${span(from, to)}`;
  });
  return fmt(t.hoursWeek, { hours: runs.join('; '), zone: zoneName(locale, timeZone, now) });
}
