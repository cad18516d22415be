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
declare global {
    interface GlobalEventHandlersEventMap {
        'iop-config-error': CustomEvent<IopConfigErrorDetail>;
    }
}
