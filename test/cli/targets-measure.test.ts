import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

// A department's rate target reported by five school levels (the Hưng Yên l/n figures to 12/2025).
const UNITS = `thidua: 1
kind: units
units:
  - { id: so-gd, name: Sở Giáo dục và Đào tạo, kind: so }
  - { id: mam-non, name: Khối mầm non, kind: khoi, parent: so-gd }
  - { id: tieu-hoc, name: Khối tiểu học, kind: khoi, parent: so-gd }
  - { id: thcs, name: Khối THCS, kind: khoi, parent: so-gd }
  - { id: thpt, name: Khối THPT, kind: khoi, parent: so-gd }
  - { id: gdtx, name: Khối GDTX, kind: khoi, parent: so-gd }
`;
const PLAN = (sense = '') => `thidua: 1
kind: plan
id: 12/KH-SGDĐT
title: Kế hoạch khắc phục lỗi phát âm l/n
issuer: so-gd
issued: 2025-09-10
year: 2025
movements:
  - id: l-n
    form: thematic
    title: Khắc phục lỗi phát âm l/n
    targets:
      - { id: gv, title: 80% giáo viên khắc phục được lỗi, measure: rate, value: 80, owner: so-gd, due: 2026-05-31${sense} }
`;
const weighted = `  - { target: gv, by: mam-non, achieved: 4190, of: 6418 }
  - { target: gv, by: tieu-hoc, achieved: 939, of: 1250 }
  - { target: gv, by: thcs, achieved: 920, of: 1200 }
  - { target: gv, by: thpt, achieved: 172, of: 270 }
  - { target: gv, by: gdtx, achieved: 1188, of: 2321 }
`;
const bare = `  - { target: gv, by: mam-non, achieved: 65.3 }
  - { target: gv, by: tieu-hoc, achieved: 75.12 }
  - { target: gv, by: thcs, achieved: 75.41 }
  - { target: gv, by: thpt, achieved: 63.7 }
  - { target: gv, by: gdtx, achieved: 51.18 }
`;

function ws(records: string, sense?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-rates-'));
  writeFileSync(join(dir, 'units.yaml'), UNITS);
  writeFileSync(join(dir, 'plan.yaml'), PLAN(sense));
  writeFileSync(join(dir, 'progress.yaml'), `thidua: 1\nkind: progress\nplan: 12/KH-SGDĐT\nasOf: 2025-12-31\nreporter: so-gd\ntargets:\n${records}`);
  return dir;
}

async function json(dir: string, cmd: string, asOf: string): Promise<{ code: number; out: Record<string, unknown> }> {
  const f = fakeIO({ cwd: dir });
  const code = await main([cmd, '.', '--as-of', asOf, '--format', 'json', '--lang', 'en'], f.io);
  return { code, out: JSON.parse(f.out()) as Record<string, unknown> };
}

type Line = { id: string; outcome: string; actual: number; progress: string; reasons: { reason: string }[] };
const lineOf = (out: Record<string, unknown>): Line => (out.obligations as Line[]).find((o) => o.id === 'gv')!;

describe('rate targets reported by sub-units', () => {
  it('weights the rates (64.66 %), pending before the end of the school year and failed after it', async () => {
    const dir = ws(weighted);
    expect((await json(dir, 'validate', '2025-12-31')).code).toBe(0);
    const before = lineOf((await json(dir, 'report', '2025-12-31')).out);
    expect(before).toMatchObject({ outcome: 'pending', actual: 64.66, progress: '64.66%/80%' });
    expect(lineOf((await json(dir, 'report', '2026-05-31')).out).outcome).toBe('pending');
    const after = lineOf((await json(dir, 'report', '2026-06-01')).out);
    expect(after).toMatchObject({ outcome: 'fail', actual: 64.66 });
    const f = fakeIO({ cwd: dir });
    await main(['checklist', '.', '--as-of', '2025-12-31', '--format', 'markdown'], f.io);
    expect(f.out()).toContain('[64,66/80]');
  });

  it('never adds bare rates: no 330.71, the line says they cannot be combined', async () => {
    const dir = ws(bare);
    const r = lineOf((await json(dir, 'report', '2026-06-01')).out);
    expect(r.outcome).toBe('fail');
    expect(r.progress).not.toContain('330');
    expect(r.reasons.map((x) => x.reason)).toContain('rates-not-combined');
  });

  it('a level to keep is pending until its due day even when met', async () => {
    const dir = ws('  - { target: gv, by: so-gd, achieved: 100 }\n', ', sense: keep');
    expect(lineOf((await json(dir, 'report', '2026-05-30')).out).outcome).toBe('pending');
    expect(lineOf((await json(dir, 'report', '2026-05-31')).out).outcome).toBe('pass');
  });
});
