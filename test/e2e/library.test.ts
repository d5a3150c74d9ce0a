/**
 * The library as a script would use it: the package packed as npm would
 * publish it, installed from the tarball into an empty folder, imported by a
 * plain .mjs file, type-checked from a .ts file, and its bin run there.
 * Results are compared with the same calls in this repository, not with
 * figures written here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checklist, check, load, nextYear, render, report } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'tien-giang-2018');

const script = `
import { readFileSync } from 'node:fs';
import { load, check, checklist, report, schedule, render, nextYear, formatNames } from 'thidua';
const ws = load(['plans'], { lang: 'en' });
const findings = check(ws);
const view = checklist(ws, { asOf: '2018-07-15' });
const rep = report(ws, { asOf: '15/07/2018' });
const ics = await render('schedule', 'ics', schedule(ws, { asOf: '2018-07-15' }), { lang: 'vi', color: false });
const next = nextYear(readFileSync('plans/plan.yaml', 'utf8'), { year: 2019 });
console.log(JSON.stringify({
  findings: findings.map((d) => d.code),
  checklist: await render('checklist', 'json', view, { lang: 'en', color: false }),
  outcomes: rep.obligations.map((o) => o.id + ':' + o.outcome),
  ics: ics.startsWith('BEGIN:VCALENDAR'),
  next: next.text,
  formats: formatNames('report'),
}));
`;

const consumer = `
import { load, checklist, render, type ChecklistView, type Diagnostic, check } from 'thidua';
const ws = load(['plans']);
const diagnostics: Diagnostic[] = check(ws, { strict: true });
const view: ChecklistView = checklist(ws, { asOf: '2018-07-15', by: 'unit' });
const out: string | Uint8Array = await render('checklist', 'markdown', view, { lang: 'vi', color: false });
// @ts-expect-error: asOf is required, so a script never follows the clock by accident
checklist(ws, {});
export { diagnostics, out };
`;

// Packed and installed once for every e2e file (test/helpers/pack.ts).
const dir = inject('installed');
beforeAll(() => {
  cpSync(example, join(dir, 'plans'), { recursive: true });
});

describe('thidua as an installed library', () => {
  it('ships the bin, the API with its types, the data and the licence; no sources, tests, maps or CLI modules', () => {
    const list = execFileSync('tar', ['-tzf', inject('tarball')], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const f of ['package/LICENSE', 'package/bin/thidua.js', 'package/bin/package.json', 'package/dist/thidua.cjs', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/data/anniversaries.json']) expect(list).toContain(f);
    expect(list.filter((f) => /\.map$|^package\/(src|test|bench|examples)\/|^package\/dist\/cli\//.test(f))).toEqual([]);
    expect(readFileSync(join(dir, 'node_modules/thidua/LICENSE'), 'utf8')).toContain('Copyright (c) 2026 thidua contributors');
  });

  it('is imported by a script and gives what the repository gives', { timeout: 120_000 }, () => {
    writeFileSync(join(dir, 'script.mjs'), script);
    const r = spawnSync(process.execPath, ['script.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const got = JSON.parse(r.stdout) as { findings: string[]; checklist: string; outcomes: string[]; ics: boolean; next: string; formats: string[] };

    const ws = load(['plans'], { cwd: dir, lang: 'en' });
    expect(got.findings).toEqual(check(ws).map((d) => d.code));
    return (async () => {
      expect(got.checklist).toBe(await render('checklist', 'json', checklist(ws, { asOf: '2018-07-15' }), { lang: 'en', color: false }));
      expect(got.outcomes).toEqual(report(ws, { asOf: '2018-07-15' }).obligations.map((o) => `${o.id}:${o.outcome}`));
      expect(got.outcomes.length).toBeGreaterThan(0);
      expect(got.ics).toBe(true);
      expect(got.next).toBe(nextYear(readFileSync(join(example, 'plan.yaml'), 'utf8'), { year: 2019 }).text);
      expect(got.formats).toContain('json');
    })();
  });

  it('type-checks a TypeScript script against the shipped types', () => {
    writeFileSync(join(dir, 'consumer.mts'), consumer);
    const options = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['consumer.mts'] }));
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 180_000);

  it('runs the installed bin, which agrees with the library', () => {
    const r = spawnSync('npx', ['--no-install', 'thidua', 'checklist', 'plans', '--as-of', '2018-07-15', '--format', 'json', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ws = load(['plans'], { cwd: dir, lang: 'en' });
    return render('checklist', 'json', checklist(ws, { asOf: '2018-07-15' }), { lang: 'en', color: false }).then((lib) => expect(r.stdout).toBe(lib));
  }, 120_000);
});
