import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, line, lineOf, report, removeTempWorkspaces, tempWorkspace, tienGiang } from './compliance-helpers.js';

afterAll(removeTempWorkspaces);

const tgProgress = join(tienGiang, 'progress-2018-07-15.yaml');

describe('compliance report on the founding 2018 plan', () => {
  it('as of 2018-07-15: the legal-aid quota is pending at 2/3 and Tân Phước at 0/1', () => {
    const r = report(tienGiang, '2018-07-15');
    const legalAid = line(r, 'tro-giup-phap-ly');
    expect([legalAid.outcome, legalAid.actual, legalAid.required]).toEqual(['pending', 2, 3]);
    expect(legalAid.evidence.map((e) => e.unit)).toEqual(['xa-phu-dong', 'xa-an-huu']);
    const tanPhuoc = line(r, 'phong-tu-phap-giup-xa', 'ptp-tan-phuoc');
    expect([tanPhuoc.outcome, tanPhuoc.actual, tanPhuoc.required]).toEqual(['pending', 0, 1]);
    expect(tanPhuoc.ownerName).toBe('Phòng Tư pháp huyện Tân Phước');
    expect(r.outcome).toBe('pending');
  });

  it('as of 2019-01-01: both are fail', () => {
    const r = report(tienGiang, '2019-01-01');
    expect(line(r, 'tro-giup-phap-ly').outcome).toBe('fail');
    expect(line(r, 'phong-tu-phap-giup-xa', 'ptp-tan-phuoc').outcome).toBe('fail');
    expect(r.outcome).toBe('fail');
  });

  it('the coastal-commune quota passes with Xã Tân Thành as evidence, file and line', () => {
    const l = line(report(tienGiang, '2018-07-15'), 'xa-bai-ngang');
    expect(l.outcome).toBe('pass');
    expect(l.evidence).toHaveLength(1);
    const e = l.evidence[0]!;
    expect(e).toMatchObject({ unit: 'xa-tan-thanh', unitName: 'Xã Tân Thành', file: 'examples/tien-giang-2018/progress-2018-07-15.yaml' });
    expect(e.line).toBe(lineOf(tgProgress, 'chosen: xa-tan-thanh'));
  });

  it('fans a {kind} quota out to each unit of the kind', () => {
    const lines = report(tienGiang, '2018-07-15').obligations.filter((o) => o.id === 'phong-tu-phap-giup-xa');
    expect(lines).toHaveLength(11);
    expect(lines.filter((o) => o.outcome === 'pass')).toHaveLength(10);
  });

  it('keeps anniversaries pending until their phase ends, then fails them', () => {
    expect(line(report(tienGiang, '2018-07-15'), 'quoc-khanh').outcome).toBe('pending');
    expect(line(report(tienGiang, '2018-07-15'), 'thanh-lap-dang').outcome).toBe('pass');
    expect(line(report(tienGiang, '2019-01-01'), 'truyen-thong-tu-phap').outcome).toBe('fail');
  });

  it('totals per movement, phase and unit add up to the lines', () => {
    const r = report(tienGiang, '2018-07-15');
    expect(r.totals.overall.total).toBe(r.obligations.length);
    const ntm = r.totals.movements.find((g) => g.id === 'nong-thon-moi')!;
    expect(ntm.counts).toMatchObject({ pass: 11, pending: 2, total: 13 });
    expect(ntm.outcome).toBe('pending');
    expect(r.totals.phases.map((g) => g.id)).toEqual(['dot-1', 'dot-2']);
    expect(r.totals.units.find((g) => g.id === 'ptp-tan-phuoc')!.outcome).toBe('pending');
  });
});

describe('compliance report on a workspace of several progress files', () => {
  const mid = report(fixture, '2025-07-10');

  it('shows a selection without the required tag as not counted, with the reason', () => {
    const l = line(mid, 'q-ven-bien', 'phong-a');
    const tag = l.reasons.find((x) => x.reason === 'missing-tag');
    expect(tag?.evidence).toMatchObject({ unit: 'xa-a2', file: 'test/fixtures/report/workspace/progress-phong-a.yaml', line: lineOf(join(fixture, 'progress-phong-a.yaml'), 'chosen: xa-a2') });
    expect(l.evidence.map((e) => e.unit)).toEqual(['xa-a1']);
  });

  it("shows a selection outside the owner's district as not counted, with the reason", () => {
    const l = line(mid, 'q-ven-bien', 'phong-a');
    expect(l.reasons.find((x) => x.reason === 'not-within')?.evidence?.unit).toBe('xa-b1');
    expect(l.outcome).toBe('pass');
  });

  it('combines progress files from different units', () => {
    expect(mid.progressFiles).toHaveLength(3);
    expect(line(mid, 'q-ven-bien', 'phong-b').evidence[0]).toMatchObject({ unit: 'xa-b1', file: 'test/fixtures/report/workspace/progress-phong-b.yaml' });
    expect(line(mid, 'm-so-ket').outcome).toBe('pass');
  });

  it('counts a record given twice once and reports it once as a finding', () => {
    expect(line(mid, 'q-ven-bien', 'phong-a').actual).toBe(1);
    expect(mid.findings).toHaveLength(1);
    expect(mid.findings[0]).toMatchObject({ kind: 'duplicate', record: 'selection', place: { file: 'test/fixtures/report/workspace/progress-so.yaml' }, first: { file: 'test/fixtures/report/workspace/progress-phong-a.yaml' } });
  });

  it('waives a line until its expiry (inclusive), then shows what it really is', () => {
    const before = line(report(fixture, '2025-06-30'), 't-hoi-nghi', 'phong-b');
    expect(before.outcome).toBe('waived');
    expect(before.waiver).toMatchObject({ document: '15/QĐ-STP', reason: 'Phòng đang sáp nhập, chưa đủ biên chế', expires: { y: 2025, m: 6, d: 30 }, inForce: true, realOutcome: 'pending' });
    const after = line(mid, 't-hoi-nghi', 'phong-b');
    expect(after.outcome).toBe('pending');
    expect(after.waiver?.inForce).toBe(false);
    expect(line(report(fixture, '2026-01-01'), 't-hoi-nghi', 'phong-b').outcome).toBe('fail');
    // The waiver names phòng B only.
    expect(line(report(fixture, '2025-06-30'), 't-hoi-nghi', 'phong-a').outcome).toBe('pending');
  });

  it('marks a milestone done after its due date late', () => {
    expect(line(mid, 'm-dang-ky', 'phong-b')).toMatchObject({ outcome: 'late', actual: 1 });
    expect(line(mid, 'm-dang-ky', 'phong-a').outcome).toBe('pass');
    expect(line(mid, 'm-tong-ket').outcome).toBe('pending');
    expect(line(report(fixture, '2025-12-16'), 'm-tong-ket').reasons.map((x) => x.reason)).toEqual(['overdue']);
  });

  it('fails a target short of its count after its due date', () => {
    const l = line(mid, 't-sang-kien');
    expect([l.outcome, l.actual, l.required]).toEqual(['fail', 2, 3]);
    expect(line(report(fixture, '2025-06-29'), 't-sang-kien').outcome).toBe('pending');
  });

  it('passes an anniversary with an activity in its phase, and fails one without after the phase', () => {
    expect(line(mid, 'thanh-lap-dang').outcome).toBe('pass');
    expect(line(mid, 'quoc-khanh').outcome).toBe('pending');
    expect(line(report(fixture, '2026-01-01'), 'quoc-khanh').outcome).toBe('fail');
  });

  it('leaves out records dated after the as-of day, and says so', () => {
    const l = line(report(fixture, '2025-03-03'), 'q-ven-bien', 'phong-a');
    expect(l.actual).toBe(0);
    expect(l.reasons.find((x) => x.reason === 'after-as-of')?.evidence?.unit).toBe('xa-a1');
  });

  it("keeps only one unit's lines with unit", () => {
    const r = report(fixture, '2025-07-10', 'phong-b');
    expect(new Set(r.obligations.map((o) => o.owner))).toEqual(new Set(['phong-b']));
    expect(r.totals.overall.total).toBe(3);
    expect(r.outcome).toBe('late');
  });
});

describe('compliance edge cases', () => {
  const units = `thidua: 1
kind: units
units:
  - { id: so, name: Sở, kind: so }
  - { id: xa-1, name: Xã Một, kind: xa, parent: so }
  - { id: xa-2, name: Xã Hai, kind: xa, parent: so }
  - { id: xa-3, name: Xã Ba, kind: xa, parent: so }
`;
  const plan = (extra = ''): string => `thidua: 1
kind: plan
id: 01/KH-S
title: Kế hoạch thi đua năm 2020
issuer: so
issued: 2020-01-05
year: 2020
movements:
  - id: mv
    form: regular
    title: Phong trào
    quotas:
      - { id: q, owner: so, select: xa, min: 1, max: 2, due: 2020-06-30 }
    targets:
      - { id: t, title: Chỉ tiêu, count: 5 }
${extra}`;

  it('is late when only a selection after the due date fills the quota, and fails over the maximum', () => {
    const late = tempWorkspace({
      'units.yaml': units,
      'plan.yaml': plan(),
      'p.yaml': 'thidua: 1\nkind: progress\nplan: 01/KH-S\nselections:\n  - { quota: q, by: so, chosen: xa-1, date: 2020-08-01 }\n',
    });
    expect(line(report(late, '2020-12-31'), 'q').outcome).toBe('late');
    const over = tempWorkspace({
      'units.yaml': units,
      'plan.yaml': plan(),
      'p.yaml': 'thidua: 1\nkind: progress\nplan: 01/KH-S\nselections:\n  - { quota: q, by: so, chosen: xa-1 }\n  - { quota: q, by: so, chosen: xa-2 }\n  - { quota: q, by: so, chosen: xa-3 }\n',
    });
    const l = line(report(over, '2020-03-01'), 'q');
    expect(l.outcome).toBe('fail');
    expect(l.reasons.map((x) => x.reason)).toEqual(['over-max']);
  });

  it('takes the latest figure of a target as the running total, never the sum over days', () => {
    const dir = tempWorkspace({
      'units.yaml': units,
      'plan.yaml': plan(),
      'mid.yaml': 'thidua: 1\nkind: progress\nplan: 01/KH-S\nasOf: 2020-06-30\ntargets:\n  - { target: t, by: so, achieved: 3 }\n',
      'end.yaml': 'thidua: 1\nkind: progress\nplan: 01/KH-S\nasOf: 2020-12-20\ntargets:\n  - { target: t, by: so, achieved: 5 }\n',
    });
    expect(line(report(dir, '2020-07-01'), 't')).toMatchObject({ actual: 3, outcome: 'pending' });
    expect(line(report(dir, '2020-12-31'), 't')).toMatchObject({ actual: 5, outcome: 'pass' });
  });

  it('reports a record naming no obligation of the plan, and a conflicting figure, as findings', () => {
    const dir = tempWorkspace({
      'units.yaml': units,
      'plan.yaml': plan(),
      'a.yaml': 'thidua: 1\nkind: progress\nplan: 01/KH-S\nasOf: 2020-06-30\ntargets:\n  - { target: t, by: so, achieved: 3 }\n  - { target: khong-co, by: so, achieved: 1 }\n',
      'b.yaml': 'thidua: 1\nkind: progress\nplan: 01/KH-S\nasOf: 2020-06-30\ntargets:\n  - { target: t, by: so, achieved: 4 }\n',
    });
    const r = report(dir, '2020-07-01');
    expect(r.findings.map((f) => f.kind).sort()).toEqual(['target-conflict', 'unknown-obligation']);
    expect(line(r, 't').actual).toBe(4);
  });

  it('makes a {kind} owner with no unit of that kind not applicable', () => {
    const dir = tempWorkspace({
      'units.yaml': units,
      'plan.yaml': plan('milestones:\n  - { id: m, due: 2020-03-01, owner: { kind: phong }, type: report }\n'),
    });
    const l = line(report(dir, '2020-12-31'), 'm');
    expect(l.outcome).toBe('not-applicable');
    expect(l.owner).toBe('{kind: phong}');
  });
});
