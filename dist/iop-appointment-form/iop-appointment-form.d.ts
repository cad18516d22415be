import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import type { ConfigOf } from '../shared/validate.js';
import { appointmentFormShape } from './iop-appointment-form.schema.js';
import { type Text } from './iop-appointment-form.view.js';
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
export declare class IopAppointmentForm extends IopElement {
    #private;
    static styles: import("lit").CSSResult[];
    /** The clock every form reads: a hook for tests (see the class description), not configuration. */
    static clock: {
        now(): number;
        date(): number;
        sleep(ms: number, signal?: AbortSignal): Promise<void>;
    };
    static properties: PropertyDeclarations;
    /** Where the request is sent: https (or http on localhost) once resolved against the page. Default: the facility's. */
    endpoint?: string;
    /** `json` (default) or `form` (application/x-www-form-urlencoded). */
    format?: string;
    /** JSON object: field name to `required`, `optional` or `hidden`. Shown by default: forWhom, name, phone, email, contactMethod, leaveMessage (for a call or a text), consent. */
    fields?: unknown;
    /** JSON array of program names for the "program of interest" choice. */
    programs?: unknown;
    /** Phone shown beside the crisis notice and when sending fails. Default: the facility's. */
    phone?: string;
    /** Link to the facility's privacy notice, shown by the consent box. */
    privacyUrl?: string;
    /** A submit sooner than this after the form appeared is treated as a bot. Default 3. */
    minFillSeconds?: number;
    /** Seconds to wait for each attempt before trying again. Default 10. */
    timeout?: number;
    /** Seconds from pressing send to a known outcome, retries included (time offline aside). Default 30. */
    maxWait?: number;
    /** Milliseconds before each retry; its length is the number of retries (at most 6). Default `[1000, 3000, 9000]`. */
    retryDelays?: number[];
    /** When the facility will reach them, completing "We will call you …". Default "within one business day". */
    responseTime?: string;
    /** Heading text. */
    heading?: string;
    /** The facility's name, for the confirmation. Default: the facility's. */
    name?: string;
    private status;
    private failure;
    private errors;
    private tooFast;
    /** The answers the rest of the form follows: for whom, and how to reach them. */
    private answers;
    /** `askInsurance()` was called: the coverage questions are on. */
    private asked;
    protected config: ConfigOf<typeof appointmentFormShape>;
    protected t: Text;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues): void;
    protected firstUpdated(): void;
    /**
     * Turns the coverage questions on (hidden ones become optional), brings them into view and moves
     * focus to `insurance`, as `<iop-insurance>`'s "Check my coverage" does. False once the form
     * shows its confirmation.
     */
    askInsurance(): boolean;
    /** For a CMS plugin that cancelled `iop-submit` and delivered the request itself. */
    showConfirmation(): void;
    protected render(): import("lit-html").TemplateResult<1>;
}
declare global {
    interface HTMLElementTagNameMap {
        'iop-appointment-form': IopAppointmentForm;
    }
}
