/**
 * Content items in every format of report, checklist and schedule: the
 * state words in both languages, no "0/1", the evidence document, and each
 * machine format parsed back before asserting.
 */
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { checklistCsv } from '../../src/formats/checklist-csv.js';
import { checklistJson } from '../../src/formats/checklist-json.js';
import { checklistMarkdown } from '../../src/formats/checklist-markdown.js';
import type { RenderContext } from '../../src/formats/render-context.js';
import { reportCsv } from '../../src/formats/report-csv.js';
import { reportHtml } from '../../src/formats/report-html.js';
import { reportJson, type JsonReport } from '../../src/formats/report-json.js';
import { reportJunit } from '../../src/formats/report-junit.js';
import { reportMarkdown } from '../../src/formats/report-markdown.js';
import { reportXlsx } from '../../src/formats/xlsx/report.js';
import { scheduleIcs } from '../../src/formats/schedule-ics.js';
import { scheduleJson } from '../../src/formats/schedule-json.js';
import { csvRecords } from '../helpers/csv.js';
import { readDocx, readXlsx } from '../helpers/office.js';
import { loadPlanWs } from '../helpers/plan-ws.js';
import { planDocx } from '../../src/formats/docx/plan.js';
import { buildPlanDocument } from '../../src/views/plan-document.js';
import { viewsOf } from '../helpers/views.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';

const units = `thidua: 1
kind: units
units:
  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }
  - { id: van-phong, name: Văn phòng Sở, kind: phong, parent: so-tu-phap }
  - { id: ptp-a, name: Phòng Tư pháp A, kind: phong-tu-phap, parent: so-tu-phap }
`;
const plan = `thidua: 1
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
        owner: [van-phong, { kind: phong-tu-phap }, so-tu-phap]
        due: 2026-06-30
`;
const progress = `thidua: 1
kind: progress
plan: 06/KH-STP
asOf: 2026-06-15
contents:
  - { content: tuyen-truyen, by: van-phong, status: done, date: 2026-06-01, document: 15/BC-VP, note: Ba buổi sinh hoạt }
  - { content: tuyen-truyen, by: ptp-a, status: done, date: 2026-06-02 }
  - { content: tuyen-truyen, by: so-tu-phap, status: in-progress }
`;

afterAll(removeTempWorkspaces);
const views = (asOf: string) => viewsOf(tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan, 'progress.yaml': progress }), asOf);
const vi: RenderContext = { lang: 'vi', color: false, failOn: new Set(['fail']) };
const en: RenderContext = { ...vi, lang: 'en' };

describe('a content item in the report', () => {
  it('json: one line per owner, progress "—" (never 0/1), the document as evidence, the reason for a done without one', () => {
    const j = JSON.parse(reportJson(views('2026-06-15').report, en) as string) as JsonReport;
    const lines = j.obligations.filter((o) => o.type === 'content');
    expect(lines.map((o) => [o.owner, o.outcome, o.progress]).sort()).toEqual([
      ['ptp-a', 'pending', '—'],
      ['so-tu-phap', 'pending', '—'],
      ['van-phong', 'pass', '—'],
    ]);
    expect(lines.find((o) => o.owner === 'van-phong')!.evidence[0]).toMatchObject({ record: 'content', status: 'done', document: '15/BC-VP', note: 'Ba buổi sinh hoạt', date: '2026-06-01' });
    expect(lines.find((o) => o.owner === 'ptp-a')!.reasons.map((r) => [r.reason, r.message])).toEqual([['no-evidence', '"ptp-a" reports it done on 02/06/2026 but names no evidence (document); not counted as done.']]);
  });

  it('markdown, html and csv name the type and write no 0/1; junit fails the overdue lines after the due day', () => {
    const r = views('2026-07-01').report;
    const md = reportMarkdown(r, vi) as string;
    expect(md).toMatch(/\| nội dung \| tuyen-truyen<br>/);
    expect(md).not.toContain('0/1');
    expect(md).toContain('15/BC-VP');
    expect(reportHtml(r, en) as string).toContain('content item');
    const rows = csvRecords(reportCsv(r, en) as string).filter((x) => Object.values(x).includes('tuyen-truyen'));
    expect(rows).toHaveLength(3);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(reportJunit(r, en) as string) as { testsuites: { testsuite: { '@_name': string; '@_failures': string } | { '@_name': string; '@_failures': string }[] } };
    const suites = [junit.testsuites.testsuite].flat();
    expect(suites.find((s) => s['@_name'] === '06/KH-STP content')?.['@_failures']).toBe('2');
  });

  it('xlsx: the report sheet reads the same lines back', async () => {
    const wb = await readXlsx(await reportXlsx(views('2026-06-15').report, { lang: 'vi' }));
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    expect(cells.filter((c) => c === 'tuyen-truyen')).toHaveLength(3);
    expect(cells).toContain('nội dung');
  });
});

describe('a content item in the checklist and the schedule', () => {
  it('checklist: one box per owner, ticked only on evidence, the state in words, in json and csv', () => {
    const v = views('2026-06-15');
    const items = (JSON.parse(checklistJson(v.checklist)) as { groups: { items: { kind: string; owner?: { id: string }; done: boolean; contentState?: string }[] }[] }).groups.flatMap((g) => g.items);
    expect(items.map((i) => [i.owner?.id, i.done, i.contentState]).sort()).toEqual([
      ['ptp-a', false, 'no-evidence'],
      ['so-tu-phap', false, 'in-progress'],
      ['van-phong', true, 'done'],
    ]);
    const md = checklistMarkdown(v.checklist, vi);
    expect(md).toContain('Văn phòng Sở: Tuyên truyền về mục đích, ý nghĩa của phong trào — hạn 30/06/2026 — đã xong');
    expect(md).toContain('văn bản 15/BC-VP — ngày 01/06/2026 — Ba buổi sinh hoạt');
    expect(md).toContain('báo cáo đã xong nhưng thiếu văn bản minh chứng; còn 15 ngày');
    expect(md).toContain('Sở Tư pháp: Tuyên truyền về mục đích, ý nghĩa của phong trào — hạn 30/06/2026 — **đang thực hiện; còn 15 ngày**'.replace(/\*\*/g, ''));
    const rows = csvRecords(checklistCsv(v.checklist, en));
    expect(rows.map((x) => [x.Kind, x['Unit ID'], x.Done]).sort()).toEqual([
      ['content item', 'ptp-a', 'no'],
      ['content item', 'so-tu-phap', 'no'],
      ['content item', 'van-phong', 'yes'],
    ]);
  });

  it('schedule: a content item with a due date is a deadline, done when every owner is, overdue after it', () => {
    const before = JSON.parse(scheduleJson(views('2026-06-15').schedule)) as { items: { type: string; id: string; start: string; state: string; doneBy?: number; owners?: unknown[] }[] };
    expect(before.items.filter((i) => i.type === 'content').map((i) => [i.id, i.start, i.state, i.doneBy, i.owners?.length])).toEqual([['tuyen-truyen', '2026-06-30', 'upcoming', 1, 3]]);
    const after = JSON.parse(scheduleJson(views('2026-07-01').schedule)) as typeof before;
    expect(after.items.find((i) => i.type === 'content')?.state).toBe('overdue');
    const cal = new ICAL.Component(ICAL.parse(scheduleIcs(views('2026-06-15').schedule, en)));
    const due = cal.getAllSubcomponents('vevent').filter((e) => String(e.getFirstPropertyValue('summary')).startsWith('Due: Tuyên truyền'));
    expect(due.map((e) => [String(e.getFirstPropertyValue('summary')), (e.getFirstPropertyValue('dtstart') as ICAL.Time).toString()])).toEqual([['Due: Tuyên truyền về mục đích, ý nghĩa của phong trào', '2026-06-30']]);
  });
});

describe('a content item in the plan as a Word document', () => {
  it('is listed under its movement as "Nội dung:", with its owners and due date, and in the table of assignments', async () => {
    const pw = loadPlanWs(tempWorkspace({ 'units.yaml': units, 'plan.yaml': plan }));
    const doc = await readDocx(await planDocx(buildPlanDocument(pw), { lang: 'vi' }));
    const at = doc.paragraphs.indexOf('Nội dung:');
    expect(at).toBeGreaterThan(0);
    expect(doc.paragraphs[at + 1]).toMatch(/^- Tuyên truyền về mục đích, ý nghĩa của phong trào.*Phòng Tư pháp A; Sở Tư pháp; Văn phòng Sở.*30\/06\/2026/);
    expect(doc.paragraphs.filter((p) => p === 'Tuyên truyền về mục đích, ý nghĩa của phong trào')).toHaveLength(1);
  });
});
