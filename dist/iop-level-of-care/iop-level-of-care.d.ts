import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { type CommonText } from '../shared/i18n.js';
import type { ConfigOf } from '../shared/validate.js';
import { levelOfCareShape } from './iop-level-of-care.schema.js';
import { levelOfCareText } from './iop-level-of-care.strings.js';
type Text = (typeof levelOfCareText)['en'] & CommonText;
type Config = ConfigOf<typeof levelOfCareShape>;
/**
 * The continuum of care, from early intervention to medically managed inpatient care, with this
 * program's level marked. Defaults follow the ASAM Criteria, with intensive outpatient (2.1) current.
 *
 * @tagname iop-level-of-care
 * @summary Where this program sits on the continuum of care.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart level-name - Each level's name (a heading in the chart).
 * @csspart toggle - Each level's Details button (narrow screens).
 * @csspart table - The comparison table (`view="table"`).
 * @csspart item - Each level (a list item, or a table row).
 * @csspart level - Same nodes as `item`.
 * @csspart current - The level of this program.
 * @csspart badge - "This program", "Also offered here" or "Not offered here".
 * @csspart note - The closing note about assessment, with the phone number.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export declare class IopLevelOfCare extends IopElement {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /** JSON array of levels; replaces the default ASAM levels. */
    levels?: unknown;
    /** Code of this program's level. Default `2.1`. */
    current?: string;
    /** JSON array of codes the facility offers; the others are shown muted. Default `[current]`. */
    offered?: unknown;
    /** `chart` (intensity ladder) or `table` (side-by-side comparison). */
    view?: string;
    /** Heading text. */
    heading?: string;
    /** The facility's name for the closing note (default: the facility's). */
    name?: string;
    /** Phone number for the closing note (default: the facility's). */
    phone?: string;
    protected config: Config;
    protected t: Text;
    protected willUpdate(changed: PropertyValues): void;
    protected render(): import("lit-html").TemplateResult<1>;
}
declare global {
    interface HTMLElementTagNameMap {
        'iop-level-of-care': IopLevelOfCare;
    }
}
export {};
