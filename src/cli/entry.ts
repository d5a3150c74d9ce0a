import { processIO } from './io.js';
import { main } from './main.js';

// The bundle's entry (scripts/bundle.mjs): bin/thidua.js loads it with V8's code cache.
void main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
