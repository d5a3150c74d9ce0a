/**
 * Plans as they are really written (issue 10): a drive issued 02/06/2024 that
 * works toward 80 năm Ngày Tổng tuyển cử (06/01/1946 – 06/01/2026), windows
 * that cross the new year, occurrences on a window's first and last day, and
 * a drive that ends at an event whose provisional date moves.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toISO } from '../../src/model/date.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { loadPlanWs } from '../helpers/plan-ws.js';
import { viewsOf } from '../helpers/views.js';

afterAll(removeTempWorkspaces);

const units = `thidua: 1
kind: units
units:
  - { id: ubnd-tinh, name: Ủy ban nhân dân tỉnh Lạng Sơn, kind: ubnd-tinh }
  - { id: van-phong-ubnd, name: Văn phòng Ủy ban nhân dân tỉnh, kind: van-phong, parent: ubnd-tinh }
  - { id: phong-hc, name: Phòng Hành chính - Tổ chức, kind: phong, parent: van-phong-ubnd }
`;

/** The Lạng Sơn drive (36/KH-VP of 02/06/2024), as a clerk writes it. */
const drive = (window: string, anniversary: string, extra = ''): string => `thidua: 1
kind: plan
id: 36/KH-VP
title: Kế hoạch thi đua chào mừng Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam (06/01/1946 - 06/01/2026)
issuer: van-phong-ubnd
issued: 2024-06-02
period: ${window}
movements:
  - id: chao-mung-80-nam
    form: thematic
    title: Phong trào thi đua lập thành tích chào mừng 80 năm Ngày Tổng tuyển cử
    period: ${window}
    commemorates: [tong-tuyen-cu]
    targets:
      - { id: sang-kien, title: Sáng kiến cải tiến lề lối làm việc, count: 2, owner: van-phong-ubnd }
anniversaries:
  - ${anniversary}
${extra}`;

const TTC = '{ id: tong-tuyen-cu, title: Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam, origin: 1946-01-06, years: 80';
const activity = (date: string): string => `thidua: 1
kind: progress
plan: 36/KH-VP
asOf: ${date}
activities:
  - { commemorates: tong-tuyen-cu, by: phong-hc, date: ${date}, title: Hội nghị chào mừng 80 năm Ngày Tổng tuyển cử }
`;

const ws = (plan: string, progress?: string): string => tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan, ...(progress && { 'progress.yaml': progress }) });
const WINDOW = '{ from: 2024-06-02, to: 2026-01-06 }';

describe('a drive issued in 2024 aimed at 80 năm on 06/01/2026', () => {
  it('validates clean with years: 80, with or without date', () => {
    expect(() => loadPlanWs(ws(drive(WINDOW, `${TTC}, date: 2026-01-06 }`)))).not.toThrow();
    expect(() => loadPlanWs(ws(drive(WINDOW, `${TTC} }`)))).not.toThrow();
  });

  it('is refused with years: 78, and the hint says 80', () => {
    expect(() => loadPlanWs(ws(drive(WINDOW, `${TTC.replace('years: 80', 'years: 78')}, date: 2026-01-06 }`)))).toThrow(/2026 − 1946 = 80/);
  });

  it('shows 06/01/2026 and 80 năm in schedule and checklist', () => {
    const v = viewsOf(ws(drive(WINDOW, `${TTC}, date: 2026-01-06 }`)), '2025-12-01');
    const s = v.schedule.items.filter((i) => i.type === 'anniversary');
    expect(s.map((i) => [toISO(i.start), i.years, i.round])).toEqual([['2026-01-06', 80, true]]);
    const c = v.checklist.groups.flatMap((g) => g.items).filter((i) => i.kind === 'commemorate');
    expect(c.map((i) => [toISO(i.due), i.years])).toEqual([['2026-01-06', 80]]);
    // The schedule runs over the drive's window, not the issue year.
    expect([toISO(v.schedule.from), toISO(v.schedule.to)]).toEqual(['2024-06-02', '2026-01-06']);
  });

  it('is pending before the day, passes with an activity on the day, fails after it without one', () => {
    const plan = drive(WINDOW, `${TTC}, date: 2026-01-06 }`);
    const outcome = (dir: string, asOf: string) => {
      const v = viewsOf(dir, asOf);
      const line = v.report.obligations.find((o) => o.id === 'tong-tuyen-cu')!;
      const box = v.checklist.groups.flatMap((g) => g.items).find((i) => i.id === 'tong-tuyen-cu')!;
      return [line.outcome, toISO(line.due), box.done];
    };
    expect(outcome(ws(plan), '2026-01-05')).toEqual(['pending', '2026-01-06', false]);
    expect(outcome(ws(plan, activity('2026-01-06')), '2026-01-06')).toEqual(['pass', '2026-01-06', true]);
    expect(outcome(ws(plan), '2026-01-07')).toEqual(['fail', '2026-01-06', false]);
    expect(outcome(ws(plan, activity('2026-01-06')), '2026-02-01')).toEqual(['pass', '2026-01-06', true]);
  });

  it('makes an undated target due at the end of the window, across the new year', () => {
    const v = viewsOf(ws(drive(WINDOW, `${TTC}, date: 2026-01-06 }`)), '2025-12-31');
    const line = v.report.obligations.find((o) => o.id === 'sang-kien')!;
    expect([toISO(line.due), line.outcome]).toEqual(['2026-01-06', 'pending']);
  });
});

describe('occurrences on the window’s first and last day', () => {
  const years = (window: string): [string, number | undefined][] =>
    viewsOf(ws(drive(window, `${TTC} }`)), '2025-06-01')
      .schedule.items.filter((i) => i.type === 'anniversary')
      .map((i) => [toISO(i.start), i.years]);

  it('lists each occurrence a window holds, with its own ordinal', () => {
    expect(years('{ from: 2025-01-06, to: 2026-01-06 }')).toEqual([['2025-01-06', 79], ['2026-01-06', 80]]);
  });
  it('leaves out the occurrence the day before the first day, and the day after the last', () => {
    expect(years('{ from: 2025-01-07, to: 2026-01-06 }')).toEqual([['2026-01-06', 80]]);
    expect(() => loadPlanWs(ws(drive('{ from: 2025-01-06, to: 2026-01-05 }', `${TTC} }`)))).toThrow(/anniversary-years-match|80/);
  });
  it('refuses a date no window contains', () => {
    expect(() => loadPlanWs(ws(drive('{ from: 2024-06-02, to: 2026-01-05 }', `${TTC}, date: 2026-01-06 }`)))).toThrow(/06\/01\/2026/);
  });
});

describe('a drive that ends at an event with a provisional date', () => {
  const congress = (dates: string): string =>
    drive('{ from: 2025-10-01, until: { event: dai-hoi-xiv } }', '{ id: tong-tuyen-cu, title: Ngày Tổng tuyển cử, origin: 1946-01-06 }', `events:\n  - { id: dai-hoi-xiv, title: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, ${dates} }\n`)
      .replace('period: { from: 2025-10-01, until: { event: dai-hoi-xiv } }\nmovements', 'period: { from: 2025-10-01, until: { event: dai-hoi-xiv } }\nmovements')
      .replace('issued: 2024-06-02', 'issued: 2025-11-04');

  it('ends on the planned last day while it is provisional, and moves when the actual days are known', () => {
    const planned = viewsOf(ws(congress('planned: { from: 2026-01-19, to: 2026-01-25 }')), '2026-01-10');
    const due = (v: typeof planned): string => toISO(v.report.obligations.find((o) => o.id === 'sang-kien')!.due);
    expect(due(planned)).toBe('2026-01-25');
    const event = planned.schedule.items.find((i) => i.type === 'event')!;
    expect([toISO(event.start), toISO(event.end), event.provisional, event.state]).toEqual(['2026-01-19', '2026-01-25', true, 'upcoming']);
    const actual = viewsOf(ws(congress('planned: { from: 2026-01-19, to: 2026-01-25 }, actual: { from: 2026-01-19, to: 2026-01-23 }')), '2026-01-10');
    expect(due(actual)).toBe('2026-01-23');
    expect(actual.schedule.items.find((i) => i.type === 'event')!.provisional).toBeUndefined();
    expect(toISO(actual.schedule.to)).toBe('2026-01-23');
  });
});
