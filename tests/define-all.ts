// Every element, defined by what ships: the built bundle (`npm test` builds it first), so the
// browser tests exercise dist/iop-widgets.js with its build-time guards, not a second build of src.
import '../dist/iop-widgets.js';
