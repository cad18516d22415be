import * as z from 'zod/mini';
import { nonEmptyText, safeUrl, text, uniqueBy } from '../shared/schema.js';
import { lazy } from '../shared/validate.js';

export const categories = ['core', 'evidence-based', 'experiential', 'support', 'medical'] as const;
export const formats = ['individual', 'group', 'family'] as const;

const therapySchema = () =>
  z.strictObject({
    name: nonEmptyText(),
    description: z.optional(text()),
    category: z.enum(categories),
    formats: z.optional(z.array(z.enum(formats)).check(uniqueBy<string>(String))),
    telehealth: z.optional(z.boolean()),
    url: z.optional(safeUrl()),
  });

export type Therapy = z.output<ReturnType<typeof therapySchema>>;

/** `<iop-therapy-list>`: each key is an attribute (kebab-case) and a property. */
export const therapyListShape = lazy({
  therapies: () => z.array(therapySchema()).check(uniqueBy<Therapy>((therapy) => therapy.name, 'name')),
  filterable: z.boolean,
  layout: () => z.enum(['grid', 'list']),
  heading: text,
}, { filterable: false, layout: 'grid' });
