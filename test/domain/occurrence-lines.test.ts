/**
 * A window that holds several occurrences of one anniversary (78, 79 and
 * 80 năm Ngày Tổng tuyển cử in a drive from 06/01/2024 to 06/01/2026, the
 * first on the window's first day and the last on its last day): schedule,
 * checklist and report list each with its own ordinal, day and outcome, at
 * as-of days before, on and after each occurrence.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { occurrenceSlices } from '../../src/domain/obligations-anniversaries.js';
import { parseDate, toISO } from '../../src/model/date.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { viewsOf, type Views } from '../helpers/views.js';
import { loadPlanWs } from '../helpers/plan-ws.js';
import { render } from '../../src/formats/registry.js';

afterAll(removeTempWorkspaces);

const units = `thidua: 1
kind: units
units:
  - { id: van-phong-ubnd, name: Văn phòng Ủy ban nhân dân tỉnh, kind: van-phong }
  - { id: phong-hc, name: Phòng Hành chính - Tổ chức, kind: phong, parent: van-phong-ubnd }
`;

const plan = `thidua: 1
kind: plan
id: 01/KH-VP
title: Kế hoạch thi đua hướng tới 80 năm Ngày Tổng tuyển cử đầu tiên (06/01/1946 - 06/01/2026)
issuer: van-phong-ubnd
issued: 2024-01-02
period: { from: 2024-01-06, to: 2026-01-06 }
anniversaries:
  - { id: tong-tuyen-cu, title: Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam, origin: 1946-01-06, years: 80 }
`;

const progress = (asOf: string, ...dates: string[]): string => `thidua: 1
kind: progress
plan: 01/KH-VP
asOf: ${asOf}
activities:
${dates.map((d) => `  - { commemorates: tong-tuyen-cu, by: phong-hc, date: ${d}, title: Hội nghị kỷ niệm }`).join('\n')}
`;

const ws = (p?: string): string => tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan, ...(p && { 'progress.yaml': p }) });

/** [day, ordinal, outcome] of each report line, [day, ordinal, done] of each checklist box. */
const report = (v: Views): [string, number | undefined, string][] => v.report.obligations.filter((o) => o.type === 'anniversary').map((o) => [toISO(o.date!), o.years, o.outcome]);
const boxes = (v: Views): [string, number | undefined, boolean][] =>
  v.checklist.groups.flatMap((g) => g.items).filter((i) => i.kind === 'commemorate').map((i) => [toISO(i.due), i.years, i.done]);

describe('three occurrences in one window', () => {
  it('validates clean, and schedule, checklist and report list 78, 79 and 80 năm with their days', () => {
    expect(() => loadPlanWs(ws())).not.toThrow();
    const v = viewsOf(ws(), '2024-01-05');
    const days = [['2024-01-06', 78], ['2025-01-06', 79], ['2026-01-06', 80]];
    expect(v.schedule.items.filter((i) => i.type === 'anniversary').map((i) => [toISO(i.start), i.years])).toEqual(days);
    expect(boxes(v).map(([d, y]) => [d, y])).toEqual(days);
    expect(report(v).map(([d, y]) => [d, y])).toEqual(days);
    expect(v.report.obligations.filter((o) => o.type === 'anniversary').map((o) => o.instance)).toEqual(['2024-01-06', '2025-01-06', '2026-01-06']);
  });

  it('before the first day: every occurrence pending', () => {
    expect(report(viewsOf(ws(), '2024-01-05')).map((l) => l[2])).toEqual(['pending', 'pending', 'pending']);
  });

  it('on the first day (the window’s first): an activity that day passes 78 only', () => {
    const v = viewsOf(ws(progress('2024-01-06', '2024-01-06')), '2024-01-06');
    expect(report(v)).toEqual([['2024-01-06', 78, 'pass'], ['2025-01-06', 79, 'pending'], ['2026-01-06', 80, 'pending']]);
    expect(boxes(v).map((b) => b[2])).toEqual([true, false, false]);
  });

  it('after 78’s part of the window without an activity: 78 fails, the others stay pending', () => {
    // 78 owns 06/01/2024 to halfway toward 06/01/2025 (07/07/2024).
    expect(report(viewsOf(ws(), '2024-07-07')).map((l) => l[2])).toEqual(['pending', 'pending', 'pending']);
    expect(report(viewsOf(ws(), '2024-07-08')).map((l) => l[2])).toEqual(['fail', 'pending', 'pending']);
  });

  it('counts an activity toward the occurrence nearest its date: days before 79 are for 79, not 78', () => {
    const v = viewsOf(ws(progress('2025-01-10', '2025-01-04')), '2025-01-10');
    expect(report(v)).toEqual([['2024-01-06', 78, 'fail'], ['2025-01-06', 79, 'pass'], ['2026-01-06', 80, 'pending']]);
  });

  it('on and after the last day (the window’s last): 80 passes with an activity that day, is late with one after it, fails with none', () => {
    expect(report(viewsOf(ws(progress('2026-01-06', '2026-01-06')), '2026-01-06'))[2]).toEqual(['2026-01-06', 80, 'pass']);
    expect(report(viewsOf(ws(progress('2026-01-08', '2026-01-08')), '2026-01-08'))[2]).toEqual(['2026-01-06', 80, 'late']);
    expect(report(viewsOf(ws(), '2026-01-07'))[2]).toEqual(['2026-01-06', 80, 'fail']);
  });

  it('report formats name each occurrence by its ordinal', async () => {
    const v = viewsOf(ws(), '2025-01-10');
    const opts = { lang: 'vi' as const, color: false };
    const md = (await render('report', 'markdown', v.report, opts)) as string;
    for (const y of [78, 79, 80]) expect(md).toContain(`Kỷ niệm ${y} năm Ngày Tổng tuyển cử`);
    // Wide enough that no id wraps: the 80-column layout is terminal-width.test.ts's.
    const table = (await render('report', 'table', v.report, { ...opts, width: 200 })) as string;
    for (const y of [78, 79, 80]) expect(table).toContain(`tong-tuyen-cu (${y} năm)`);
    const json = JSON.parse((await render('report', 'json', v.report, opts)) as string) as { obligations: { years?: number; instance?: string; date?: string }[] };
    expect(json.obligations.map((o) => [o.years, o.instance, o.date])).toEqual([[78, '2024-01-06', '2024-01-06'], [79, '2025-01-06', '2025-01-06'], [80, '2026-01-06', '2026-01-06']]);
  });
});

describe('occurrenceSlices', () => {
  const d = (s: string) => parseDate(s)!;
  it('keeps the frame whole for one occurrence, and splits halfway between two', () => {
    const frame = { from: d('2024-06-02'), to: d('2026-01-06') };
    expect(occurrenceSlices(frame, [d('2026-01-06')])).toEqual([frame]);
    const two = occurrenceSlices(frame, [d('2025-01-06'), d('2026-01-06')]).map((s) => [toISO(s.from), toISO(s.to)]);
    expect(two).toEqual([['2024-06-02', '2025-07-07'], ['2025-07-08', '2026-01-06']]);
  });
});
