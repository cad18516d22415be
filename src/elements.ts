/**
 * The kit's elements, listed once. Plain data with no imports, so the build (JSON Schemas, the
 * manifest) and the tests read the same list in node or in the browser; src/index.ts defines each
 * tag in this order. The facility comes first: elements already in the page upgrade in definition
 * order, and the ones inside a facility must find its context provider when they connect.
 */
export const elements = [
  { tag: 'iop-facility', shape: 'facilityShape', description: 'The facility, shared with the elements inside it.' },
  { tag: 'iop-level-of-care', shape: 'levelOfCareShape', description: 'Where this program sits on the continuum of care.' },
  { tag: 'iop-therapy-list', shape: 'therapyListShape', description: 'The therapies and services the program offers.' },
  { tag: 'iop-schedule', shape: 'scheduleShape', description: 'When the program meets.' },
  { tag: 'iop-insurance', shape: 'insuranceShape', description: 'How the program is paid for: insurance accepted, payment options, a free coverage check.' },
  { tag: 'iop-appointment-form', shape: 'appointmentFormShape', description: 'A request for an appointment.' },
] as const;

export type Tag = (typeof elements)[number]['tag'];

/** Where each element's schema lives, relative to the package root: `src/<tag>/<tag>.schema.ts`. */
export const schemaModule = (tag: Tag) => `src/${tag}/${tag}.schema.ts`;
