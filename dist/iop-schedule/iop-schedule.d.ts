import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { IopElement } from '../shared/iop-element.js';
import { type CommonText } from '../shared/i18n.js';
import type { ConfigOf } from '../shared/validate.js';
import { scheduleShape } from './iop-schedule.schema.js';
import { scheduleText } from './iop-schedule.strings.js';
type Text = (typeof scheduleText)['en'] & CommonText;
/** More tracks than any program runs; past it, the rest are counted, not drawn. */
export declare const MAX_TRACKS = 20;
/**
 * When the program meets: each track's days and times, sessions and hours a week, the program's
 * length and total hours, and each time in the visitor's own zone when it differs, correct across
 * daylight-saving changes. A week table on wide screens, a list of days on a phone. At most
 * `MAX_TRACKS` tracks are shown, with a line saying so: no page is blocked by a runaway list.
 *
 * @tagname iop-schedule
 * @summary When the program meets, in the visitor's own time.
 * @csspart base - The section around everything.
 * @csspart heading - The heading.
 * @csspart summary - The program's length and time zone.
 * @csspart week - The week table (wide screens).
 * @csspart table - Same node as `week`.
 * @csspart track - Each track: name, note, totals and its list of days (the list shows on phones).
 * @csspart track-name - Each track's heading.
 * @csspart item - Each session in a track's list.
 * @csspart telehealth - The telehealth mark.
 * @csspart error - The notice listing configuration problems.
 * @event iop-config-error - The configuration has problems; `detail.issues` lists them.
 */
export declare class IopSchedule extends IopElement {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /** JSON array of tracks: `name`, `sessions` (`{ day, start, end }`), `telehealth`, `note`. */
    tracks?: unknown;
    /** Program length: `"10"` or `"8-12"` weeks. */
    weeks?: string;
    /** IANA zone of the times. Default: the facility's, else the visitor's. */
    timezone?: string;
    /** Heading text. */
    heading?: string;
    /** A `Date`: the day the times are placed from (the coming week). Default: today. */
    now?: unknown;
    protected config: ConfigOf<typeof scheduleShape>;
    protected t: Text;
    protected willUpdate(changed: PropertyValues): void;
    /** Each session as schema.org opening hours of the facility, in the program's own times. */
    schemaOrg(): {
        openingHoursSpecification: {
            '@type': string;
            dayOfWeek: string;
            opens: string;
            closes: string;
        }[];
    };
    protected render(): import("lit-html").TemplateResult<1>;
}
declare global {
    interface HTMLElementTagNameMap {
        'iop-schedule': IopSchedule;
    }
}
export {};
