import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { type CommonText } from '../shared/i18n.js';
import type { ConfigOf } from '../shared/validate.js';
import { insuranceShape } from './iop-insurance.schema.js';
import { insuranceText } from './iop-insurance.strings.js';
type Text = (typeof insuranceText)['en'] & CommonText;
/**
 * How the program is paid for: the insurance the facility accepts and its other payment options,
 * a plain sentence on what checking coverage involves (free, no commitment), and "Check my
 * coverage", which opens the appointment form's insurance questions, or, with no form on the page,
 * gives the facility's phone. It names only the carriers the facility wrote; with none, none.
 *
 * @tagname iop-insurance
 * @summary How the program is paid for: insurance accepted, payment options, a free coverage check.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart intro - The sentence on what checking coverage involves.
 * @csspart subheading - The headings "Insurance we accept" and "Payment options".
 * @csspart carriers - The list of insurance accepted.
 * @csspart payments - The list of payment options.
 * @csspart item - Each carrier and payment option.
 * @csspart carrier - Each carrier (also an `item`).
 * @csspart payment - Each payment option (also an `item`).
 * @csspart note - A carrier's note.
 * @csspart verify - The "Check my coverage" button.
 * @csspart call - The line with the phone number, when there is no form to go to.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export declare class IopInsurance extends IopElement {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /** JSON array of insurance companies or plans the facility is in network with: names, or `{ name, note }`. Default: the facility's. */
    carriers?: unknown;
    /** JSON array of `medicaid`, `medicare`, `tricare`, `self-pay`, `payment-plan`, `sliding-scale`. Default: the facility's. */
    accepts?: unknown;
    /** Boolean: "Check my coverage", which opens the page's appointment form at its insurance questions, or with no form gives the phone. `verify="false"` for neither. Default: on. */
    verify?: boolean;
    /** Heading text. */
    heading?: string;
    /** Phone number to call to check coverage when there is no form. Default: the facility's. */
    phone?: string;
    protected config: ConfigOf<typeof insuranceShape>;
    protected t: Text;
    protected willUpdate(changed: PropertyValues): void;
    protected render(): import("lit-html").TemplateResult<1>;
    /** The carriers and payment options, for the facility's `paymentAccepted` and `healthPlanNetworkId`. */
    schemaOrg(): {
        paymentAccepted: string[];
        healthPlanNetworkId: string[];
    };
}
declare global {
    interface HTMLElementTagNameMap {
        'iop-insurance': IopInsurance;
    }
}
export {};
