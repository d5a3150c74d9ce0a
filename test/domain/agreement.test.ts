/**
 * The workspace of issue 9: a target of 8 owned by so-tu-phap, which reports
 * 3 while its child ptp-my-tho reports 5. Every command gives one answer:
 * the child's figure counts toward its parent (docs/workspace.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checklistJson } from '../../src/formats/checklist-json.js';
import { toJson } from '../../src/formats/report-json.js';
import { scheduleJson } from '../../src/formats/schedule-json.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { viewsOf } from '../helpers/views.js';

const units = `thidua: 1
kind: units
units:
  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }
  - { id: ptp-my-tho, name: Phòng Tư pháp thành phố Mỹ Tho, kind: phong-tu-phap, parent: so-tu-phap }
  - { id: ptp-cai-be, name: Phòng Tư pháp huyện Cái Bè, kind: phong-tu-phap, parent: so-tu-phap }
`;
const plan = `thidua: 1
kind: plan
id: 06/KH-STP
title: Kế hoạch thi đua năm 2018
issuer: so-tu-phap
issued: 2018-01-10
year: 2018
movements:
  - id: pbgdpl
    form: regular
    title: Phổ biến pháp luật
    targets:
      - { id: tam-xa, title: Tám xã đạt chuẩn tiếp cận pháp luật, count: 8, owner: so-tu-phap, due: 2018-06-30 }
`;
const progress = (own: number, child: number): string => `thidua: 1
kind: progress
plan: 06/KH-STP
asOf: 2018-06-15
targets:
  - { target: tam-xa, by: so-tu-phap, achieved: ${own} }
  - { target: tam-xa, by: ptp-my-tho, achieved: ${child} }
`;

afterAll(removeTempWorkspaces);

function answers(own: number, child: number, asOf: string) {
  const dir = tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan, 'progress.yaml': progress(own, child) });
  const v = viewsOf(dir, asOf);
  const report = toJson(v.report, 'en').obligations.filter((o) => o.id === 'tam-xa');
  const checklist = (JSON.parse(checklistJson(v.checklist)) as { groups: { items: { id: string; owner?: { id: string }; done: boolean; progress?: { done: number; of: number } }[] }[] }).groups
    .flatMap((g) => g.items)
    .filter((i) => i.id === 'tam-xa');
  const schedule = (JSON.parse(scheduleJson(v.schedule)) as { items: { type: string; id: string; state: string; doneBy?: number }[] }).items.filter((i) => i.id === 'tam-xa');
  return { report, checklist, schedule };
}

describe('one answer about a parent and its child unit', () => {
  it('counts 3 + 5 = 8 of 8 in report, checklist, schedule and their json', () => {
    const { report, checklist, schedule } = answers(3, 5, '2018-07-15');
    expect(report.map((o) => [o.owner, o.actual, o.required, o.outcome])).toEqual([['so-tu-phap', 8, 8, 'pass']]);
    expect(checklist.map((i) => [i.owner?.id, i.progress, i.done])).toEqual([['so-tu-phap', { done: 8, of: 8 }, true]]);
    expect(schedule.map((i) => [i.type, i.state, i.doneBy])).toEqual([['target', 'done', 1]]);
  });

  it('says 7 of 8, not done and overdue, everywhere when the child reports one less', () => {
    const { report, checklist, schedule } = answers(3, 4, '2018-07-15');
    expect(report.map((o) => [o.actual, o.outcome])).toEqual([[7, 'fail']]);
    expect(checklist.map((i) => [i.progress, i.done])).toEqual([[{ done: 7, of: 8 }, false]]);
    expect(schedule.map((i) => [i.state, i.doneBy])).toEqual([['overdue', 0]]);
  });

  it('counts a record reported twice once', () => {
    const dir = tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan, 'a.yaml': progress(3, 5), 'b.yaml': progress(3, 5) });
    const v = viewsOf(dir, '2018-07-15');
    expect(v.report.obligations.find((o) => o.id === 'tam-xa')?.actual).toBe(8);
    expect(v.checklist.groups.flatMap((g) => g.items).find((i) => i.id === 'tam-xa')?.progress).toEqual({ done: 8, of: 8 });
  });
});
