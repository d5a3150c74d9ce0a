/**
 * Content items (nội dung) and several owners: each owner a list names owes a
 * content on its own; a line is done on a `done` with a document, judged
 * against its due day on the days around it; checklist and report agree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { viewsOf } from '../helpers/views.js';

const units = `thidua: 1
kind: units
units:
  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }
  - { id: van-phong, name: Văn phòng Sở, kind: phong, parent: so-tu-phap }
  - { id: ptp-a, name: Phòng Tư pháp A, kind: phong-tu-phap, parent: so-tu-phap }
  - { id: ptp-b, name: Phòng Tư pháp B, kind: phong-tu-phap, parent: so-tu-phap }
  - { id: ptp-cu, name: Phòng Tư pháp cũ, kind: phong-tu-phap, parent: so-tu-phap, validTo: 2025-06-30 }
  - { id: xa-a, name: Xã A, kind: xa, parent: ptp-a }
`;
const plan = (owner: string, extra = ''): string => `thidua: 1
kind: plan
id: 06/KH-STP
title: Kế hoạch thi đua năm 2026
issuer: so-tu-phap
issued: 2026-01-10
year: 2026
movements:
  - id: pt
    form: regular
    title: Phong trào
    contents:
      - id: tuyen-truyen
        title: Tuyên truyền về mục đích, ý nghĩa của phong trào
        owner: ${owner}
        due: 2026-06-30
${extra}`;
const progress = (records: string[], asOf = '2026-07-31'): string => `thidua: 1
kind: progress
plan: 06/KH-STP
asOf: ${asOf}
contents:
${records.map((r) => `  - ${r}`).join('\n')}
`;

afterAll(removeTempWorkspaces);

function lines(files: Record<string, string>, asOf: string) {
  const v = viewsOf(tempWorkspace({ 'units.yaml': units, ...files }), asOf);
  const report = v.report.obligations.filter((o) => o.type === 'content').map((o) => [o.owner, o.outcome] as const);
  const items = v.checklist.groups.flatMap((g) => g.items).filter((i) => i.kind === 'content');
  return { v, report, checklist: items.map((i) => [i.owner?.id, i.done, i.contentState] as const) };
}

describe('several owners', () => {
  it('gives each unit of each owner its own line, every unit once, and none to a unit ended before the issue date', () => {
    const { report, checklist } = lines({ 'plan.yaml': plan('[so-tu-phap, { kind: phong-tu-phap }, ptp-a]') }, '2026-03-01');
    expect(report.map(([o]) => o).sort()).toEqual(['ptp-a', 'ptp-b', 'so-tu-phap']);
    expect(checklist.map(([o]) => o).sort()).toEqual(['ptp-a', 'ptp-b', 'so-tu-phap']);
    expect(report.every(([, outcome]) => outcome === 'pending')).toBe(true);
  });

  it('keeps the lines of the owners that resolve beside a not-applicable line for the kind that names nobody', () => {
    const { report } = lines({ 'plan.yaml': plan('[van-phong, { kind: khong-co }]') }, '2026-03-01');
    expect(report).toEqual([
      ['van-phong', 'pending'],
      ['{kind: khong-co}', 'not-applicable'],
    ]);
  });

  it('applies to targets and milestones too: one line per owner named', () => {
    const extra = `    targets:
      - { id: hoi-nghi, title: Hội nghị, count: 2, owner: [van-phong, ptp-b] }
milestones:
  - { id: bao-cao, title: Báo cáo, due: 2026-06-30, owner: [van-phong, { kind: phong-tu-phap }] }
`;
    const p = `thidua: 1
kind: progress
plan: 06/KH-STP
asOf: 2026-06-30
targets:
  - { target: hoi-nghi, by: ptp-b, achieved: 2 }
milestones:
  - { milestone: bao-cao, by: xa-a, done: 2026-06-20 }
`;
    const { v } = lines({ 'plan.yaml': plan('so-tu-phap', extra), 'progress.yaml': p }, '2026-07-01');
    const of = (type: string) => v.report.obligations.filter((o) => o.type === type).map((o) => [o.owner, o.outcome]).sort();
    expect(of('target')).toEqual([['ptp-b', 'pass'], ['van-phong', 'pending']]);
    // Xã A sits under Phòng Tư pháp A: its report is that owner's, not the others'.
    expect(of('milestone')).toEqual([['ptp-a', 'pass'], ['ptp-b', 'fail'], ['van-phong', 'fail']]);
  });
});

describe('a content item', () => {
  const owners = '[van-phong, ptp-a]';
  it('is pending with nothing reported up to its due day, and fails the day after', () => {
    expect(lines({ 'plan.yaml': plan(owners) }, '2026-06-30').report).toEqual([['ptp-a', 'pending'], ['van-phong', 'pending']]);
    expect(lines({ 'plan.yaml': plan(owners) }, '2026-07-01').report).toEqual([['ptp-a', 'fail'], ['van-phong', 'fail']]);
  });

  it('is done on a done with a document: pass on its due day, late the day after; never 0/1', () => {
    const rec = (date: string) => progress([`{ content: tuyen-truyen, by: van-phong, status: done, date: ${date}, document: 15/BC-VP }`]);
    const onDue = lines({ 'plan.yaml': plan(owners), 'p.yaml': rec('2026-06-30') }, '2026-07-31');
    expect(onDue.report).toEqual([['ptp-a', 'fail'], ['van-phong', 'pass']]);
    expect(onDue.checklist).toContainEqual(['van-phong', true, 'done']);
    const line = onDue.v.report.obligations.find((o) => o.owner === 'van-phong')!;
    expect([line.uncounted, line.evidence.map((e) => e.document)]).toEqual([true, ['15/BC-VP']]);
    expect(onDue.v.checklist.groups.flatMap((g) => g.items).find((i) => i.owner?.id === 'van-phong')?.progress).toBeUndefined();
    expect(lines({ 'plan.yaml': plan(owners), 'p.yaml': rec('2026-07-01') }, '2026-07-31').report).toContainEqual(['van-phong', 'late']);
  });

  it('does not count a done without a document: pending before the due day, fail after, and says why', () => {
    const p = progress(['{ content: tuyen-truyen, by: van-phong, status: done, date: 2026-05-10 }'], '2026-06-01');
    const before = lines({ 'plan.yaml': plan(owners), 'p.yaml': p }, '2026-06-01');
    expect(before.report).toContainEqual(['van-phong', 'pending']);
    expect(before.checklist).toContainEqual(['van-phong', false, 'no-evidence']);
    const after = lines({ 'plan.yaml': plan(owners), 'p.yaml': p }, '2026-07-01');
    expect(after.report).toContainEqual(['van-phong', 'fail']);
    expect(after.v.report.obligations.find((o) => o.owner === 'van-phong')!.reasons.map((r) => r.reason)).toEqual(['no-evidence', 'overdue']);
  });

  it('takes each unit’s latest status: in-progress after done undoes it; a record after the as-of day does not count yet', () => {
    const a = progress(['{ content: tuyen-truyen, by: van-phong, status: done, document: 1/BC-VP }'], '2026-03-31');
    const b = progress(['{ content: tuyen-truyen, by: van-phong, status: in-progress }'], '2026-04-30');
    expect(lines({ 'plan.yaml': plan(owners), 'a.yaml': a, 'b.yaml': b }, '2026-04-30').checklist).toContainEqual(['van-phong', false, 'in-progress']);
    expect(lines({ 'plan.yaml': plan(owners), 'a.yaml': a, 'b.yaml': b }, '2026-04-29').checklist).toContainEqual(['van-phong', true, 'done']);
  });

  it('counts a report by a unit under an owner for that owner (Xã A for Phòng Tư pháp A)', () => {
    const p = progress(['{ content: tuyen-truyen, by: xa-a, status: done, date: 2026-06-01, document: 3/BC-UBND }']);
    expect(lines({ 'plan.yaml': plan(owners), 'p.yaml': p }, '2026-07-31').report).toEqual([['ptp-a', 'pass'], ['van-phong', 'fail']]);
  });

  it('falls due at the end of the plan year when it gives no due date, and belongs to the issuer with no owner', () => {
    const p = plan('so-tu-phap').replace('        owner: so-tu-phap\n        due: 2026-06-30\n', '');
    expect(lines({ 'plan.yaml': p }, '2026-12-31').report).toEqual([['so-tu-phap', 'pending']]);
    expect(lines({ 'plan.yaml': p }, '2027-01-01').report).toEqual([['so-tu-phap', 'fail']]);
  });
});
