/**
 * Events in checklist and report, and an event's date fixed later: the drive
 * of QĐ 2437/QĐ-TTg runs "đến khi tổ chức thành công Đại hội XIV", planned
 * 19–25/01/2026 and closed on 23/01/2026. Until a progress file (or an
 * amendment of the plan) records the real days, the drive ends on the
 * planned last day; once recorded, the drive's end, what is due at it, the
 * event's line and every view move with it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toISO } from '../../src/model/date.js';
import { check } from '../../src/check/check.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { Scope } from '../../src/domain/scope.js';
import { render } from '../../src/formats/registry.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { viewsOf, type Views } from '../helpers/views.js';
import { loadPlanWs, repoRoot } from '../helpers/plan-ws.js';

afterAll(removeTempWorkspaces);

const units = `thidua: 1
kind: units
units:
  - { id: thu-tuong, name: Thủ tướng Chính phủ, kind: chinh-phu }
  - { id: bo-tu-phap, name: Bộ Tư pháp, kind: bo, parent: thu-tuong }
`;

const plan = (event: string): string => `thidua: 1
kind: plan
id: 2437/QĐ-TTg
title: Kế hoạch triển khai Đợt thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng
issuer: thu-tuong
issued: 2025-11-04
period: { from: 2025-10-05, until: { event: dai-hoi-xiv } }
movements:
  - id: dot-thi-dua
    form: thematic
    title: Đợt thi đua lập thành tích chào mừng Đại hội XIV
    period: { from: 2025-10-05, until: { event: dai-hoi-xiv } }
    targets:
      - { id: cong-trinh, title: Công trình chào mừng Đại hội, count: 1, owner: bo-tu-phap }
events:
  - { id: dai-hoi-xiv, title: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, ${event} }
`;

const PLANNED = 'planned: { from: 2026-01-19, to: 2026-01-25 }';
const held = (asOf: string, from = '2026-01-19', to = '2026-01-23'): string => `thidua: 1
kind: progress
plan: 2437/QĐ-TTg
asOf: ${asOf}
events:
  - { event: dai-hoi-xiv, held: { from: ${from}, to: ${to} }, source: "dantri.com.vn 21/01/2026" }
`;

const ws = (event: string, progress?: string): string => tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan(event), ...(progress && { 'progress.yaml': progress }) });

const eventLine = (v: Views) => v.report.obligations.find((o) => o.type === 'event')!;
const eventBox = (v: Views) => v.checklist.groups.flatMap((g) => g.items).find((i) => i.kind === 'event')!;
const targetDue = (v: Views): string => toISO(v.report.obligations.find((o) => o.id === 'cong-trinh')!.due);

describe('an event in checklist and report', () => {
  it('validates clean and is listed as an event, not an anniversary, with its provisional days', () => {
    expect(() => loadPlanWs(ws(PLANNED))).not.toThrow();
    const v = viewsOf(ws(PLANNED), '2026-01-10');
    const line = eventLine(v);
    expect([line.type, line.id, toISO(line.from!), toISO(line.due), line.provisional, line.outcome]).toEqual(['event', 'dai-hoi-xiv', '2026-01-19', '2026-01-25', true, 'pending']);
    const box = eventBox(v);
    expect([box.kind, toISO(box.from!), toISO(box.due), box.provisional, box.done, box.overdue]).toEqual(['event', '2026-01-19', '2026-01-25', true, false, false]);
    expect(v.report.obligations.some((o) => o.type === 'anniversary')).toBe(false);
  });

  it('on its planned last day it is still pending; after it, with no real days recorded, pending with the reason', () => {
    expect(eventLine(viewsOf(ws(PLANNED), '2026-01-25')).outcome).toBe('pending');
    const after = eventLine(viewsOf(ws(PLANNED), '2026-01-26'));
    expect([after.outcome, after.reasons.map((r) => r.reason)]).toEqual(['pending', ['event-unconfirmed']]);
    expect(eventBox(viewsOf(ws(PLANNED), '2026-01-26')).overdue).toBe(false);
  });

  it('an event with a known date passes once it is over', () => {
    const v = (asOf: string) => eventLine(viewsOf(ws('date: 2026-03-15'), asOf)).outcome;
    expect([v('2026-03-14'), v('2026-03-15'), v('2026-03-16')]).toEqual(['pending', 'pending', 'pass']);
  });
});

describe('an event’s provisional date that moves', () => {
  it('before the real days are known (the progress file is dated later), everything stays on the planned days', () => {
    const v = viewsOf(ws(PLANNED, held('2026-01-24')), '2026-01-22');
    expect(targetDue(v)).toBe('2026-01-25');
    expect(toISO(v.schedule.to)).toBe('2026-01-25');
    expect(eventLine(v).provisional).toBe(true);
  });

  it('once a progress file records them, the drive ends on the real last day and what is due at its end moves with it', () => {
    const v = viewsOf(ws(PLANNED, held('2026-01-24')), '2026-01-24');
    expect(targetDue(v)).toBe('2026-01-23');
    expect(toISO(v.schedule.to)).toBe('2026-01-23');
    const box = v.checklist.groups.flatMap((g) => g.items).find((i) => i.id === 'cong-trinh')!;
    expect([toISO(box.due), box.overdue]).toEqual(['2026-01-23', true]);
    const line = eventLine(v);
    expect([toISO(line.from!), toISO(line.due), line.provisional, line.outcome]).toEqual(['2026-01-19', '2026-01-23', undefined, 'pass']);
    expect([toISO(line.planned!.from), toISO(line.planned!.to)]).toEqual(['2026-01-19', '2026-01-25']);
    const ev = v.schedule.items.find((i) => i.type === 'event')!;
    expect([toISO(ev.end), toISO(ev.planned!.to), ev.provisional]).toEqual(['2026-01-23', '2026-01-25', undefined]);
    expect([eventBox(v).done, toISO(eventBox(v).planned!.to)]).toEqual([true, '2026-01-25']);
  });

  it('views show planned against actual', async () => {
    const v = viewsOf(ws(PLANNED, held('2026-01-24')), '2026-02-01');
    const opts = { lang: 'vi' as const, color: false };
    expect((await render('report', 'markdown', v.report, opts)) as string).toContain('dự kiến 19/01/2026 – 25/01/2026; thực tế 19/01/2026 – 23/01/2026');
    expect((await render('checklist', 'markdown', v.checklist, opts)) as string).toContain('dự kiến 19/01/2026 – 25/01/2026; thực tế 19/01/2026 – 23/01/2026');
    expect((await render('schedule', 'markdown', v.schedule, opts)) as string).toContain('dự kiến 19/01/2026 – 25/01/2026, thực tế 19/01/2026 – 23/01/2026');
  });

  it('a later report corrects an earlier one; the plan’s own actual days win over both', () => {
    const two = tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan(PLANNED), 'progress-a.yaml': held('2026-01-21', '2026-01-19', '2026-01-24'), 'progress-b.yaml': held('2026-01-24') });
    expect(targetDue(viewsOf(two, '2026-01-22'))).toBe('2026-01-24');
    expect(targetDue(viewsOf(two, '2026-01-24'))).toBe('2026-01-23');
    const amended = ws(`${PLANNED}, actual: { from: 2026-01-19, to: 2026-01-22 }`, held('2026-01-24'));
    expect(targetDue(viewsOf(amended, '2026-01-24'))).toBe('2026-01-22');
  });

  it('a progress record of an event the plan does not have is a finding at its position', () => {
    const dir = ws(PLANNED, held('2026-01-24').replace('event: dai-hoi-xiv', 'event: dai-hoi-xv'));
    const ws2 = loadWorkspace(expandPaths([dir], repoRoot).files, { lang: 'en', cwd: repoRoot });
    const found = check(ws2, {}, new Scope(ws2)).filter((d) => d.code === 'progress-references-resolve');
    expect(found.map((d) => [d.line, d.column, d.message])).toEqual([[6, 14, expect.stringContaining('"dai-hoi-xv"')]]);
  });
});
