export { facilityShape, type Address } from '../shared/facility.schema.js';
