#!/usr/bin/env node
// The bin as one CommonJS file plus V8's code cache for it. Start-up is mostly
// reading and compiling JavaScript; with the cache, V8 skips compiling what a
// run of `validate` needs. `yaml` stays outside the bundle: it is required
// only when a finding needs its position, when the fast reader gives up, or by
// the commands that edit YAML. `docx` and `exceljs` stay outside too: only a
// Word or Excel output loads them, and exceljs alone is larger than the rest of
// the bundle.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });
rmSync('dist/thidua.cjs.cache', { force: true });
await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/thidua.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['yaml', 'docx', 'exceljs'],
  minify: true,
  legalComments: 'none',
  define: { 'import.meta.url': '__thiduaModuleUrl' },
  banner: { js: "const __thiduaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// Warm the cache on the bundled examples: the functions a typical run compiles go into it.
execFileSync(process.execPath, ['bin/thidua.js', 'validate', 'examples/', '--format', 'json'], {
  env: { ...process.env, THIDUA_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
});
