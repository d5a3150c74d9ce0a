import { processIO } from './io.js';
import { main } from './main.js';

/** Calls `then` once `stream` has taken everything written to it before; not if writing failed. */
const drained = (stream: NodeJS.WriteStream, then: () => void): void => {
  // A failed write is left to io.ts's error handler, which ends the run with its own code.
  stream.write('', (e) => e || then());
};

// The bundle's entry (scripts/bundle.mjs): bin/thidua.js loads it with V8's code cache.
void main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
  // main has finished all its work (every write to a file is synchronous), so
  // leave as soon as stdout and stderr have taken their output rather than when
  // the event loop runs dry: at that point Node also tears the heap down and
  // waits for V8's background compiles, work whose results nothing reads
  // (CPU: ~10 ms on one plan, ~100 ms on 10,000 files).
  drained(process.stdout, () => drained(process.stderr, () => process.exit(code)));
});
