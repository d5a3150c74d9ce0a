import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/gen-corpus.mjs';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'thidua.js');

function thidua(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the built bin, end to end', () => {
  it('validates the bundled examples and prints its version', () => {
    const v = thidua(['validate', 'examples/']);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/tệp hợp lệ/);
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect(thidua(['--version']).out.trim()).toBe(version);
  });

  it('exits 2 with a message, not a stack trace, for a missing file', () => {
    const r = thidua(['validate', 'no-such-plan.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no-such-plan\.yaml/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('prints nothing on stderr for a mapping key that is a list: the finding is in the JSON, no process warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, 'thidua: 1\nkind: plan\n? [a, b]\n: x\n');
    const r = thidua(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).diagnostics.length).toBeGreaterThan(0);
  });

  it('gives the same output in Vietnam and in California', () => {
    const args = ['schedule', 'examples/tien-giang-2018', '--as-of', '2018-07-15', '--format', 'ics'];
    const hcm = thidua(args, { TZ: 'Asia/Ho_Chi_Minh' });
    const la = thidua(args, { TZ: 'America/Los_Angeles' });
    expect(hcm.code).toBe(0);
    expect(hcm.out).toContain('BEGIN:VCALENDAR');
    expect(la.out).toBe(hcm.out);
  });

  it('hashes for --cache and names -o\'s temporary file with node:crypto, which the bundle requires on first use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
    const args = ['validate', 'examples/', '--format', 'json', '--cache', '--cache-location', join(dir, 'cache'), '-o', `sarif=${join(dir, 'out.sarif')}`];
    const cold = thidua(args);
    expect(cold.err).toBe('');
    expect(cold.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'))).toHaveProperty('runs');
    expect(readFileSync(join(dir, 'cache')).length).toBeGreaterThan(0);
    const warm = thidua([...args.slice(0, -2)]);
    expect(warm.code).toBe(0);
    expect(warm.out).toBe(cold.out);
  });

  it('finds exactly the planted problems in a large generated repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
    generate(dir, 1700);
    // One broken plan and one broken progress file, in two different provinces.
    const plan = join(dir, 'tinh-000', '2018', 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/years: 88/, 'years: 87'));
    const progress = join(dir, 'tinh-009', '2020', 'progress', 'ptp-3.yaml');
    writeFileSync(progress, readFileSync(progress, 'utf8').replace('chosen: xa-3-', 'chosen: xa-4-'));
    const one = thidua(['validate', dir, '--format', 'json']);
    expect(one.code).toBe(1);
    const json = JSON.parse(one.out) as { files: number; diagnostics: { code: string }[] };
    expect(json.files).toBeGreaterThan(1500);
    expect(json.diagnostics.map((d) => d.code).sort()).toEqual(['anniversary-years-match', 'selections-qualify']);
  });
});
