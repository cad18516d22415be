import { createContext } from '@lit/context';
import type { facilityShape } from './facility.schema.js';
import type { ConfigOf } from './validate.js';

export type { Address } from './facility.schema.js';

/** What `<iop-facility>` shares with the elements inside it; only values that passed validation. */
export type Facility = ConfigOf<typeof facilityShape>;

// A string key, not a Symbol: two copies of the bundle on one page still find each other.
export const facilityContext = createContext<Facility | undefined>('iop-facility');
