import { processIO } from './io.js';
import { main } from './main.js';

// The bundle's entry (scripts/bundle.mjs): bin/thidua.js loads it with V8's code cache.
const io = processIO();
void main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // main has finished all its work (every write to a file is synchronous), so
  // leave as soon as stdout and stderr have taken their output rather than when
  // the event loop runs dry: at that point Node also tears the heap down and
  // waits for V8's background compiles, work whose results nothing reads
  // (CPU: ~10 ms on one plan, ~100 ms on 10,000 files).
  io.whenWritten(() => process.exit(code));
});
