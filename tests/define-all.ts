// The bundle's elements, plus the two that are built and tested but not yet in the bundle (size
// budget, see the README): defined here for their tests, as src/index.ts will once they ship.
import '../src/index.js';
import { IopTherapyList } from '../src/iop-therapy-list/iop-therapy-list.js';
import { IopAppointmentForm } from '../src/iop-appointment-form/iop-appointment-form.js';

for (const [tag, element] of [
  ['iop-therapy-list', IopTherapyList],
  ['iop-appointment-form', IopAppointmentForm],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
