#!/usr/bin/env node
// thidua's speed as ratios against ajv-cli on the same files, in one run on
// this machine. Run with `npm run bench` (it builds first). Nothing here is a
// test: the figures are printed, and the README quotes the latest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const thidua = join(root, 'bin/thidua.js');
const ajv = join(root, 'node_modules/ajv-cli/dist/index.js');
const corpusDir = join(root, 'bench/corpus');
const args = new Set(process.argv.slice(2));
const RUNS = args.has('--quick') ? 1 : 5;
const STARTUP_RUNS = args.has('--quick') ? 5 : 21;

/** Wall time in ms and peak RSS in MB of one command (GNU time gives the RSS when present). */
function once(cmd, argv) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M', cmd, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssKb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMb: rssKb / 1024, status: r.status, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeIt(runs, fn) {
  const res = [];
  for (let i = 0; i < runs; i++) res.push(fn());
  return { ms: median(res.map((r) => r.ms)), rssMb: Math.max(...res.map((r) => r.rssMb)) };
}

/** ajv-cli takes one schema per run: the three kinds are three runs, summed. */
function ajvCorpus(dir) {
  const kinds = [
    ['units', `${dir}/*/units.yaml`],
    ['plan', `${dir}/*/*/plan.yaml`],
    ['progress', `${dir}/*/*/progress/*.yaml`],
  ];
  let ms = 0;
  let rssMb = 0;
  for (const [k, glob] of kinds) {
    const r = once(node, [ajv, 'validate', '--spec=draft2020', '-s', `schemas/${k}.schema.json`, '-d', glob]);
    if (r.status !== 0) throw new Error(`ajv-cli reported invalid files in ${glob}`);
    ms += r.ms;
    rssMb = Math.max(rssMb, r.rssMb);
  }
  return { ms, rssMb };
}

function thiduaCorpus(dir) {
  const r = once(node, [thidua, 'validate', dir, '--format', 'json']);
  if (r.status !== 0) throw new Error(`thidua found problems in ${dir}: ${r.stdout.slice(0, 500)}`);
  return r;
}

const rows = [];
const row = (figure, size, a, b, target) => {
  const ratio = a / b;
  rows.push({ figure, size, thidua: a.toFixed(0) + ' ms', peer: b.toFixed(0) + ' ms', ratio: ratio.toFixed(2), target, met: ratio <= Number(target.replace(/[^\d.]/g, '')) ? 'yes' : 'NO' });
};

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}`);
mkdirSync(corpusDir, { recursive: true });
const sizes = {};
for (const n of [10000, 20000]) {
  const dir = join(corpusDir, `${n / 1000}k`);
  const files = generate(dir, n);
  sizes[n] = { dir, count: files.units.length + files.plan.length + files.progress.length };
}

// Repository: thidua (every rule, cross-file references) against ajv-cli (schema only).
const t10 = timeIt(RUNS, () => thiduaCorpus(sizes[10000].dir));
const a10 = timeIt(RUNS, () => ajvCorpus(sizes[10000].dir));
row('repository (thidua / ajv-cli)', `${sizes[10000].count} files`, t10.ms, a10.ms, '≤ 0.5');
const t20 = timeIt(RUNS, () => thiduaCorpus(sizes[20000].dir));
row('scaling (20k / 10k files)', `${sizes[20000].count} / ${sizes[10000].count}`, t20.ms, t10.ms, '≤ 2.1');

// Start-up: one plan, a fresh process each time.
const plan = 'examples/tien-giang-2018/plan.yaml';
const sBare = timeIt(STARTUP_RUNS, () => once(node, ['-e', '']));
const sThidua = timeIt(STARTUP_RUNS, () => once(node, [thidua, 'validate', plan]));
const sAjv = timeIt(STARTUP_RUNS, () => once(node, [ajv, 'validate', '--spec=draft2020', '-s', 'schemas/plan.schema.json', '-d', plan]));
row('start-up (thidua / ajv-cli)', '1 plan', sThidua.ms, sAjv.ms, '≤ 0.6');
row('start-up (thidua / node -e "")', '1 plan', sThidua.ms, sBare.ms, '≤ 2');

// Report: building the compliance report beyond loading, at 10,000 communes and
// 50,000 records, then at twice and four times that, in a fresh process each
// (bench/report-time.mjs). Linear growth shows as a steady cost per record; a
// quadratic step would quadruple it at four times the size.
const reportRows = [];
for (const scale of [1, 2, 4]) {
  const r = spawnSync(node, [join(root, 'bench/report-time.mjs'), String(scale)], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  reportRows.push(JSON.parse(r.stdout));
}
const [r1, , r4] = reportRows;
const perRecord = (r) => (r.buildMs * 1000) / r.records;
console.log(`report build: ${reportRows.map((r) => `${r.records} records ${r.buildMs.toFixed(0)} ms (${perRecord(r).toFixed(2)} µs/record)`).join('; ')}`);
rows.push({ figure: 'report build beyond loading', size: `${r1.units} units, ${r1.records} records`, thidua: `${r1.buildMs.toFixed(0)} ms`, peer: '1000 ms (budget)', ratio: (r1.buildMs / 1000).toFixed(2), target: '< 1', met: r1.buildMs < 1000 ? 'yes' : 'NO' });
const growth = perRecord(r4) / perRecord(r1);
rows.push({ figure: 'report cost per record (4× / 1×)', size: `${r4.records} / ${r1.records} records`, thidua: `${perRecord(r4).toFixed(2)} µs`, peer: `${perRecord(r1).toFixed(2)} µs`, ratio: growth.toFixed(2), target: '≤ 1.5 (linear)', met: growth <= 1.5 ? 'yes' : 'NO' });

console.table(rows);
console.log(`peak memory: thidua ${Math.max(t10.rssMb, t20.rssMb).toFixed(0)} MB on ${sizes[20000].count} files (target < 250 MB); ajv-cli ${a10.rssMb.toFixed(0)} MB`);
