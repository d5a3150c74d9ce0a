#!/usr/bin/env node
// One ESM file for the bin: start-up is dominated by resolving and reading
// modules, so the CLI ships as a single file. `yaml` stays outside (loaded with
// require only when a finding needs its position).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/thidua.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['yaml'],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // CommonJS dependencies bundled into ESM still call require() for node: builtins.
  banner: { js: "import { createRequire as __thiduaRequire } from 'node:module'; const require = __thiduaRequire(import.meta.url);" },
  logLevel: 'warning',
});
