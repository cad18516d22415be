import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { fmt } from '../shared/i18n.js';
import { jsonAttribute } from '../shared/json-attribute.js';
import { emit } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import type { ConfigOf } from '../shared/validate.js';
import type { AppointmentRequest } from './iop-appointment-form.events.js';
import { appointmentFormShape, coverage, optionalFields, shownByDefault, type FieldName, type OptionalField, type Presence } from './iop-appointment-form.schema.js';
import { appointmentFormText } from './iop-appointment-form.strings.js';
import { appointmentFormStyles } from './iop-appointment-form.styles.js';
import { answeredAt, callUs, check, confirmation, crisis, failure, field, summary, weekHours, type Reach, type Text } from './iop-appointment-form.view.js';
import { clock, deliver, uuid, type Progress } from './sender.js';

type Status = 'idle' | Progress | 'failed' | 'sent';

/** Every field in the order the form shows it, which is also the order errors are listed in. */
const FIELDS: FieldName[] = ['forWhom', 'name', ...optionalFields.slice(1), 'consent'];
/** The visitor's IANA zone. */
const visitorZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Bait for bots: inert and off-screen, never seen or heard by a person, so its label is not translated. */
const HONEYPOT = 'iop_website';

/**
 * A short request for an appointment that is never lost and never leaked: the crisis lines first,
 * native controls with real labels, validation in the visitor's language, retries under one
 * idempotency key, every typed value kept after a failure, and a named confirmation that takes
 * focus and says when and how the facility will reach them.
 *
 * @tagname iop-appointment-form
 * @summary Ask for an appointment.
 * @csspart base - The section around everything.
 * @csspart heading - The heading (and the confirmation's heading).
 * @csspart crisis - The "not for emergencies" notice, before the fields.
 * @csspart call - The facility's number, after the crisis lines.
 * @csspart hours - When the facility's number is answered (`admissions-hours` of `<iop-facility>`), in the visitor's time.
 * @csspart form - The form.
 * @csspart field - Each field's wrapper (and the phone-or-email group).
 * @csspart label - The label of each text field, list and text box.
 * @csspart input - Each text, phone and email field.
 * @csspart select - Each list (program, insurance).
 * @csspart textarea - The message box.
 * @csspart legend - The question over a group: each set of choices, and the phone-or-email pair.
 * @csspart choice - The label of each radio button and checkbox, around it and its text.
 * @csspart radio - Each radio button.
 * @csspart checkbox - Each checkbox (telehealth, consent).
 * @csspart hint - The help under a field, and the privacy link by the consent box.
 * @csspart field-error - Each field's error message.
 * @csspart error-summary - The list of problems shown after a submit with errors.
 * @csspart status - The live region: sending, still trying, offline.
 * @csspart failure - The error shown when sending failed, with the phone.
 * @csspart submit - The send button.
 * @csspart retry - The same button once sending failed ("Try again").
 * @csspart confirmation - What replaces the form once the request was accepted.
 * @csspart error - The notice listing configuration problems.
 * @event iop-form-start - The visitor first typed or chose something. No detail: never field values.
 * @event iop-submit - Before sending; cancelable. `detail: { requestId, data }`.
 * @event iop-submitted - The endpoint accepted the request. `detail: { requestId, status }`.
 * @event iop-submit-failed - Retries are spent; every value is still in the form. `detail: { requestId, error }`.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 *
 * For tests only: `IopAppointmentForm.clock` is the clock every form reads (`now()` in ms for
 * `min-fill-seconds`, `date()` the wall clock for admissions hours, `sleep(ms, signal)` for
 * timeouts and retries); a test may replace its methods and must restore them.
 */
export class IopAppointmentForm extends IopElement {
  static override styles = [baseStyles, appointmentFormStyles];
  /** The clock every form reads: a hook for tests (see the class description), not configuration. */
  static clock: { now(): number; date(): number; sleep(ms: number, signal?: AbortSignal): Promise<void> } = clock;

  static override properties: PropertyDeclarations = {
    endpoint: {},
    format: {},
    fields: { converter: jsonAttribute },
    programs: { converter: jsonAttribute },
    phone: {},
    privacyUrl: { attribute: 'privacy-url' },
    minFillSeconds: { attribute: 'min-fill-seconds', type: Number },
    timeout: { type: Number },
    maxWait: { attribute: 'max-wait', type: Number },
    retryDelays: { attribute: 'retry-delays', converter: jsonAttribute },
    responseTime: { attribute: 'response-time' },
    heading: {},
    name: {},
    status: { state: true },
    failure: { state: true },
    errors: { state: true },
    tooFast: { state: true },
    answers: { state: true },
    asked: { state: true },
  };

  /** Where the request is sent: https (or http on localhost) once resolved against the page. Default: the facility's. */
  declare endpoint?: string;
  /** `json` (default) or `form` (application/x-www-form-urlencoded). */
  declare format?: string;
  /** JSON object: field name to `required`, `optional` or `hidden`. Shown by default: forWhom, name, phone, email, contactMethod, leaveMessage (for a call or a text), consent. */
  declare fields?: unknown;
  /** JSON array of program names for the "program of interest" choice. */
  declare programs?: unknown;
  /** Phone shown beside the crisis notice and when sending fails. Default: the facility's. */
  declare phone?: string;
  /** Link to the facility's privacy notice, shown by the consent box. */
  declare privacyUrl?: string;
  /** A submit sooner than this after the form appeared is treated as a bot. Default 3. */
  declare minFillSeconds?: number;
  /** Seconds to wait for each attempt before trying again. Default 10. */
  declare timeout?: number;
  /** Seconds from pressing send to a known outcome, retries included (time offline aside). Default 30. */
  declare maxWait?: number;
  /** Milliseconds before each retry; its length is the number of retries (at most 6). Default `[1000, 3000, 9000]`. */
  declare retryDelays?: number[];
  /** When the facility will reach them, completing "We will call you …". Default "within one business day". */
  declare responseTime?: string;
  /** Heading text. */
  declare heading?: string;
  /** The facility's name, for the confirmation. Default: the facility's. */
  declare name?: string;

  private status: Status = 'idle';
  private failure = '';
  private errors: Partial<Record<FieldName, string>> = {};
  private tooFast = false;
  /** The answers the rest of the form follows: for whom, and how to reach them. */
  private answers = '';
  /** `askInsurance()` was called: the coverage questions are on. */
  private asked = false;

  protected config: ConfigOf<typeof appointmentFormShape> = {};
  protected t = appointmentFormText.en as Text;
  /** Errors show from the first submit on, and then follow the visitor's corrections. */
  #submitted = false;
  /** The summary as of the last submit: corrections hide its items, never rewrite its text. */
  #listed: [FieldName, string][] = [];
  #started = false;
  #shownAt = 0;
  /** One identity per body: the same values keep their requestId and submittedAt, changed ones get new. */
  #identity?: { key: string; requestId: string; submittedAt: string };
  /** How the confirmation says they will be reached. */
  #via?: Reach;
  #controller?: AbortController;
  /** The request under way; kept when a removal cut it short, so reconnecting resumes it. */
  #pending?: AppointmentRequest;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#pending && !this.#controller) void this.#send(this.#pending);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move (dialogs, page builders, re-mounts) disconnects and reconnects in one go: only an
    // element still out of the page after it stops sending.
    queueMicrotask(() => this.isConnected || this.#controller?.abort());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    ({ config: this.config, t: this.t } = this.resolve(appointmentFormShape, appointmentFormText, ({ fields }, t) =>
      fields?.phone === 'hidden' && fields.email === 'hidden' ? [{ key: 'fields', path: [], message: fmt(t.needOne, { keys: 'phone, email' }) }] : [],
    ));
  }

  protected override firstUpdated(): void {
    // A prerendered form was there to fill in since the page was read (the clock's zero), not since
    // the module took it over: a visitor who filled it meanwhile is not asked to press Send twice.
    this.#shownAt = this.prerendered_ ? 0 : IopAppointmentForm.clock.now();
  }

  /** As configured, before the phone-or-email rule. */
  #own(field: FieldName): Presence {
    if (field === 'name' || field === 'consent') return 'required';
    if (field === 'program' && !this.config.programs?.length) return 'hidden';
    // No message question for an email, nor without a phone to leave one on.
    if (field === 'leaveMessage' && (this.answers.endsWith('email') || this.#own('phone') === 'hidden')) return 'hidden';
    const set = this.config.fields?.[field as OptionalField];
    const isCoverage = coverage.includes(field);
    if (isCoverage && this.asked && (set ?? 'hidden') === 'hidden') return 'optional';
    // `memberId` and `policyHolder` come with `insurance`.
    return set ?? (shownByDefault.includes(field) || (isCoverage && field !== 'insurance' && this.#own('insurance') !== 'hidden') ? 'optional' : 'hidden');
  }

  #presence(field: FieldName): Presence {
    const own = this.#own(field);
    // With the other one hidden, this is the only way to reach them.
    return own === 'optional' && this.#own(field === 'phone' ? 'email' : field === 'email' ? 'phone' : field) === 'hidden' ? 'required' : own;
  }

  /** Both shown, neither required on its own: one rule for the pair, stated once. */
  get #eitherContact(): boolean {
    return this.#presence('phone') === 'optional' && this.#presence('email') === 'optional';
  }

  #validate(data: FormData) {
    return check(FIELDS, (field) => String(data.get(field) ?? '').trim(), (field) => this.#presence(field), this.#eitherContact, this.t);
  }

  /** The request body: shown, non-empty fields, plus the request's identity. */
  #payload(data: FormData): AppointmentRequest {
    const body: Record<string, string | boolean> = {};
    for (const field of FIELDS) {
      if (this.#presence(field) === 'hidden') continue;
      const value = String(data.get(field) ?? '').trim();
      if (value) body[field] = field === 'telehealth' || field === 'consent' ? true : value;
    }
    const key = JSON.stringify([body, this.locale]);
    // The same body keeps its key (a retry or "Try again"); a corrected one is a new request.
    if (this.#identity?.key !== key) this.#identity = { key, requestId: uuid(), submittedAt: new Date().toISOString() };
    const { phone, email, contactMethod, bestTime, forWhom } = body as Record<string, string | undefined>;
    const [method, contact] = contactMethod === 'email' && email ? ['email', email] : phone ? [contactMethod === 'text' ? 'text' : 'phone', phone] : ['email', email!];
    this.#via = [method, contact, bestTime, forWhom] as Reach;
    const { requestId, submittedAt } = this.#identity;
    // The visitor's zone: their "evening" is theirs, and no call comes at 2 a.m. their time.
    return { ...body, requestId, submittedAt, locale: this.locale, timeZone: visitorZone() };
  }

  #onInput = () => {
    if (!this.#started) {
      this.#started = true;
      emit(this, 'iop-form-start', undefined);
    }
    const form = this.renderRoot.querySelector('form');
    if (!form) return;
    const data = new FormData(form);
    this.answers = `${data.get('forWhom')} ${data.get('contactMethod')}`;
    if (this.#submitted) this.errors = this.#validate(data);
  };

  #onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second click while a request is under way sends nothing more.
    if (this.#controller) return;
    const data = new FormData(event.target as HTMLFormElement);
    this.#submitted = true;
    this.errors = this.#validate(data);
    this.#listed = FIELDS.filter((field) => this.errors[field]).map((field) => [field, this.errors[field]!]);
    if (this.#listed.length) {
      await this.updateComplete;
      return this.#focus(this.#listed[0][0]);
    }
    const request = this.#payload(data);
    // A bot fills the field people cannot see: it looks sent, and nothing is.
    if (data.get(HONEYPOT)) return this.#done(0, false);
    // Too fast to be typed: send nothing, and let a person (say, using autofill) simply press again.
    this.tooFast = IopAppointmentForm.clock.now() - this.#shownAt < this.config.minFillSeconds! * 1000;
    if (this.tooFast) return;
    if (!emit(this, 'iop-submit', { requestId: request.requestId, data: request }, true)) return;
    if (!this.config.endpoint) {
      this.addIssue({ path: 'endpoint', message: this.t.missingEndpoint });
      return this.#fail('no-endpoint');
    }
    await this.#send(request);
  };

  async #send(request: AppointmentRequest): Promise<void> {
    const controller = (this.#controller = new AbortController());
    this.#pending = request;
    this.failure = '';
    const json = this.config.format !== 'form';
    const outcome = await deliver({
      endpoint: this.config.endpoint!,
      // URLSearchParams turns each value, `true` included, into text.
      body: json ? JSON.stringify(request) : new URLSearchParams(request as unknown as Record<string, string>),
      headers: { 'Idempotency-Key': request.requestId, ...(json && { 'Content-Type': 'application/json' }) },
      timeout: this.config.timeout! * 1000,
      delays: this.config.retryDelays!,
      budget: this.config.maxWait! * 1000,
      clock: IopAppointmentForm.clock,
      signal: controller.signal,
      progress: (state) => (this.status = state),
    });
    this.#controller = undefined;
    if (!outcome) {
      // Taken out of the page: ready to send again, and resumed if it is already back.
      this.status = 'idle';
      if (this.isConnected) void this.#send(request);
      return;
    }
    this.#pending = undefined;
    if (outcome.error === undefined) return void this.#done(outcome.status, true);
    this.#fail(outcome.error);
    // The endpoint's own reasons (a 400 with `errors`), each at its field, as text; the values stay.
    const named = FIELDS.filter((field) => typeof outcome.fields?.[field] === 'string');
    if (named.length) {
      this.#listed = named.map((field) => [field, outcome.fields![field] as string]);
      this.errors = Object.fromEntries(this.#listed);
      await this.updateComplete;
      this.#focus(named[0]);
    }
  }

  #fail(error: string) {
    this.status = 'failed';
    this.failure = error;
    emit(this, 'iop-submit-failed', { requestId: this.#identity!.requestId, error });
  }

  async #done(status: number, real: boolean) {
    this.status = 'sent';
    if (real) emit(this, 'iop-submitted', { requestId: this.#identity!.requestId, status });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="confirmation"]')?.focus();
  }

  /**
   * Turns the coverage questions on (hidden ones become optional), brings them into view and moves
   * focus to `insurance`, as `<iop-insurance>`'s "Check my coverage" does. False once the form
   * shows its confirmation.
   */
  askInsurance(): boolean {
    if (this.status === 'sent') return false;
    this.asked = true;
    void this.updateComplete.then(() => {
      const control = this.renderRoot.querySelector<HTMLElement>('[name="insurance"]');
      control?.scrollIntoView({ block: 'center' });
      control?.focus();
    });
    return true;
  }

  /** For a CMS plugin that cancelled `iop-submit` and delivered the request itself. */
  showConfirmation(): void {
    void this.#done(0, false);
  }

  #focus(field: FieldName) {
    this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  }

  protected override render() {
    const { config, t, status } = this;
    const phone = config.phone;
    const busy = !!this.#controller;
    const failed = status === 'failed' && this.failure !== 'no-endpoint';
    // Once sent, the confirmation is the one named region.
    return html`<section part="base" aria-labelledby=${status === 'sent' ? nothing : 'heading'}>
      ${this.renderIssues(t)}
      ${status === 'sent'
        ? confirmation(t, config, this.#via, this.renderHeading(t.sentHeading, t.sentHeading))
        : html`${this.renderHeading(config.heading, t.heading)}
            ${crisis(t, true, phone, this.#hours())}
            <p class="intro">${t.intro}</p>
            ${summary(t, this.#listed, this.errors, (field) => this.#focus(field))}
            <form part="form" method="post" novalidate @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onInput}>
              ${FIELDS.map((name) =>
                this.#eitherContact && name === 'phone'
                  ? html`<fieldset part="field" class="contact">
                      <legend part="legend">${t.contact} <span class="req">${t.contactReq}</span></legend>
                      ${this.#field('phone')}${this.#field('email')}
                    </fieldset>`
                  : (this.#eitherContact && name === 'email') || this.#presence(name) === 'hidden'
                    ? nothing
                    : this.#field(name),
              )}
              <div class="visually-hidden" inert>
                <label>Website <input name=${HONEYPOT} tabindex="-1" autocomplete="off" /></label>
              </div>
              <p part="status" role="status" class=${status === 'sending' ? 'visually-hidden' : ''}>
                ${busy ? t[status as Progress] : this.tooFast ? t.tooFast : nothing}${status === 'retrying' ? callUs(t, phone) : nothing}
              </p>
              ${status === 'failed' ? failure(t, this.failure, phone) : nothing}
              <button part=${failed ? 'submit retry' : 'submit'} type="submit" aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? t.sending : failed ? t.retry : t.submit}
              </button>
            </form>`}
    </section>`;
  }

  #field(name: FieldName) {
    const t = this.t;
    const hint = name === 'message' ? t.messageHint : name === 'leaveMessage' ? t.leaveMessageHint : name === 'name' && this.answers.startsWith('someone') ? t.nameOther : '';
    const carriers = this.facility?.carriers?.map((carrier) => (typeof carrier === 'string' ? carrier : carrier.name));
    return field(name, t, this.#presence(name) === 'required', this.errors[name], this.config, hint, carriers);
  }

  /** When the facility's line is answered, in the visitor's time; nothing when not set. */
  #hours() {
    const { t, facility } = this;
    const hours = facility?.admissionsHours;
    if (!hours) return '';
    if (hours === '24/7') return t.hours247;
    const now = IopAppointmentForm.clock.date();
    const zone = facility.timezone ?? visitorZone();
    // Rendered with no visitor (a prerendered page, see prerender/index.mjs): nothing true only "now".
    if ((globalThis as { __iopStatic?: boolean }).__iopStatic) return weekHours(t, hours, zone, this.locale, now);
    const [open, at] = answeredAt(hours, zone, now);
    if (!isFinite(at)) return '';
    const time = new Intl.DateTimeFormat(this.locale, { weekday: open ? undefined : 'long', hour: 'numeric', minute: '2-digit' }).format(at);
    return fmt(open ? t.openNow : t.closedNow, { time });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-appointment-form': IopAppointmentForm;
  }
}
