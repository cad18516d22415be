import * as z from 'zod/mini';
import { matches, nonEmptyText, rule, text, timeZone } from '../shared/schema.js';

export const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof days)[number];

/** Minutes since midnight of an `HH:MM` time. */
export const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

const time = z.string().check(matches(/^([01]\d|2[0-3]):[0-5]\d$/, 'badTime'));

export const sessionSchema = z
  .strictObject({ day: z.enum(days), start: time, end: time })
  .check(z.refine((s) => minutes(s.end) > minutes(s.start), { ...rule('endBeforeStart'), path: ['end'] }));

export type Session = z.infer<typeof sessionSchema>;

export const trackSchema = z.strictObject({
  name: nonEmptyText,
  sessions: z.array(sessionSchema).check(
    z.minLength(1),
    // Two sessions of one track on the same day must not overlap; the later one is reported.
    z.superRefine((sessions, ctx) =>
      sessions.forEach((s, i) => {
        const clash = sessions.findIndex((o, j) => j < i && o.day === s.day && minutes(o.start) < minutes(s.end) && minutes(s.start) < minutes(o.end));
        if (clash >= 0) ctx.addIssue({ code: 'custom', input: s, path: [i], params: { key: 'overlap', other: clash } });
      }),
    ),
  ),
  telehealth: z.optional(z.boolean()),
  note: z.optional(text),
});

export type Track = z.infer<typeof trackSchema>;

/** `"10"` or `"8-12"`: the program's length in weeks. */
export const weeksSchema = z.string().check(
  matches(/^\s*\d{1,2}\s*([-–]\s*\d{1,2}\s*)?$/, 'badWeeks'),
  z.refine((w) => {
    const [min, max = min] = w.split(/[-–]/).map(Number);
    return min > 0 && min <= max;
  }, rule('rangeOrder')),
);

/** `<iop-schedule>`: each key is an attribute (kebab-case) and a property. */
export const scheduleShape = {
  tracks: z.array(trackSchema),
  weeks: weeksSchema,
  timezone: timeZone,
  heading: text,
};
