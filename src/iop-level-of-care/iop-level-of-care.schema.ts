import * as z from 'zod/mini';
import { matches, nonEmptyText, phoneNumber, rule, text, uniqueBy } from '../shared/schema.js';
import { lazy } from '../shared/validate.js';

/** ASAM-style codes: `0.5`, `1`, `2.1`, `3.7`, `4`. */
const levelCode = () => z.string().check(matches(/^\d+(\.\d+)?$/, 'badLevelCode'));

const hours = () => z.number().check(z.minimum(0), z.maximum(168));

/** Clinical hours a week: a range with either end open, or `"24h"` for round-the-clock care. */
const hoursPerWeek = () =>
  z.union([
    z.literal('24h'),
    z
      .strictObject({ min: z.optional(hours()), max: z.optional(hours()) })
      .check(
        z.refine((h) => h.min !== undefined || h.max !== undefined, rule('needOne', { keys: 'min, max' })),
        z.refine((h) => h.min === undefined || h.max === undefined || h.min <= h.max, rule('rangeOrder')),
      ),
  ]);

const levelSchema = () =>
  z.strictObject({
    code: levelCode(),
    name: nonEmptyText(),
    summary: z.optional(text()),
    hoursPerWeek: z.optional(hoursPerWeek()),
    setting: z.optional(z.enum(['home', 'residence', 'hospital'])),
    supervision: z.optional(text()),
    duration: z.optional(text()),
    suitableFor: z.optional(z.array(nonEmptyText())),
  });

export type Level = z.output<ReturnType<typeof levelSchema>>;

/** `<iop-level-of-care>`: each key is an attribute (kebab-case) and a property. */
export const levelOfCareShape = lazy({
  levels: () => z.array(levelSchema()).check(z.minLength(1), uniqueBy<Level>((level) => level.code, 'code')),
  current: levelCode,
  offered: () => z.array(levelCode()),
  view: () => z.enum(['chart', 'table']),
  heading: text,
  name: nonEmptyText,
  phone: phoneNumber,
}, { view: 'chart' });
