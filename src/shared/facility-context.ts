import { createContext } from '@lit/context';

export interface Address {
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** What `<iop-facility>` shares with the elements inside it; only values that passed validation. */
export interface Facility {
  name?: string;
  phone?: string;
  email?: string;
  url?: string;
  address?: Address;
  timezone?: string;
  endpoint?: string;
}

// A string key, not a Symbol: two copies of the bundle on one page still find each other.
export const facilityContext = createContext<Facility | undefined>('iop-facility');
