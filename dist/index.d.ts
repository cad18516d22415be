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
