import { defineConfig } from 'vitest/config';

// A guard against a hang, not a speed check (speed is measured in bench/):
// long enough for the slowest test on a busy shared machine.
const testTimeout = 60000;

export default defineConfig({
  test: {
    testTimeout,
    globalSetup: ['test/global-tmp.ts'],
    // Every core (vitest's default leaves one to itself): the e2e files mostly
    // wait on npm and the bin, so on a 2-core machine a second worker runs the
    // unit files meanwhile.
    maxWorkers: '100%',
    // Two projects that do not extend the root, so the root's globalSetup runs once, for the run.
    projects: [
      // One module graph for all unit files (isolate: false): importing src/ again
      // for each of ~110 files was most of the suite's CPU time. The files share
      // no state: each makes its own temporary folders, and the two that change
      // TZ put it back after each test.
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], testTimeout, isolate: false } },
      // The e2e files share one packed and installed copy of the package, made
      // once per run by the globalSetup, and only when an e2e file is run.
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout, globalSetup: ['test/helpers/pack.ts'] } },
    ],
  },
});
