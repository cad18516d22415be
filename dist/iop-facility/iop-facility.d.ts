import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
/**
 * Holds what the kit's elements share and hands it to every one of them inside it. An element's
 * own attribute wins over the facility's. Values that fail validation are reported here and not
 * passed on.
 *
 * @tagname iop-facility
 * @summary The facility's name, phone, time zone and endpoint, shared with the elements inside.
 * @slot - The kit's elements, and any other page content.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export declare class IopFacility extends IopElement {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /** The facility's name, as visitors know it. */
    name?: string;
    /** Phone number: the fallback contact shown by every element. */
    phone?: string;
    /** Email address. */
    email?: string;
    /** The facility's website. */
    url?: string;
    /** JSON `{ street, city, region, postalCode, country }`. */
    address?: unknown;
    /** IANA time zone of the program's times, e.g. `America/Chicago`. */
    timezone?: string;
    /** Where appointment requests are sent (https or relative). */
    endpoint?: string;
    /** When the admissions phone is answered: `"24/7"` or JSON `{ "mon": "08:00-20:00", ... }` in the facility's zone. */
    admissionsHours?: unknown;
    /** JSON array of insurance companies or plans the facility is in network with: names, or `{ name, note }`. */
    carriers?: unknown;
    /** JSON array of `medicaid`, `medicare`, `tricare`, `self-pay`, `payment-plan`, `sliding-scale`. */
    accepts?: unknown;
    /** Adds a schema.org `MedicalClinic` description of the facility to the document, for search engines. */
    structuredData: boolean;
    protected willUpdate(changed: PropertyValues): void;
    protected render(): import("lit-html").TemplateResult<1>;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected updated(changed: PropertyValues): void;
}
declare global {
    interface HTMLElementTagNameMap {
        'iop-facility': IopFacility;
    }
}
