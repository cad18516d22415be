import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { type CommonText } from '../shared/i18n.js';
import type { ConfigOf } from '../shared/validate.js';
import { therapyListShape } from './iop-therapy-list.schema.js';
import { therapyListText } from './iop-therapy-list.strings.js';
type Text = (typeof therapyListText)['en'] & CommonText;
/**
 * Therapies drawn before a "Show N more" button: a keystroke over a long catalogue lays out at
 * most this many cards (a thousand took ~60 ms a keystroke), and a phone is not handed a wall of them.
 */
export declare const MAX_SHOWN = 50;
/**
 * The therapies and services the program offers, grouped by category, with optional filters by
 * category, format and text. Defaults: the core services and the evidence-based and experiential
 * therapies an IOP typically offers.
 *
 * @tagname iop-therapy-list
 * @summary The therapies and services the program offers.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart filters - The search box and the two filters.
 * @csspart count - The number of therapies shown (a polite live region).
 * @csspart label - Each filter's label (the search box's and both lists').
 * @csspart input - The search box.
 * @csspart select - The category and format lists.
 * @csspart category - Each category's heading.
 * @csspart list - Each category's list.
 * @csspart item - Each therapy.
 * @csspart therapy - Same nodes as `item`.
 * @csspart therapy-name - Each therapy's name (a heading).
 * @csspart toggle - Each therapy's More button (narrow screens).
 * @csspart telehealth - "Telehealth available".
 * @csspart empty - The "no therapies match" message.
 * @csspart reset - The button that clears the filters.
 * @csspart more - The button that shows the matching therapies past the first 50.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export declare class IopTherapyList extends IopElement {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /** JSON array of therapies; replaces the defaults. */
    therapies?: unknown;
    /** Adds category and format filters and a text search. */
    filterable?: boolean;
    /** `grid` or `list`. */
    layout?: string;
    /** Heading text. */
    heading?: string;
    private query;
    private category;
    private format;
    protected config: ConfigOf<typeof therapyListShape>;
    protected t: Text;
    protected willUpdate(changed: PropertyValues): void;
    protected render(): TemplateResult<1>;
    /** Each therapy as a schema.org service of the facility. */
    schemaOrg(): {
        availableService: {
            '@type': string;
            name: string;
            description: string | undefined;
        }[];
    };
}
declare global {
    interface HTMLElementTagNameMap {
        'iop-therapy-list': IopTherapyList;
    }
}
export {};
