import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { JsonOutput } from '../../src/formats/json.js';
import { fakeIO } from '../helpers/fake-io.js';
import { dongThapDir } from '../helpers/plan-ws.js';

/** The Đồng Tháp example with its plan edited line by line. */
function workspace(edit: (lines: string[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-salvage-'));
  cpSync(dongThapDir, dir, { recursive: true });
  const lines = readFileSync(join(dir, 'plan.yaml'), 'utf8').split('\n');
  edit(lines);
  writeFileSync(join(dir, 'plan.yaml'), lines.join('\n'));
  return dir;
}

async function findings(dir: string): Promise<string[]> {
  const { io, out } = fakeIO({ cwd: dir });
  await main(['validate', '.', '--format', 'json'], io);
  return (JSON.parse(out()) as JsonOutput).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
}

const lineOf = (lines: string[], re: RegExp): number => lines.findIndex((l) => re.test(l));

describe('a plan with schema errors is still that plan', () => {
  it('a misspelt key and a wrong ordinal are both reported, once each, and the progress file finds its plan', async () => {
    let years = 0;
    const dir = workspace((l) => {
      l[lineOf(l, /^issued:/)] = l[lineOf(l, /^issued:/)]!.replace('issued:', 'issuedd:');
      years = lineOf(l, /^ {4}years: 96$/);
      l[years] = '    years: 95';
    });
    expect(await findings(dir)).toEqual(['plan.yaml:13:1 schema/unknown-property', `plan.yaml:${years + 1}:12 anniversary-years-match`]);
  });

  it('an unknown key is dropped for the rules; references to the plan still resolve', async () => {
    const dir = workspace((l) => l.splice(lineOf(l, /^year:/) + 1, 0, 'ghi-chu: bản nháp'));
    expect(await findings(dir)).toEqual(['plan.yaml:15:1 schema/unknown-property']);
  });

  it('a wrong optional value is left out for the rules, and findings on later items keep their lines', async () => {
    let years = 0;
    const dir = workspace((l) => {
      const first = lineOf(l, /^ {4}years: 96$/);
      l[first] = '    years: chín sáu';
      years = lineOf(l, /^ {4}years: 136$/);
      l[years] = '    years: 135';
    });
    expect(await findings(dir)).toEqual([`plan.yaml:${lineOf(readFileSync(join(dir, 'plan.yaml'), 'utf8').split('\n'), /chín sáu/) + 1}:12 schema/type`, `plan.yaml:${years + 1}:12 anniversary-years-match`]);
  });

  it('a plan without a readable required field is not salvaged: its finding is the only one, its progress file is not read against it', async () => {
    const dir = workspace((l) => l.splice(lineOf(l, /^year:/), 1));
    expect(await findings(dir)).toEqual([expect.stringMatching(/^plan\.yaml:\d+:1 schema\/required$/)]);
  });

  it('a misspelt key in a list item is renamed before the item is dropped for the field it lacked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-salvage-'));
    cpSync(dongThapDir, dir, { recursive: true });
    const units = readFileSync(join(dir, 'units.yaml'), 'utf8').split('\n');
    // The first unit other files name as a parent or a unit: without it, each reference would be a finding.
    const at = units.findIndex((l) => /^ {4}kind: /.test(l));
    expect(at).toBeGreaterThan(0);
    units[at] = units[at]!.replace('kind:', 'kindd:');
    writeFileSync(join(dir, 'units.yaml'), units.join('\n'));
    expect(await findings(dir)).toEqual([`units.yaml:${at + 1}:5 schema/unknown-property`]);
  });

  it('a plan with its own period and a wrong year: the year is dropped and found from the period, as if unwritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-salvage-'));
    const plan = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'real', 'qd-2437-TTg-2025', 'plan.yaml'), 'utf8');
    // Two mistakes, so the plan is salvaged; its drive starts in 2025 and ends with an event whose entry has a wrong key.
    writeFileSync(join(dir, 'plan.yaml'), plan.replace('\nkind: plan\n', '\nkind: plan\nyear: 42\n').replace('  - id: dai-hoi-xiv\n', '  - note: 42\n    id: dai-hoi-xiv\n'));
    const all = await findings(dir);
    expect(all.filter((f) => f.includes('schema/'))).toEqual(['plan.yaml:16:7 schema/range', 'plan.yaml:30:5 schema/unknown-property']);
    expect(all.some((f) => f.includes('internal'))).toBe(false);
  });
});
