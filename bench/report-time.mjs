#!/usr/bin/env node
// Prints, as JSON, how long building the compliance report takes beyond
// loading, on the generated report workspace at a given scale (1 = 10,000
// communes and 50,000 records). Median of five builds after a first one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from './gen-report-workspace.mjs';

const { expandPaths } = await import('../dist/load/files.js');
const { loadWorkspace } = await import('../dist/load/load.js');
const { Scope } = await import('../dist/domain/scope.js');
const { plans } = await import('../dist/load/workspace.js');
const { buildCompliance } = await import('../dist/views/compliance.js');

const scale = Number(process.argv[2] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'thidua-report-time-'));
const size = generate(dir, scale);
const t0 = performance.now();
const ws = loadWorkspace(expandPaths([dir], dir).files, { lang: 'vi', cwd: dir });
const loadMs = performance.now() - t0;
const [plan] = plans(ws);
const asOf = { y: 2024, m: 12, d: 31 };
buildCompliance({ ws, scope: new Scope(ws), plan, asOf });
const runs = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  buildCompliance({ ws, scope: new Scope(ws), plan, asOf });
  runs.push(performance.now() - t);
}
rmSync(dir, { recursive: true, force: true });
const buildMs = runs.sort((a, b) => a - b)[2];
console.log(JSON.stringify({ scale, units: size.units, records: size.records, loadMs, buildMs }));
