import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20000,
    globalSetup: ['test/global-tmp.ts'],
    // Two projects that do not extend the root, so the root's globalSetup runs once, for the run.
    projects: [
      // One module graph for all unit files (isolate: false): importing src/ again
      // for each of ~110 files was most of the suite's CPU time. The files share
      // no state: each makes its own temporary folders, and the two that change
      // TZ put it back after each test.
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], testTimeout: 20000, isolate: false } },
      // The e2e files share one packed and installed copy of the package, made
      // once per run by the globalSetup, and only when an e2e file is run.
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 20000, globalSetup: ['test/helpers/pack.ts'] } },
    ],
  },
});
