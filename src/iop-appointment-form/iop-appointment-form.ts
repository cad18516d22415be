import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { fmt, parts, type CommonText } from '../shared/i18n.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { telLink } from '../shared/links.js';
import { emit, type AppointmentRequest } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import type { ConfigOf } from '../shared/validate.js';
import { appointmentFormShape, optionalFields, type FieldName, type OptionalField } from './iop-appointment-form.schema.js';
import { appointmentFormText } from './iop-appointment-form.strings.js';
import { appointmentFormStyles } from './iop-appointment-form.styles.js';

type Text = (typeof appointmentFormText)['en'] & CommonText;
type Status = 'idle' | 'sending' | 'offline' | 'failed' | 'sent';

/** Every field in the order the form shows it, which is also the order errors are listed in. */
const FIELDS: FieldName[] = ['name', ...optionalFields, 'consent'];
const CHOICES: Partial<Record<FieldName, string[]>> = {
  contactMethod: ['phone', 'text', 'email'],
  bestTime: ['morning', 'afternoon', 'evening'],
  forWhom: ['self', 'someone-else'],
};
const HONEYPOT = 'iop_website';

const isPhone = (value: string) => {
  const digits = value.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(value) && digits.length <= 15 && digits.length >= (value.startsWith('+') ? 8 : 10);
};
const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value);

/** Waits `ms`, or rejects at once when `signal` aborts (the element was removed). */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** `Retry-After` in seconds or as an HTTP date, in ms, capped at a minute. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 60_000) : undefined;
}

/**
 * A short request for an appointment that is never lost and never leaked: native controls with
 * real labels, validation in the visitor's language, retries under one idempotency key, every typed
 * value kept after a failure, and a confirmation that takes focus. Always shows that it is not for
 * emergencies.
 *
 * @tagname iop-appointment-form
 * @summary Ask for an appointment.
 * @csspart base - The section around everything.
 * @csspart heading - The heading (and the confirmation's heading).
 * @csspart form - The form.
 * @csspart field - Each field's wrapper.
 * @csspart field-error - Each field's error message.
 * @csspart error-summary - The list of problems shown after a submit with errors.
 * @csspart crisis - The "not for emergencies" notice.
 * @csspart submit - The send button.
 * @csspart status - Sending, offline and failure messages.
 * @csspart retry - The "Try again" button.
 * @csspart confirmation - What replaces the form once the request was accepted.
 * @csspart error - The notice listing configuration problems.
 * @event iop-form-start - The visitor first typed or chose something. No detail: never field values.
 * @event iop-submit - Before sending; cancelable. `detail: { requestId, data }`.
 * @event iop-submitted - The endpoint accepted the request. `detail: { requestId, status }`.
 * @event iop-submit-failed - Retries are spent; every value is still in the form. `detail: { requestId, error }`.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export class IopAppointmentForm extends IopElement {
  static override styles = [baseStyles, appointmentFormStyles];

  static override properties: PropertyDeclarations = {
    endpoint: {},
    format: {},
    fields: { converter: jsonAttribute },
    programs: { converter: jsonAttribute },
    phone: {},
    privacyUrl: { attribute: 'privacy-url' },
    minFillSeconds: { attribute: 'min-fill-seconds', type: Number },
    timeout: { type: Number },
    heading: {},
    name: {},
    status: { state: true },
    failure: { state: true },
    errors: { state: true },
    tooFast: { state: true },
  };

  /** Where the request is sent: https or relative. Default: the facility's. */
  declare endpoint?: string;
  /** `json` (default) or `form` (application/x-www-form-urlencoded). */
  declare format?: string;
  /** JSON object: field name to `required`, `optional` or `hidden`. */
  declare fields?: unknown;
  /** JSON array of program names for the "program of interest" choice. */
  declare programs?: unknown;
  /** Phone shown beside the crisis notice and when sending fails. Default: the facility's. */
  declare phone?: string;
  /** Link to the facility's privacy notice, shown by the consent box. */
  declare privacyUrl?: string;
  /** A submit sooner than this after the form appeared is treated as a bot. Default 3. */
  declare minFillSeconds?: number;
  /** Seconds to wait for each attempt before trying again. Default 15. */
  declare timeout?: number;
  /** Heading text. */
  declare heading?: string;
  /** The facility's name, for the confirmation. Default: the facility's. */
  declare name?: string;
  /** Milliseconds to wait before each retry; its length is the number of retries. */
  retryDelays = [1000, 3000, 9000];

  private status: Status = 'idle';
  private failure = '';
  private errors: Partial<Record<FieldName, string>> = {};
  private tooFast = false;

  protected config: ConfigOf<typeof appointmentFormShape> = {};
  protected t = appointmentFormText.en as Text;
  /** Errors show from the first submit on, and then follow the visitor's corrections. */
  #submitted = false;
  #started = false;
  #shownAt = 0;
  #requestId?: string;
  /** Aborted when the element leaves the page: no request, retry or listener outlives it. */
  #lifetime = new AbortController();

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#lifetime.signal.aborted) this.#lifetime = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lifetime.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    ({ config: this.config, t: this.t } = this.resolve(appointmentFormShape, appointmentFormText, ({ fields }, t) =>
      fields?.phone === 'hidden' && fields.email === 'hidden' ? [{ key: 'fields', path: [], message: fmt(t.needOne, { keys: 'phone, email' }) }] : [],
    ));
  }

  protected override firstUpdated(): void {
    this.#shownAt = performance.now();
  }

  #presence(field: FieldName): 'required' | 'optional' | 'hidden' {
    if (field === 'name' || field === 'consent') return 'required';
    if (field === 'program' && !this.config.programs?.length) return 'hidden';
    return this.config.fields?.[field as OptionalField] ?? 'optional';
  }

  get #form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  #validate(data: FormData): Partial<Record<FieldName, string>> {
    const { t } = this;
    const value = (field: string) => String(data.get(field) ?? '').trim();
    const errors: Partial<Record<FieldName, string>> = {};
    for (const field of FIELDS) {
      if (this.#presence(field) === 'required' && !value(field)) errors[field] = fmt(t.errRequired, { field: t[field] });
    }
    if (value('phone') && !isPhone(value('phone'))) errors.phone = t.errPhone;
    if (value('email') && !isEmail(value('email'))) errors.email = t.errEmail;
    const contact = (['phone', 'email'] as const).filter((field) => this.#presence(field) !== 'hidden');
    if (contact.every((field) => !value(field))) errors[contact[0]] ??= t.errContact;
    if (!value('consent')) errors.consent = t.errConsent;
    return errors;
  }

  /** The request body: shown, non-empty fields, plus the request's identity. */
  #payload(data: FormData): AppointmentRequest {
    const body: Record<string, string | boolean> = {};
    for (const field of FIELDS) {
      if (this.#presence(field) === 'hidden') continue;
      const value = String(data.get(field) ?? '').trim();
      if (value) body[field] = field === 'telehealth' || field === 'consent' ? true : value;
    }
    return { ...body, requestId: this.#requestId!, submittedAt: new Date().toISOString(), locale: this.locale };
  }

  #onInput = () => {
    if (!this.#started) {
      this.#started = true;
      emit(this, 'iop-form-start', undefined);
    }
    if (this.#submitted && this.#form) this.errors = this.#validate(new FormData(this.#form));
  };

  #onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second click while a request is under way sends nothing more.
    if (this.status === 'sending' || this.status === 'offline') return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.#submitted = true;
    this.errors = this.#validate(data);
    const invalid = FIELDS.filter((field) => this.errors[field]);
    if (invalid.length) {
      await this.updateComplete;
      this.#focus(invalid[0]);
      return;
    }
    // A bot fills the field people cannot see: it looks sent, and nothing is.
    if (data.get(HONEYPOT)) return this.#done(0, false);
    // Too fast to be typed: send nothing, and let a person (say, using autofill) simply press again.
    this.tooFast = performance.now() - this.#shownAt < (this.config.minFillSeconds ?? 3) * 1000;
    if (this.tooFast) return;

    this.#requestId ??= crypto.randomUUID();
    const request = this.#payload(data);
    if (!emit(this, 'iop-submit', { requestId: request.requestId, data: request }, true)) return;
    if (!this.config.endpoint) {
      if (!this.issues.some((issue) => issue.path === 'endpoint')) this.issues = [...this.issues, { path: 'endpoint', message: this.t.missingEndpoint }];
      return this.#fail('no-endpoint');
    }
    await this.#deliver(this.config.endpoint, request);
  };

  async #deliver(endpoint: string, request: AppointmentRequest): Promise<void> {
    const { signal } = this.#lifetime;
    const json = this.config.format !== 'form';
    const body = json ? JSON.stringify(request) : new URLSearchParams(Object.entries(request).map(([k, v]) => [k, String(v)]));
    const headers: Record<string, string> = { 'Idempotency-Key': request.requestId };
    if (json) headers['Content-Type'] = 'application/json';
    this.status = 'sending';
    let error = 'network';
    try {
      for (let attempt = 0; ; attempt++) {
        if (!navigator.onLine) {
          this.status = 'offline';
          await new Promise((resolve) => addEventListener('online', resolve, { once: true, signal }));
          if (signal.aborted) return;
          this.status = 'sending';
        }
        let wait: number | undefined;
        try {
          const timeout = AbortSignal.timeout((this.config.timeout ?? 15) * 1000);
          const response = await fetch(endpoint, {
            method: 'POST',
            body,
            headers,
            signal: AbortSignal.any([signal, timeout]),
            cache: 'no-store',
            referrerPolicy: 'strict-origin',
          });
          if (response.ok) return this.#done(response.status, true);
          error = `http-${response.status}`;
          const status = response.status;
          if (!(status === 408 || status === 429 || status >= 500)) break;
          wait = retryAfter(response.headers.get('Retry-After'));
        } catch (failure) {
          if (signal.aborted) return;
          error = (failure as DOMException).name === 'TimeoutError' ? 'timeout' : 'network';
        }
        if (attempt >= this.retryDelays.length) break;
        await sleep(wait ?? this.retryDelays[attempt], signal);
      }
    } catch {
      return; // removed from the page while waiting: stop quietly
    }
    this.#fail(error);
  }

  #fail(error: string) {
    this.status = 'failed';
    this.failure = error;
    emit(this, 'iop-submit-failed', { requestId: this.#requestId!, error });
  }

  async #done(status: number, real: boolean) {
    this.status = 'sent';
    if (real) emit(this, 'iop-submitted', { requestId: this.#requestId!, status });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="confirmation"]')?.focus();
  }

  /** For a CMS plugin that cancelled `iop-submit` and delivered the request itself. */
  showConfirmation(): void {
    void this.#done(0, false);
  }

  #focus(field: FieldName) {
    this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  }

  protected override render() {
    const { config, t } = this;
    const phone = config.phone;
    return html`<section part="base" aria-labelledby="heading">
      ${this.renderIssues(t)}
      ${this.status === 'sent'
        ? html`<div part="confirmation" role="status" tabindex="-1">
            <h2 part="heading" id="heading">${t.sentHeading}</h2>
            <p>${config.name ? fmt(t.sentNamed, { name: config.name }) : t.sent}</p>
            ${phone ? html`<p>${parts(t.sentCall, { phone: telLink(phone) })}</p>` : nothing} ${this.#crisis(false)}
          </div>`
        : html`<h2 part="heading" id="heading">${config.heading ?? t.heading}</h2>
            <p class="intro">${t.intro}</p>
            ${this.#summary()}
            <form part="form" method="post" novalidate @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onInput}>
              ${FIELDS.map((field) => (this.#presence(field) === 'hidden' ? nothing : this.#field(field)))}
              <div class="hp" inert>
                <label>${t.honeypot} <input name=${HONEYPOT} tabindex="-1" autocomplete="off" /></label>
              </div>
              ${this.#crisis(true)} ${this.#status()}
              <button part="submit" type="submit" aria-disabled=${this.status === 'sending' || this.status === 'offline' ? 'true' : 'false'}>
                ${this.status === 'sending' ? t.sending : t.submit}
              </button>
            </form>`}
    </section>`;
  }

  #summary() {
    const invalid = FIELDS.filter((field) => this.errors[field]);
    if (!invalid.length) return nothing;
    return html`<div part="error-summary" role="alert">
      <p>${this.t.summary}</p>
      <ul>
        ${invalid.map(
          (field) =>
            html`<li>
              <a href=${`#f-${field}`} @click=${(event: Event) => (event.preventDefault(), this.#focus(field))}>${this.errors[field]}</a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #field(field: FieldName): TemplateResult {
    const { t } = this;
    const required = this.#presence(field) === 'required';
    const error = this.errors[field];
    const hint = field === 'phone' || field === 'email' ? (field === 'phone' || this.#presence('phone') === 'hidden' ? t.contactHint : '') : field === 'message' ? t.messageHint : '';
    const described = [hint && `h-${field}`, error && `e-${field}`].filter(Boolean).join(' ') || nothing;
    const label = html`${t[field]}${required && field !== 'consent' ? html` <span class="req">${t.required}</span>` : nothing}`;
    const after = html`${hint ? html`<p class="hint" id=${`h-${field}`}>${hint}</p>` : nothing}${error
      ? html`<p part="field-error" id=${`e-${field}`}>${error}</p>`
      : nothing}`;
    const common = { invalid: error ? 'true' : 'false', described };
    const choices = CHOICES[field];
    if (choices) {
      return html`<fieldset part="field" aria-describedby=${described}>
        <legend>${label}</legend>
        ${choices.map(
          (choice) =>
            html`<label class="choice"
              ><input type="radio" name=${field} value=${choice} ?required=${required} aria-invalid=${common.invalid} /> ${t[`${field}_${choice}` as keyof Text]}</label
            >`,
        )}
        ${after}
      </fieldset>`;
    }
    if (field === 'telehealth' || field === 'consent') {
      return html`<div part="field" class="check">
        <label class="choice"
          ><input type="checkbox" name=${field} value="true" id=${`f-${field}`} ?required=${required} aria-invalid=${common.invalid} aria-describedby=${described} />
          ${label}</label
        >
        ${field === 'consent' && this.config.privacyUrl
          ? html`<p class="hint"><a href=${this.config.privacyUrl} target="_blank" rel="noopener">${t.privacy}</a></p>`
          : nothing}
        ${after}
      </div>`;
    }
    const control =
      field === 'message'
        ? html`<textarea id=${`f-${field}`} name=${field} rows="4" ?required=${required} aria-invalid=${common.invalid} aria-describedby=${described}></textarea>`
        : field === 'program'
          ? html`<select id=${`f-${field}`} name=${field} ?required=${required} aria-invalid=${common.invalid} aria-describedby=${described}>
              <option value="">${t.programPlaceholder}</option>
              ${this.config.programs!.map((program) => html`<option>${program}</option>`)}
            </select>`
          : html`<input
              id=${`f-${field}`}
              name=${field}
              type=${field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'text'}
              autocomplete=${field === 'name' ? 'name' : field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'off'}
              ?required=${required}
              aria-invalid=${common.invalid}
              aria-describedby=${described}
            />`;
    return html`<div part="field"><label for=${`f-${field}`}>${label}</label>${control}${after}</div>`;
  }

  #crisis(withPhone: boolean) {
    const { t } = this;
    const phone = this.config.phone;
    return html`<p part="crisis">
      ${parts(t.crisis, { crisis: telLink('988'), emergency: telLink('911') })}
      ${withPhone && phone ? parts(t.crisisCall, { phone: telLink(phone) }) : nothing}
    </p>`;
  }

  #status() {
    const { t, status } = this;
    const phone = this.config.phone;
    const message =
      status === 'offline'
        ? t.offline
        : status === 'failed'
          ? this.failure === 'no-endpoint'
            ? t.noEndpoint
            : this.failure.startsWith('http-4')
              ? fmt(t.refused, { status: this.failure.slice(5) })
              : t.failed
          : this.tooFast
            ? t.tooFast
            : '';
    return html`<div part="status" role="alert">
      ${message
        ? html`<p>${message} ${status === 'failed' && phone ? parts(t.failedCall, { phone: telLink(phone) }) : nothing}</p>
            ${status === 'failed' && this.failure !== 'no-endpoint'
              ? html`<button part="retry" type="button" @click=${() => this.#form?.requestSubmit()}>${t.retry}</button>`
              : nothing}`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-appointment-form': IopAppointmentForm;
  }
}
