#!/usr/bin/env node
// Cost of hostile files: time and peak memory of `thidua validate` on files
// made to be expensive, in every validate format. Not a test: it prints a
// table, and the target (well under 5 s and 500 MB each) is read by a person.
// Run with `npm run bench` (after the speed ratios) or `npm run bench:hostile`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const thidua = join(root, 'bin/thidua.js');
const CAP = 10 * 1024 * 1024;
const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'];
const head = 'thidua: 1\nkind: units\nunits:\n';

/** Lines repeated until the file is just under the 10 MiB cap. */
function fill(prefix, line, suffix = '') {
  const room = CAP - 1024 - Buffer.byteLength(prefix + suffix);
  const n = Math.floor(room / Buffer.byteLength(line(0)));
  const parts = [prefix];
  for (let i = 0; i < n; i++) parts.push(line(i));
  parts.push(suffix);
  return parts.join('');
}

const cases = {
  // Every unit has a date that is not a date: one schema finding per 60 bytes.
  'cap: bad dates': () => fill(head, (i) => `  - { id: u${String(i).padStart(7, '0')}, name: U, kind: so, validFrom: 2018-13-45 }\n`),
  // One mapping with hundreds of thousands of unknown keys.
  'cap: unknown keys': () => fill(`${head}  - id: a\n    name: A\n    kind: so\n`, (i) => `    k${String(i).padStart(7, '0')}: x\n`),
  // One line of nearly 10 MiB beside 40 findings: each finding's code frame shows a window of it.
  'cap: long line': () => `${head}  - id: a\n    name: "${'x'.repeat(CAP - 4096)}"\n    kind: so\n${Array.from({ length: 40 }, (_, i) => `    bad${i}: 1\n`).join('')}`,
  // Lines a YAML parser cannot read at all.
  'cap: syntax errors': () => fill(head, (i) => `  - { id: u${i}, name: "unclosed\n`),
  '32k keys in one mapping': () => `${head}  - id: a\n    name: A\n    kind: so\n${Array.from({ length: 32000 }, (_, i) => `    k${i}: x\n`).join('')}`,
};

function once(file, format) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const argv = [thidua, 'validate', file, '--format', format];
  const t0 = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%U %S %M', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const [user, sys, kb] = timeBin ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + sys) * 1000, rssMb: kb / 1024, status: r.status, outBytes: Buffer.byteLength(r.stdout ?? '') };
}

const dir = join(tmpdir(), `thidua-bench-hostile-${process.pid}`);
const rows = [];
try {
  for (const [name, make] of Object.entries(cases)) {
    // One folder per file: a file's neighbours are read as context, and these are not neighbours.
    const sub = join(dir, name.replace(/\W+/g, '-'));
    mkdirSync(sub, { recursive: true });
    const file = join(sub, 'units.yaml');
    writeFileSync(file, make());
    const size = `${(Buffer.byteLength(make()) / 1048576).toFixed(2)} MiB`;
    for (const format of FORMATS) {
      const r = once(file, format);
      if (r.status !== 1) throw new Error(`${name} --format ${format}: exit ${r.status}, expected 1 (findings)`);
      const met = r.ms < 5000 && r.rssMb < 500 ? 'yes' : 'NO';
      rows.push({ case: name, size, format, wall: `${r.ms.toFixed(0)} ms`, cpu: `${r.cpuMs.toFixed(0)} ms`, 'peak RSS': `${r.rssMb.toFixed(0)} MB`, output: `${(r.outBytes / 1024).toFixed(0)} KB`, '<5 s, <500 MB': met });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
