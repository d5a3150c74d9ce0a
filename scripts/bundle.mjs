#!/usr/bin/env node
// The bin as a bundle: start-up is dominated by resolving and reading modules,
// so the CLI ships as one entry file plus a chunk per command, loaded when
// that command runs. `yaml` stays outside: it is required only when a finding
// needs its position, or by the commands that edit YAML.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: { thidua: 'src/cli/bin.ts' },
  outdir: 'dist/bundle',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
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
