#!/usr/bin/env node
// Times `thidua report` on 10,000 communes and 50,000 progress records, with
// loading (read, parse, schema) timed apart from building the report — the
// issue asks that the report take well under a second beyond loading. Uses
// the compiled modules: run `npm run build` first.
//
//   node bench/report.mjs [folder]      (default: a fresh temporary folder)
//   node bench/report.mjs --check       also time the validation rules the CLI runs first
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generate } from './gen-report-workspace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist', 'report', 'compliance.js'))) {
  console.error('dist/ is missing or stale: run `npm run build` first');
  process.exit(2);
}
const { expandPaths } = await import('../dist/load/files.js');
const { loadWorkspace } = await import('../dist/load/load.js');
const { Scope } = await import('../dist/domain/scope.js');
const { plans } = await import('../dist/load/workspace.js');
const { buildCompliance } = await import('../dist/views/compliance.js');
const { render } = await import('../dist/formats/registry.js');
const { check } = await import('../dist/check/check.js');

const args = process.argv.slice(2);
const withCheck = args.includes('--check');
let dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  dir = mkdtempSync(join(tmpdir(), 'thidua-report-bench-'));
  const n = generate(dir);
  console.log(`generated ${n.units} units and ${n.records} records in ${dir}`);
}

const ms = (t0) => `${(performance.now() - t0).toFixed(0)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let t = performance.now();
const { files } = expandPaths([dir], dir);
const ws = loadWorkspace(files, { lang: 'vi', cwd: dir });
const loadErrors = ws.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error');
console.log(`load (read, parse, schema) of ${files.length} files: ${ms(t)}${loadErrors.length ? ` — ${loadErrors.length} errors!` : ''}`);

if (withCheck) {
  t = performance.now();
  const ds = check(ws, { disable: ['selections-qualify', 'records-unique'] });
  console.log(`check (rules, as report runs them): ${ms(t)} — ${ds.filter((d) => d.severity === 'error').length} errors`);
}

const scope = new Scope(ws);
const [plan] = plans(ws);
const asOf = { y: 2024, m: 12, d: 31 };
t = performance.now();
let r = buildCompliance({ ws, scope, plan, asOf });
console.log(`build, first run: ${ms(t)} — ${r.obligations.length} lines, ${r.findings.length} findings, outcome ${r.outcome}`);

const runs = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  r = buildCompliance({ ws, scope: new Scope(ws), plan, asOf });
  runs.push(performance.now() - t0);
}
console.log(`build, median of 5 (fresh scope each): ${median(runs).toFixed(0)} ms`);

for (const f of ['json', 'markdown', 'html']) {
  t = performance.now();
  const out = await render('report', f, r, { lang: 'vi', color: false, failOn: new Set(['fail']) });
  console.log(`render ${f}: ${ms(t)} (${(out.length / 1e6).toFixed(1)} MB)`);
}
