/** One problem in an element's configuration: where (`therapies[2].name`) and what. */
export interface ConfigIssue {
    path: string;
    message: string;
}
export interface IopConfigErrorDetail {
    issues: ConfigIssue[];
}
/** Every kit event bubbles and crosses shadow roots, so a page listens once on `document`. */
export declare function emit<T>(target: EventTarget, type: string, detail: T, cancelable?: boolean): boolean;
/** The request as it will be sent: field values (hidden and empty ones left out) and its identity. */
export interface AppointmentRequest {
    [field: string]: string | boolean;
    requestId: string;
    submittedAt: string;
    locale: string;
}
export interface IopSubmitDetail {
    requestId: string;
    data: AppointmentRequest;
}
export interface IopSubmittedDetail {
    requestId: string;
    status: number;
}
/** `error`: `timeout`, `network`, `offline`, `no-endpoint` or `http-<status>`; never a field value. */
export interface IopSubmitFailedDetail {
    requestId: string;
    error: string;
}
declare global {
    interface GlobalEventHandlersEventMap {
        'iop-config-error': CustomEvent<IopConfigErrorDetail>;
        'iop-form-start': CustomEvent<undefined>;
        'iop-submit': CustomEvent<IopSubmitDetail>;
        'iop-submitted': CustomEvent<IopSubmittedDetail>;
        'iop-submit-failed': CustomEvent<IopSubmitFailedDetail>;
    }
}
