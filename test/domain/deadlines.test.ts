/**
 * Deadlines as the text says them (issue 10 item 1): "hoàn thành trước ngày
 * 15/10/2025" (before: the last day that counts is 14/10) and "đến hết ngày
 * 15/10/2025" (by the end of: the 15th counts; a bare date means the same).
 * Judged on the last day that counts, shown as written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toISO } from '../../src/model/date.js';
import { render } from '../../src/index.js';
import { deadlineOf } from '../../src/domain/deadlines.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { loadPlanWs } from '../helpers/plan-ws.js';
import { viewsOf } from '../helpers/views.js';

afterAll(removeTempWorkspaces);

const units = `thidua: 1
kind: units
units:
  - { id: so-gddt, name: Sở Giáo dục và Đào tạo, kind: so }
  - { id: thpt-a, name: Trường THPT A, kind: thpt, parent: so-gddt }
`;

const plan = (due: string): string => `thidua: 1
kind: plan
id: 1006/SGDĐT
title: Phát động phong trào khắc phục nhầm lẫn L - N
issuer: so-gddt
issued: 2025-09-20
period: { from: 2025-09-01, to: 2026-05-31 }
movements:
  - id: nam-hoc
    form: thematic
    title: Năm học 2025-2026
    targets:
      - { id: bao-cao-so-lieu, title: Báo cáo số liệu, count: 1, owner: thpt-a, due: ${due} }
milestones:
  - { id: hoan-thanh-phat-dong, title: Hoàn thành phát động phong trào, due: ${due}, owner: thpt-a }
`;

const progress = (day: string): string => `thidua: 1
kind: progress
plan: 1006/SGDĐT
asOf: ${day}
milestones:
  - { milestone: hoan-thanh-phat-dong, by: thpt-a, done: ${day} }
`;

const ws = (due: string, done?: string): string => tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan(due), ...(done && { 'progress.yaml': progress(done) }) });
const milestone = (due: string, asOf: string, done?: string) => viewsOf(ws(due, done), asOf).report.obligations.find((o) => o.id === 'hoan-thanh-phat-dong')!;

describe('the last day that counts', () => {
  it('is the day before for before, the day itself for by and for a bare date', () => {
    expect(toISO(deadlineOf({ before: '15/10/2025' })!.last)).toBe('2025-10-14');
    expect(toISO(deadlineOf({ by: '15/10/2025' })!.last)).toBe('2025-10-15');
    expect(toISO(deadlineOf('2025-10-15')!.last)).toBe('2025-10-15');
    // Across a month and a year.
    expect(toISO(deadlineOf({ before: '2025-11-01' })!.last)).toBe('2025-10-31');
    expect(toISO(deadlineOf({ before: '01/01/2026' })!.last)).toBe('2025-12-31');
    expect(deadlineOf({ before: '31/02/2025' })).toBeUndefined();
  });
});

describe('a record on 14/10 and on 15/10', () => {
  const cases: [string, string, string][] = [
    // [due, done on 14/10, done on 15/10]
    ['{ before: 15/10/2025 }', 'pass', 'late'],
    ['{ by: 15/10/2025 }', 'pass', 'pass'],
    ['2025-10-15', 'pass', 'pass'],
  ];
  for (const [due, on14, on15] of cases) {
    it(`due: ${due}`, () => {
      expect(milestone(due, '2025-10-20', '2025-10-14').outcome).toBe(on14);
      expect(milestone(due, '2025-10-20', '2025-10-15').outcome).toBe(on15);
    });
  }

  it('a "by" deadline makes a record on 16/10 late', () => {
    expect(milestone('{ by: 15/10/2025 }', '2025-10-20', '2025-10-16').outcome).toBe('late');
  });

  it('is pending on the last day that counts and overdue the day after', () => {
    expect(milestone('{ before: 15/10/2025 }', '2025-10-14').outcome).toBe('pending');
    expect(milestone('{ before: 15/10/2025 }', '2025-10-15').outcome).toBe('fail');
    expect(milestone('{ by: 15/10/2025 }', '2025-10-15').outcome).toBe('pending');
    expect(milestone('{ by: 15/10/2025 }', '2025-10-16').outcome).toBe('fail');
  });

  it('judges a target with its own worded deadline the same way', () => {
    const line = viewsOf(ws('{ before: 15/10/2025 }'), '2025-10-14').report.obligations.find((o) => o.id === 'bao-cao-so-lieu')!;
    expect([toISO(line.due), line.dueAs?.form, toISO(line.dueAs!.date)]).toEqual(['2025-10-14', 'before', '2025-10-15']);
  });
});

describe('shown as written', () => {
  it('in the report, checklist and schedule, in both languages', async () => {
    const v = viewsOf(ws('{ before: 15/10/2025 }'), '2025-10-01');
    const out = async (lang: 'vi' | 'en') => [
      String(await render('report', 'markdown', v.report, { lang, color: false })),
      String(await render('checklist', 'markdown', v.checklist, { lang, color: false })),
      String(await render('schedule', 'table', v.schedule, { lang, color: false })),
      String(await render('schedule', 'markdown', v.schedule, { lang, color: false })),
    ];
    for (const text of await out('vi')) expect(text).toContain('trước ngày 15/10/2025');
    for (const text of await out('en')) expect(text).toContain('before 15/10/2025');
    const by = viewsOf(ws('{ by: 15/10/2025 }'), '2025-10-01');
    expect(String(await render('report', 'markdown', by.report, { lang: 'vi', color: false }))).toContain('đến hết ngày 15/10/2025');
    const json = JSON.parse(String(await render('report', 'json', v.report, { lang: 'vi', color: false })));
    const m = json.obligations.find((o: { id: string }) => o.id === 'hoan-thanh-phat-dong');
    expect([m.due, m.dueAs]).toEqual(['2025-10-14', { before: '2025-10-15' }]);
  });

  it('a bare date stays a bare date', async () => {
    const v = viewsOf(ws('2025-10-15'), '2025-10-01');
    const text = String(await render('report', 'table', v.report, { lang: 'vi', color: false }));
    expect(text).toContain('15/10/2025');
    expect(text).not.toMatch(/trước ngày|đến hết ngày/);
  });
});

describe('a worded deadline that is not a day', () => {
  it('is located at its date', () => {
    expect(() => loadPlanWs(ws('{ before: 31/02/2025 }'))).toThrow(/plan\.yaml:\d+ .*31\/02\/2025/);
  });
});
