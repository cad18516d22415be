/**
 * iop-widgets: loading this module defines every element. Defining twice (two copies of the
 * bundle on one page) is skipped rather than thrown.
 */
import { IopFacility } from './iop-facility/iop-facility.js';
import { IopLevelOfCare } from './iop-level-of-care/iop-level-of-care.js';
import { IopTherapyList } from './iop-therapy-list/iop-therapy-list.js';
import { IopSchedule } from './iop-schedule/iop-schedule.js';
import { IopInsurance } from './iop-insurance/iop-insurance.js';
import { IopAppointmentForm } from './iop-appointment-form/iop-appointment-form.js';
import type { Tag } from './elements.js';

// One entry per tag of the registry (src/elements.ts): a tag missing here, or one the registry
// does not list, does not compile. Only the type is imported, so the registry's descriptions stay
// out of the bundle. The facility first: elements already in the page upgrade in definition order,
// and the ones inside a facility must find its context provider when they connect.
const classes: Record<Tag, CustomElementConstructor> = {
  'iop-facility': IopFacility,
  'iop-level-of-care': IopLevelOfCare,
  'iop-therapy-list': IopTherapyList,
  'iop-schedule': IopSchedule,
  'iop-insurance': IopInsurance,
  'iop-appointment-form': IopAppointmentForm,
};

for (const [tag, element] of Object.entries(classes)) if (!customElements.get(tag)) customElements.define(tag, element);

export { IopFacility, IopLevelOfCare, IopTherapyList, IopSchedule, IopInsurance, IopAppointmentForm };
/** The default therapy catalogue by language, for configurators and CMS admin screens. */
export { defaultTherapies } from './iop-therapy-list/iop-therapy-list.strings.js';
export type { Facility, Address } from './shared/facility-context.js';
export type { ConfigIssue, IopConfigErrorDetail } from './shared/events.js';
export type { AppointmentRequest, IopSubmitDetail, IopSubmittedDetail, IopSubmitFailedDetail } from './iop-appointment-form/iop-appointment-form.events.js';
export type { Level } from './iop-level-of-care/iop-level-of-care.schema.js';
export type { Therapy } from './iop-therapy-list/iop-therapy-list.schema.js';
export type { Day, Session, Track } from './iop-schedule/iop-schedule.schema.js';
export type { Carrier, Payment } from './shared/facility.schema.js';
