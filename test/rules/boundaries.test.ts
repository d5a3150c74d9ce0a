/**
 * Rules at the edges of their dates and counts, on small workspaces written
 * here: the first and last day a unit exists, a quota whose min equals or just
 * exceeds what the units allow, an owner that does not exist on the issue day.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFixture } from '../helpers/rule-fixture.js';

const UNITS = `thidua: 1
kind: units
units:
  - { id: so-tu-phap, name: Sở Tư pháp tỉnh Đồng Tháp, kind: so }
  - { id: so-cu, name: Sở Tư pháp tỉnh Tiền Giang, kind: so, validTo: 2025-06-30 }
  - { id: van-phong-so, name: Văn phòng Sở, kind: phong, parent: so-tu-phap, validFrom: 2025-07-01 }
  - { id: ptp-cu, name: Phòng Tư pháp thành phố Cao Lãnh, kind: phong-tu-phap, parent: so-tu-phap, validTo: 2025-06-30 }
  - { id: xa-a, name: Xã A, kind: xa, parent: so-tu-phap, tags: [ven-bien] }
  - { id: xa-b, name: Xã B, kind: xa, parent: so-tu-phap, tags: [ven-bien] }
`;

/** A plan issued on `issued` by `issuer` (line 5); the quota's owner is on line 14, its min on 16; the milestone's owner on 20. */
const plan = (issued: string, issuer: string, owner: string, quotaOwner: string, min: number): string => `thidua: 1
kind: plan
id: 45/KH-STP
title: Kế hoạch thi đua năm 2025
issuer: ${issuer}
issued: ${issued}
year: 2025
movements:
  - id: phong-trao
    form: regular
    title: Phong trào thi đua
    quotas:
      - id: xa-ven-bien
        owner: ${quotaOwner}
        select: xa
        min: ${min}
        where: { tags: [ven-bien] }
milestones:
  - id: bao-cao
    owner: ${owner}
    title: Báo cáo kết quả
    due: 2025-12-15
    type: report
`;

function workspace(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bounds-'));
  writeFileSync(join(dir, 'units.yaml'), UNITS);
  mkdirSync(join(dir, '2025'));
  writeFileSync(join(dir, '2025', 'plan.yaml'), text);
  return dir;
}

const found = async (text: string, rule: string): Promise<string[]> => (await runFixture(workspace(text), rule)).map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`);

describe('units-valid-on-issue at the edges of validFrom and validTo', () => {
  it('accepts a unit on its last day (validTo is inclusive: 30/06/2025, the day before the reorganisation)', async () => {
    expect(await found(plan('2025-06-30', 'so-cu', 'ptp-cu', 'so-tu-phap', 1), 'units-valid-on-issue')).toEqual([]);
  });
  it('refuses it the day after, at the issuer and at the owner', async () => {
    expect(await found(plan('2025-07-01', 'so-cu', 'ptp-cu', 'so-tu-phap', 1), 'units-valid-on-issue')).toEqual([
      'units-valid-on-issue 2025/plan.yaml:5:9',
      'units-valid-on-issue 2025/plan.yaml:20:12',
    ]);
  });
  it('accepts a unit on its first day (validFrom inclusive) and refuses it the day before', async () => {
    expect(await found(plan('2025-07-01', 'so-tu-phap', 'van-phong-so', 'so-tu-phap', 1), 'units-valid-on-issue')).toEqual([]);
    expect(await found(plan('2025-06-30', 'so-tu-phap', 'van-phong-so', 'so-tu-phap', 1), 'units-valid-on-issue')).toEqual(['units-valid-on-issue 2025/plan.yaml:20:12']);
  });
});

describe('quotas-feasible at its count and for owners that do not exist', () => {
  it('passes when min equals the qualifying units, and fails one above, at min', async () => {
    expect(await found(plan('2025-07-01', 'so-tu-phap', 'so-tu-phap', 'so-tu-phap', 2), 'quotas-feasible')).toEqual([]);
    expect(await found(plan('2025-07-01', 'so-tu-phap', 'so-tu-phap', 'so-tu-phap', 3), 'quotas-feasible')).toEqual(['quotas-feasible 2025/plan.yaml:16:14']);
  });
  it('leaves an owner that does not exist on the issue date to units-valid-on-issue: one finding, not two', async () => {
    const text = plan('2025-07-01', 'so-tu-phap', 'so-tu-phap', 'ptp-cu', 3);
    expect(await found(text, 'quotas-feasible')).toEqual([]);
    expect(await found(text, 'units-valid-on-issue')).toEqual(['units-valid-on-issue 2025/plan.yaml:14:16']);
  });
});
