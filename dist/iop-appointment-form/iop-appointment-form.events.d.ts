/** The form's events, typed in one place; all bubble and cross shadow roots (see `emit`). */
/** The request as it will be sent: field values (hidden and empty ones left out) and its identity. */
export interface AppointmentRequest {
    [field: string]: string | boolean;
    /** A UUID, also sent as the `Idempotency-Key` header; the same while the body is the same. */
    requestId: string;
    /** ISO 8601, set once per `requestId`, so a retry sends the very same body. */
    submittedAt: string;
    locale: string;
    /** The visitor's IANA time zone, so `bestTime` is read in their time. */
    timeZone: string;
}
export interface IopSubmitDetail {
    requestId: string;
    data: AppointmentRequest;
}
/** `status`: the endpoint's 2xx or 3xx, or 0 for a redirect (the browser hides its code). */
export interface IopSubmittedDetail {
    requestId: string;
    status: number;
}
/** `error`: `timeout`, `network`, `no-endpoint` or `http-<status>`; never a field value. */
export interface IopSubmitFailedDetail {
    requestId: string;
    error: string;
}
declare global {
    interface GlobalEventHandlersEventMap {
        'iop-form-start': CustomEvent<undefined>;
        'iop-submit': CustomEvent<IopSubmitDetail>;
        'iop-submitted': CustomEvent<IopSubmittedDetail>;
        'iop-submit-failed': CustomEvent<IopSubmitFailedDetail>;
    }
}
