#!/usr/bin/env node
// Renders `thidua schedule --format html` for an example and screenshots it
// in a real headless browser (Debian's chromium), so a person can look at the
// timeline before it ships. With --pdf it also prints the page to PDF, to
// check the print styles.
//
//   node scripts/screenshot-schedule.mjs [--example examples/tien-giang-2018]
//        [--as-of 2018-07-15] [--lang vi] [--out /tmp/schedule.png] [--pdf /tmp/schedule.pdf]
//
// Needs /usr/bin/chromium (apt-get install -y chromium). The CLI is bundled
// from src/ with esbuild first, so no build step is needed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    example: { type: 'string', default: 'examples/tien-giang-2018' },
    'as-of': { type: 'string', default: '2018-07-15' },
    lang: { type: 'string', default: 'vi' },
    out: { type: 'string', default: '/tmp/schedule.png' },
    pdf: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
});

if (!existsSync(values.chromium)) {
  console.error(`${values.chromium} not found: apt-get update && apt-get install -y chromium`);
  process.exit(2);
}

// Inside the package, so the bundle finds package.json, data/ and schemas/ by walking up.
const bundle = join(root, 'node_modules', '.cache', 'thidua-screenshot', 'thidua.mjs');
await build({
  entryPoints: [join(root, 'src/cli/bin.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['yaml'],
  banner: { js: "import { createRequire as __thiduaRequire } from 'node:module'; const require = __thiduaRequire(import.meta.url);" },
  logLevel: 'warning',
});

const work = mkdtempSync(join(tmpdir(), 'thidua-shot-'));
const html = join(work, 'schedule.html');
try {
  execFileSync(process.execPath, [bundle, 'schedule', values.example, '--as-of', values['as-of'], '--lang', values.lang, '-o', html], { cwd: root, stdio: 'inherit' });
  const chromiumArgs = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${join(work, 'profile')}`,
    '--hide-scrollbars',
  ];
  const url = `file://${html}`;
  execFileSync(values.chromium, [...chromiumArgs, `--screenshot=${resolve(values.out)}`, '--window-size=1400,1600', url], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`screenshot: ${resolve(values.out)}`);
  if (values.pdf) {
    execFileSync(values.chromium, [...chromiumArgs, `--print-to-pdf=${resolve(values.pdf)}`, '--no-pdf-header-footer', url], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`pdf: ${resolve(values.pdf)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
