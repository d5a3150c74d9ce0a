#!/usr/bin/env node
// thidua's speed as ratios against ajv-cli on the same files, in one run on
// this machine. Run with `npm run bench` (it builds first). Nothing here is a
// test: the figures are printed, and the README quotes the latest.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate as genBench } from './gen-corpus.mjs';
import { generate as genRealistic } from './gen-realistic.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const thidua = join(root, 'bin/thidua.js');
const ajv = join(root, 'node_modules/ajv-cli/dist/index.js');
const args = new Set(process.argv.slice(2));
const RUNS = args.has('--quick') ? 1 : 3;
const STARTUP_RUNS = args.has('--quick') ? 5 : 21;

/**
 * Every command runs in this environment: without NODE_OPTIONS, which would change what
 * is measured, nor NODE_EXTRA_CA_CERTS, with which Node parses a file of certificates at
 * every start (some machines set it: `node -e ""` took 110 ms of CPU with it and 65 ms
 * without on the machine of the README's figures), a cost of Node's start for every
 * command alike that thidua's own run never asks for.
 */
const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.NODE_EXTRA_CA_CERTS;

/**
 * CPU time (user + system) in ms, wall time and peak RSS in MB of one command, from GNU
 * time when present. The ratios use CPU time: on a machine shared with other work, wall
 * time mostly measures the wait for a core.
 */
function once(cmd, argv) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M %U %S', cmd, ...argv], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, argv, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const [rssKb, user, sys] = timeBin ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms: timeBin ? (user + sys) * 1000 : wallMs, wallMs, rssMb: rssKb / 1024, status: r.status, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeIt(runs, fn) {
  const res = [];
  for (let i = 0; i < runs; i++) res.push(fn());
  return summary(res);
}
const summary = (res) => ({ ms: median(res.map((r) => r.ms)), rssMb: Math.max(...res.map((r) => r.rssMb)) });

/**
 * Two commands timed in turn (a, b, a, b, …): on a shared machine the speed drifts over
 * minutes, and a ratio of two blocks timed one after the other measured the drift too.
 */
function timePair(runs, a, b) {
  const ra = [];
  const rb = [];
  for (let i = 0; i < runs; i++) {
    ra.push(a());
    rb.push(b());
  }
  return [summary(ra), summary(rb)];
}

/** ajv-cli takes one schema per run: the three kinds are three runs, summed. */
function ajvCorpus(dir, layout) {
  let ms = 0;
  let rssMb = 0;
  for (const [k, glob] of Object.entries(layout)) {
    const r = once(node, [ajv, 'validate', '--spec=draft2020', '-s', `schemas/${k}.schema.json`, '-d', `${dir}/${glob}`]);
    // js-yaml 3 turns a bare 2018-01-10 into a Date, which the schema rejects: on the
    // realistic corpus ajv-cli reports every file, and is timed all the same.
    if (r.status !== 0 && !layout.bareDates) throw new Error(`ajv-cli reported invalid files in ${glob}`);
    ms += r.ms;
    rssMb = Math.max(rssMb, r.rssMb);
  }
  return { ms, rssMb };
}

function thiduaCorpus(dirs, extra = []) {
  const r = once(node, [thidua, 'validate', ...dirs, '--format', 'json', ...extra]);
  if (r.status !== 0) throw new Error(`thidua found problems in ${dirs.join(' ')}: ${r.stdout.slice(0, 500)}`);
  return r;
}

function parseFloor(dirs) {
  const r = once(node, [join(root, 'bench/parse-floor.mjs'), ...dirs]);
  if (r.status !== 0) throw new Error('parse floor failed');
  return r;
}

/** The units file of the first folder, going down: the file most others depend on. */
function firstUnits(dir) {
  for (;;) {
    const names = readdirSync(dir).sort();
    if (names.includes('units.yaml')) return join(dir, 'units.yaml');
    dir = join(dir, names[0]);
  }
}

const rows = [];
const fmt = (ms) => `${Math.round(ms).toLocaleString('en')} ms`;
const row = (figure, size, a, b, target, aText = fmt(a), bText = fmt(b)) => {
  const ratio = a / b;
  rows.push({ figure, size, thidua: aText, peer: bText, ratio: ratio.toFixed(2), target, met: ratio <= Number(target.replace(/[^\d.]/g, '')) ? 'yes' : 'NO' });
};

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}`);
const work = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// Two corpora of 100,000 files each, made of parts: a (10k), a+b (50k), a+b+c (100k).
const corpora = [
  { name: 'bench corpus (quoted dates)', gen: genBench, layout: { units: '*/units.yaml', plan: '*/*/plan.yaml', progress: '*/*/progress/*.yaml' }, unit: 141 },
  { name: 'realistic corpus (bare dates)', gen: genRealistic, layout: { units: '*/*/*/units.yaml', plan: '*/*/*/plan.yaml', progress: '*/*/*/progress/*.yaml', bareDates: true }, unit: 5, report: ['--plan', '01/KH-PTP-AAA@2018', '--as-of', '2018-12-31', '--format', 'json'] },
];
const memory = [];
for (const c of corpora) {
  const base = join(work, c.name.split(' ')[0]);
  const parts = [];
  let first = 0;
  let count = 0;
  for (const [name, n] of [['a', 10000], ['b', 40000], ['c', 50000]]) {
    const files = c.gen(join(base, name), n, first);
    first += Math.round(n / c.unit);
    count += files.units.length + files.plan.length + files.progress.length;
    parts.push({ dir: join(base, name), count });
  }
  const at = (k) => parts.slice(0, k + 1).map((p) => p.dir);
  const [n10, n50, n100] = parts.map((p) => p.count);
  const [floor, v10] = timePair(RUNS, () => parseFloor(at(0)), () => thiduaCorpus(at(0)));
  const a10 = timeIt(Math.min(RUNS, 3), () => ajvCorpus(at(0)[0], c.layout));
  row(`${c.name}: validate / js-yaml parse floor`, `${n10} files`, v10.ms, floor.ms, '≤ 1.5');
  row(`${c.name}: validate / ajv-cli`, `${n10} files`, v10.ms, a10.ms, '≤ 0.5');
  const v50 = timeIt(1, () => thiduaCorpus(at(1)));
  const v100 = timeIt(1, () => thiduaCorpus(at(2)));
  row(`${c.name}: cost per file, 100k / 10k`, `${n100} / ${n10}`, v100.ms / n100, v10.ms / n10, '≤ 1.3 (linear)', `${((v100.ms / n100) * 1000).toFixed(0)} µs`, `${((v10.ms / n10) * 1000).toFixed(0)} µs`);
  // Incremental: a cold run that writes the cache, one file changed, the run again; in
  // turn, RUNS times, each cold run with no cache file, so that the ratio is of medians
  // taken side by side (one pair measured the machine's drift as much as the cache).
  const cache = join(work, `${c.name.split(' ')[0]}.thiduacache`);
  const edited = firstUnits(parts[1].dir);
  let cold;
  const [coldM, warmM] = timePair(
    RUNS,
    () => {
      rmSync(cache, { force: true });
      return (cold = thiduaCorpus(at(1), ['--cache', '--cache-location', cache]));
    },
    () => {
      appendFileSync(edited, '# sửa một dòng ghi chú\n');
      const warm = thiduaCorpus(at(1), ['--cache', '--cache-location', cache]);
      if (warm.stdout !== cold.stdout) throw new Error('the cached run reported otherwise than the cold run');
      return warm;
    },
  );
  row(`${c.name}: re-run after one edit, --cache / cold`, `${n50} files`, warmM.ms, coldM.ms, '≤ 0.1');
  if (c.report) {
    // One plan's report out of the whole repository: the check goes tree by tree, and only the plan's trees are loaded again.
    const r10 = timeIt(1, () => once(node, [thidua, 'report', ...at(0), ...c.report]));
    const r50 = timeIt(1, () => once(node, [thidua, 'report', ...at(1), ...c.report]));
    const r100 = timeIt(1, () => once(node, [thidua, 'report', ...at(2), ...c.report]));
    row(`${c.name}: report, cost per file, 100k / 10k`, `${n100} / ${n10}`, r100.ms / n100, r10.ms / n10, '≤ 1.3 (linear)', `${((r100.ms / n100) * 1000).toFixed(0)} µs`, `${((r10.ms / n10) * 1000).toFixed(0)} µs`);
    const mb = (r) => r.rssMb.toFixed(0);
    row(`${c.name}: report peak memory at 10k / 50k / 100k files (100k vs the budget)`, `${n10} / ${n50} / ${n100}`, r100.rssMb, 400, '≤ 1', `${mb(r10)} / ${mb(r50)} / ${mb(r100)} MB`, '400 MB');
    memory.push(`${c.name}: report peak ${r10.rssMb.toFixed(0)} MB at ${n10} files, ${r50.rssMb.toFixed(0)} MB at ${n50}, ${r100.rssMb.toFixed(0)} MB at ${n100}; times ${fmt(r10.ms)}, ${fmt(r50.ms)}, ${fmt(r100.ms)}`);
  }
  memory.push(`${c.name}: peak ${v10.rssMb.toFixed(0)} MB at ${n10} files, ${v50.rssMb.toFixed(0)} MB at ${n50}, ${v100.rssMb.toFixed(0)} MB at ${n100} (target < 400 MB); parse floor ${floor.rssMb.toFixed(0)} MB; ajv-cli ${a10.rssMb.toFixed(0)} MB; times ${fmt(v10.ms)}, ${fmt(v50.ms)}, ${fmt(v100.ms)}`);
  rmSync(base, { recursive: true, force: true });
}

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
  const r = spawnSync(node, [join(root, 'bench/report-time.mjs'), String(scale)], { cwd: root, env, encoding: 'utf8' });
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
for (const m of memory) console.log(m);
