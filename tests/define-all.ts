// Every element, defined by the kit's own entry module, as the bundle defines them.
import '../src/index.js';
