/**
 * The kit's elements, listed once. Plain data with no imports, so the build (JSON Schemas, the
 * manifest) and the tests read the same list in node or in the browser; src/index.ts defines each
 * tag in this order. The facility comes first: elements already in the page upgrade in definition
 * order, and the ones inside a facility must find its context provider when they connect.
 */
export declare const elements: readonly [{
    readonly tag: "iop-facility";
    readonly shape: "facilityShape";
    readonly description: "The facility, shared with the elements inside it.";
}, {
    readonly tag: "iop-level-of-care";
    readonly shape: "levelOfCareShape";
    readonly description: "Where this program sits on the continuum of care.";
}, {
    readonly tag: "iop-therapy-list";
    readonly shape: "therapyListShape";
    readonly description: "The therapies and services the program offers.";
}, {
    readonly tag: "iop-schedule";
    readonly shape: "scheduleShape";
    readonly description: "When the program meets.";
}, {
    readonly tag: "iop-insurance";
    readonly shape: "insuranceShape";
    readonly description: "How the program is paid for: insurance accepted, payment options, a free coverage check.";
}, {
    readonly tag: "iop-appointment-form";
    readonly shape: "appointmentFormShape";
    readonly description: "A request for an appointment.";
}];
export type Tag = (typeof elements)[number]['tag'];
/** Where each element's schema lives, relative to the package root: `src/<tag>/<tag>.schema.ts`. */
export declare const schemaModule: (tag: Tag) => string;
