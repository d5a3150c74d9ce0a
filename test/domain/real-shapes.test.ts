/**
 * The real shapes of issue 10, written as the research rebuilt them
 * (test/fixtures/real): a plan aimed at an anniversary in a later year
 * (Lạng Sơn 36/KH-VP, 80 năm on 06/01/2026) and a drive that ends at an
 * event (QĐ 2437/QĐ-TTg, until the XIV Congress, planned 19–25/01/2026,
 * closed 23/01/2026). Each validates clean, and schedule, checklist and
 * report give the right ordinal, days and outcome before, on and after.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toISO } from '../../src/model/date.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { loadPlanWs, repoRoot } from '../helpers/plan-ws.js';
import { viewsOf, type Views } from '../helpers/views.js';

afterAll(removeTempWorkspaces);

const fixture = (name: string, progress?: string): string => {
  const dir = tempWorkspace({});
  cpSync(join(repoRoot, 'test', 'fixtures', 'real', name), dir, { recursive: true });
  if (progress) writeFileSync(join(dir, 'progress.yaml'), progress);
  return dir;
};

describe('Lạng Sơn 36/KH-VP: aimed at 80 năm on 06/01/2026, issued 02/06/2024', () => {
  const activity = (date: string): string =>
    `thidua: 1\nkind: progress\nplan: 36/KH-VP\nasOf: ${date}\nactivities:\n  - { commemorates: tong-tuyen-cu, by: cac-phong, date: ${date}, title: Tọa đàm kỷ niệm 80 năm Ngày Tổng tuyển cử }\n`;
  const at = (asOf: string, progress?: string): [string, number | undefined, string, boolean] => {
    const v = viewsOf(fixture('langson-36-KH-VP-2024', progress), asOf);
    const line = v.report.obligations.find((o) => o.id === 'tong-tuyen-cu')!;
    const box = v.checklist.groups.flatMap((g) => g.items).find((i) => i.id === 'tong-tuyen-cu')!;
    expect([toISO(box.due), box.years]).toEqual(['2026-01-06', 80]);
    const s = v.schedule.items.filter((i) => i.type === 'anniversary');
    expect(s.map((i) => [toISO(i.start), i.years])).toEqual([['2026-01-06', 80]]);
    return [toISO(line.date!), line.years, line.outcome, box.done];
  };

  it('validates clean', () => expect(() => loadPlanWs(fixture('langson-36-KH-VP-2024'))).not.toThrow());
  it('before the day: 80 năm, pending', () => expect(at('2026-01-05')).toEqual(['2026-01-06', 80, 'pending', false]));
  it('on the day, with an activity that day: passed', () => expect(at('2026-01-06', activity('2026-01-06'))).toEqual(['2026-01-06', 80, 'pass', true]));
  it('after the day, with none: failed', () => expect(at('2026-01-07')).toEqual(['2026-01-06', 80, 'fail', false]));
});

describe('QĐ 2437/QĐ-TTg: until the XIV Congress, planned 19–25/01/2026, closed 23/01/2026', () => {
  const held = `thidua: 1\nkind: progress\nplan: 2437/QĐ-TTg\nasOf: 2026-01-24\nevents:\n  - { event: dai-hoi-xiv, held: { from: 2026-01-19, to: 2026-01-23 }, source: dantri.com.vn 21/01/2026 }\n`;
  const congress = (v: Views) => {
    const line = v.report.obligations.find((o) => o.id === 'dai-hoi-xiv')!;
    const movement = v.schedule.items.find((i) => i.type === 'movement')!;
    // The drive's end is as provisional as the Congress's days.
    expect(movement.provisional ?? false).toBe(line.provisional ?? false);
    return [line.type, toISO(line.due), line.outcome, line.provisional ?? false, toISO(movement.end)];
  };

  it('validates clean, with and without the record of the real days', () => {
    expect(() => loadPlanWs(fixture('qd-2437-TTg-2025'))).not.toThrow();
    expect(() => loadPlanWs(fixture('qd-2437-TTg-2025', held))).not.toThrow();
  });
  it('before the Congress: an event, provisional, the drive ending on 25/01', () => {
    expect(congress(viewsOf(fixture('qd-2437-TTg-2025', held), '2026-01-18'))).toEqual(['event', '2026-01-25', 'pending', true, '2026-01-25']);
  });
  it('on its first day: still pending, still provisional', () => {
    expect(congress(viewsOf(fixture('qd-2437-TTg-2025', held), '2026-01-19'))).toEqual(['event', '2026-01-25', 'pending', true, '2026-01-25']);
  });
  it('after it, once the real days are recorded: held, and the drive ends on 23/01', () => {
    expect(congress(viewsOf(fixture('qd-2437-TTg-2025', held), '2026-01-24'))).toEqual(['event', '2026-01-23', 'pass', false, '2026-01-23']);
  });
  it('after the planned days with nothing recorded: pending, and the report says the date is unconfirmed', () => {
    const v = viewsOf(fixture('qd-2437-TTg-2025'), '2026-01-26');
    expect(congress(v)).toEqual(['event', '2026-01-25', 'pending', true, '2026-01-25']);
    expect(v.report.obligations.find((o) => o.id === 'dai-hoi-xiv')!.reasons.map((r) => r.reason)).toEqual(['event-unconfirmed']);
  });
  it('lists its three events, each as an event, in date order, in schedule, checklist and report', () => {
    const v = viewsOf(fixture('qd-2437-TTg-2025', held), '2026-02-01');
    expect(v.schedule.items.filter((i) => i.type === 'event').map((i) => i.id)).toEqual(['le-phat-dong', 'dai-hoi-thi-dua-xi', 'dai-hoi-xiv']);
    expect(v.checklist.groups.flatMap((g) => g.items).filter((i) => i.kind === 'event').map((i) => i.id)).toEqual(['le-phat-dong', 'dai-hoi-thi-dua-xi', 'dai-hoi-xiv']);
    expect(v.report.obligations.filter((o) => o.type === 'event').map((o) => [o.id, o.outcome])).toEqual([
      ['dai-hoi-xiv', 'pass'],
      ['dai-hoi-thi-dua-xi', 'pending'],
      ['le-phat-dong', 'pass'],
    ]);
  });
});
