/**
 * Wall-clock times in a named zone, turned into instants, with nothing but Intl. A program's
 * "Monday 09:00" is an instant only once we know which Monday: we use the next one, so a visitor
 * sees the right hour for the coming week, across daylight-saving changes.
 */
import { type Day } from './iop-schedule.schema.js';
/** How far `zone`'s clocks are ahead of UTC at `instant`, in ms. */
export declare function offset(zone: string, instant: number): number;
/** The next `day` at `time` in `zone`, from `now` on (today counts). */
export declare function nextOccurrence(zone: string, day: Day, time: string, now: number): number;
/** The weekday `zone`'s clocks show at `instant`. */
export declare const weekdayIn: (zone: string, instant: number) => Day;
