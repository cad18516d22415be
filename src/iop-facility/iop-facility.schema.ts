// The facility's schema is shared by every element (src/shared/facility.schema.ts); this module keeps
// the `src/<tag>/<tag>.schema.ts` place the registry and the build look in.
export { facilityShape, type Address } from '../shared/facility.schema.js';
