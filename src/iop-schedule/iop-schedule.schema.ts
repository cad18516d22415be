import * as z from 'zod/mini';
import { matches, nonEmptyText, rule, text, timeZone } from '../shared/schema.js';
import { lazy } from '../shared/validate.js';

export const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof days)[number];

/** Minutes since midnight of an `HH:MM` time. */
export const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

// An end may be 24:00, the midnight that closes a late session.
const time = (end?: boolean) => z.string().check(matches(end ? /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/ : /^([01]\d|2[0-3]):[0-5]\d$/, 'badTime'));

const sessionSchema = () =>
  z
    .strictObject({ day: z.enum(days), start: time(), end: time(true) })
    .check(z.refine((s) => minutes(s.end) > minutes(s.start), { ...rule('endBeforeStart'), path: ['end'] }));

export type Session = z.output<ReturnType<typeof sessionSchema>>;

const trackSchema = () => z.strictObject({
  name: nonEmptyText(),
  sessions: z.array(sessionSchema()).check(
    z.minLength(1),
    // More than a week can hold in practice: such a list is a mistake, not a schedule to draw.
    z.refine((sessions) => sessions.length <= 50, rule('expectedAtMost', { max: 50 })),
    // Two sessions of one track on the same day must not overlap; the later one is reported.
    // Sorted by day and start, then one sweep: linear after the sort, even for a huge list.
    z.superRefine((sessions, ctx) => {
      // Sessions that failed their own checks are reported already; compare only well-formed ones.
      if (!sessions.every((s) => s && typeof s.start === 'string' && typeof s.end === 'string')) return;
      let last: number | undefined;
      const at = (i: number) => days.indexOf(sessions[i].day) * 1440;
      for (const i of sessions.map((_, i) => i).sort((a, b) => at(a) + minutes(sessions[a].start) - at(b) - minutes(sessions[b].start))) {
        if (last !== undefined && at(last) === at(i) && minutes(sessions[i].start) < minutes(sessions[last].end)) {
          const [other, later] = last < i ? [last, i] : [i, last];
          ctx.addIssue({ code: 'custom', input: sessions[later], path: [later], params: { key: 'overlap', other } });
        }
        if (last === undefined || at(last) !== at(i) || minutes(sessions[i].end) > minutes(sessions[last].end)) last = i;
      }
    }),
  ),
  telehealth: z.optional(z.boolean()),
  note: z.optional(text()),
});

export type Track = z.output<ReturnType<typeof trackSchema>>;

/** `"10"` or `"8-12"`: the program's length in weeks. */
const weeksSchema = () => z.string().check(
  // No zero: "0" is a bad number of weeks (this message), not "min must not be greater than max".
  matches(/^\s*0?[1-9]\d?\s*([-–]\s*0?[1-9]\d?\s*)?$/, 'badWeeks'),
  z.refine((w) => {
    const [min, max = min] = w.split(/[-–]/).map(Number);
    return !(min > max);
  }, rule('rangeOrder')),
);

/** `<iop-schedule>`: each key is an attribute (kebab-case) and a property; `now` is a property only. */
export const scheduleShape = lazy(
  {
    tracks: () => z.array(trackSchema()),
    weeks: weeksSchema,
    timezone: timeZone,
    heading: text,
    // The day the times are placed from; a bad one is named and today is used. Not JSON: the JSON Schema leaves it out.
    now: () => z.custom<Date>((value) => value instanceof Date && !isNaN(+value), rule('badFormat')),
  },
  { weeks: '8-12' },
);
