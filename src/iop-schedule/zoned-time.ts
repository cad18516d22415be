/**
 * Wall-clock times in a named zone, turned into instants, with nothing but Intl. A program's
 * "Monday 09:00" is an instant only once we know which Monday: we use the next one, so a visitor
 * sees the right hour for the coming week, across daylight-saving changes.
 */
import { days, minutes, type Day } from './iop-schedule.schema.js';
import { intl } from '../shared/i18n.js';

/** The civil date and time shown by `zone`'s clocks at `instant`. */
function wall(zone: string, instant: number) {
  const format = intl(Intl.DateTimeFormat, 'en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { y: +parts.year, m: +parts.month - 1, d: +parts.day, minute: +parts.hour * 60 + +parts.minute, weekday: parts.weekday.toLowerCase() as Day };
}

/** How far `zone`'s clocks are ahead of UTC at `instant`, in ms. */
export function offset(zone: string, instant: number): number {
  const { y, m, d, minute } = wall(zone, instant);
  return Date.UTC(y, m, d, 0, minute) - (instant - (instant % 60_000));
}

/** The instant when `zone`'s clocks show `minute` minutes past midnight on y-m-d. */
function instantAt(zone: string, y: number, m: number, d: number, minute: number): number {
  const local = Date.UTC(y, m, d, 0, minute);
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  return local - offset(zone, local - offset(zone, local));
}

/** The next `day` at `time` in `zone`, from `now` on (today counts). */
export function nextOccurrence(zone: string, day: Day, time: string, now: number): number {
  const today = wall(zone, now);
  const ahead = (days.indexOf(day) - days.indexOf(today.weekday) + 7) % 7;
  return instantAt(zone, today.y, today.m, today.d + ahead, minutes(time));
}

/** The weekday `zone`'s clocks show at `instant`. */
export const weekdayIn = (zone: string, instant: number): Day => wall(zone, instant).weekday;
