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
export declare const facilityContext: {
    __context__: Facility | undefined;
};
