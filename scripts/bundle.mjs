#!/usr/bin/env node
// The bin as one CommonJS file plus V8's code cache for it. Start-up is mostly
// reading and compiling JavaScript; with the cache, V8 skips compiling what a
// run of `validate` needs. `yaml` stays outside the bundle: it is required
// only when a finding needs its position, when the fast reader gives up, or by
// the commands that edit YAML. `docx` and `exceljs` stay outside too: only a
// Word or Excel output loads them, and exceljs alone is larger than the rest of
// the bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const out = 'dist/thidua.cjs';

/**
 * Node's own modules that a run of `validate` never calls, required on first
 * use instead of when the bundle starts: commander requires child_process (for
 * executable subcommands, which thidua has none of), and with it net and dgram;
 * crypto is for --cache, output files and UIDs; readline for `init`'s
 * questions; v8 sets flags for runs of many files only (src/cli/v8-flags.ts),
 * and loads the stream modules with it (~8 M instructions at start, callgrind). Each stands in as a module of functions that load the real one;
 * an import of a name not listed here fails the build (esbuild checks ES
 * imports), and commander, the one CommonJS importer, calls only spawn.
 */
const LAZY = { crypto: ['createHash', 'randomBytes'], child_process: ['spawn', 'spawnSync'], 'readline/promises': ['createInterface'], v8: ['setFlagsFromString'] };
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${Object.keys(LAZY).join('|')})$`);
    b.onResolve({ filter }, (a) => {
      const name = a.path.replace(/^node:/, '');
      const ours = a.kind === 'import-statement' || /[\\/]node_modules[\\/]commander[\\/]/.test(a.importer);
      return a.namespace !== 'lazy-builtin' && ours ? { path: name, namespace: 'lazy-builtin' } : { path: `node:${name}`, external: true };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
      loader: 'js',
      contents: [`let m;`, `const load = () => (m ??= require("node:${a.path}"));`, ...LAZY[a.path].map((n) => `export const ${n} = (...args) => load().${n}(...args);`)].join('\n'),
    }));
  },
};

/**
 * chalk's own guess at the terminal's colours (its vendored supports-color),
 * made when chalk loads: thidua never reads it, as every `new Chalk` is given
 * the level src/cli/io.ts decided (useColor). The guess requires node:tty,
 * which requires net, and os: validate on one plan ran ~225 -> ~218 M
 * instructions (callgrind; Node compiles those modules from source once
 * bin/thidua.js has set V8 flags, as its built-in code cache is then refused).
 */
const noColorGuess = {
  name: 'no-color-guess',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-color-guess' }));
    b.onLoad({ filter: /.*/, namespace: 'no-color-guess' }, () => ({ loader: 'js', contents: 'export default { stdout: false, stderr: false };' }));
  },
};

rmSync('dist/bundle', { recursive: true, force: true });
rmSync(`${out}.cache`, { force: true });
await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['yaml', 'docx', 'exceljs'],
  minify: true,
  legalComments: 'none',
  define: { 'import.meta.url': '__thiduaModuleUrl' },
  banner: { js: "const __thiduaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyBuiltins, noColorGuess],
  logLevel: 'warning',
});

// esbuild escapes every non-ASCII character but those in regular expression
// literals (/dự thảo/i). One such character makes V8 hold the whole 800 KB
// source as two bytes a character, and the bin decode it as such on every
// start; \uXXXX means the same in a regular expression, with or without the u
// flag (a pair of surrogates still makes one code point there).
const src = readFileSync(out, 'utf8');
const ascii = src.replace(/[^\0-\x7f]/g, (c, at) => {
  if (src[at - 1] === '\\') throw new Error(`${out}: an escaped non-ASCII character at ${at}, which \\u would change`);
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
});
writeFileSync(out, ascii);

// Warm the cache on the bundled examples: the functions a typical run compiles go
// into it, whichever of the two usual formats it prints: the default (stylish) on
// stdout, JSON into a file. Warmed by JSON alone, validate on one plan in the
// default format compiled the stylish code at every start: ~177 -> ~174 M
// instructions (callgrind), while --format json runs as before (~170 M).
const warm = mkdtempSync(join(tmpdir(), 'thidua-warm-'));
try {
  execFileSync(process.execPath, ['bin/thidua.js', 'validate', 'examples/', '-o', `json=${join(warm, 'out.json')}`], {
    env: { ...process.env, THIDUA_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
} finally {
  rmSync(warm, { recursive: true, force: true });
}

// A cache V8 refuses at start (one made under other V8 flags, say) only costs
// reading it: fail the build instead. A bare `node` starts as the bin does.
const check = `const { Script } = require('node:vm'); const { readFileSync } = require('node:fs');
const s = new Script(require('node:module').wrap(readFileSync(${JSON.stringify(out)}, 'latin1')), { cachedData: readFileSync(${JSON.stringify(`${out}.cache`)}) });
process.stdout.write(String(s.cachedDataRejected));`;
if (execFileSync(process.execPath, ['-e', check], { encoding: 'utf8' }) !== 'false') throw new Error(`${out}.cache: V8 refuses it`);
