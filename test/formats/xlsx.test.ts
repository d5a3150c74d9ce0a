import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { anniversaryReport } from '../../src/views/anniversaries.js';
import { buildChecklist } from '../../src/views/checklist.js';
import { buildSchedule } from '../../src/views/schedule.js';
import { anniversariesXlsx } from '../../src/formats/xlsx/anniversaries.js';
import { checklistXlsx } from '../../src/formats/xlsx/checklist.js';
import { xlsxBytes } from '../../src/formats/xlsx/kit.js';
import { reportXlsx } from '../../src/formats/xlsx/report.js';
import { scheduleXlsx } from '../../src/formats/xlsx/schedule.js';
import { report } from '../views/compliance-helpers.js';
import { readXlsx, rowValues } from '../helpers/office.js';
import { loadPlanWs, tienGiangDir } from '../helpers/plan-ws.js';

const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** The checks every sheet passes: frozen header, filter over the header, header cells bold. */
function expectTableSheet(ws: ExcelJS.Worksheet, columns: number): void {
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.autoFilter).toBeDefined();
  expect(JSON.stringify(ws.autoFilter)).toMatch(/A1/);
  expect(ws.getRow(1).cellCount).toBe(columns);
  expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
}

describe('Excel workbooks', () => {
  it('report: a sheet per table, headers in the language of the run, figures as numbers', async () => {
    const r = report(tienGiangDir, '2018-07-15');
    const vi = await readXlsx(await reportXlsx(r, { lang: 'vi' }));
    expect(vi.worksheets.map((w) => w.name)).toEqual(['Theo phong trào', 'Theo đợt', 'Theo đơn vị', 'Chi tiết nghĩa vụ', 'Nội dung kế hoạch']);
    const en = await readXlsx(await reportXlsx(r, { lang: 'en' }));
    expect(en.worksheets.map((w) => w.name)).toEqual(['By movement', 'By phase', 'By unit', 'Obligations', 'Plan contents']);
    const lines = vi.getWorksheet('Chi tiết nghĩa vụ')!;
    expectTableSheet(lines, 12);
    expect(rowValues(lines, 1).slice(0, 3)).toEqual(['#', 'Loại', 'Mã']);
    expect(lines.rowCount).toBe(r.obligations.length + 1);
    // Row 2 is the first obligation: done and required as numbers, the due day an Excel date.
    const first = r.obligations[0]!;
    const row = lines.getRow(2);
    expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(6).value).toBe(first.actual);
    expect(row.getCell(10).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(10).value as Date).getTime()).toBe(Date.UTC(first.due.y, first.due.m - 1, first.due.d));
    expect(row.getCell(10).numFmt).toBe('dd/mm/yyyy');
    // The evidence cites the progress file and line.
    expect(String(row.getCell(12).value)).toMatch(/progress-2018-07-15\.yaml:\d+/);
    const units = vi.getWorksheet('Theo đơn vị')!;
    expect(units.rowCount).toBe(r.totals.units.length + 1);
    expect(units.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.Number);
    // The legal check's items are named for a reader: 'Sơ kết, tổng kết', not 'review'.
    const items = vi.getWorksheet('Nội dung kế hoạch')!;
    const names = r.contents.map((_, i) => String(items.getRow(i + 2).getCell(1).value));
    expect(names).toContain('Sơ kết, tổng kết');
    for (const [i, c] of r.contents.entries()) expect(names[i]).not.toBe(c.id);
  });

  it('schedule: one row per item, start and end as dates, the ordinal as a number', async () => {
    const pw = loadPlanWs(tienGiangDir);
    const v = buildSchedule({ ...pw, asOf: parseDate('2018-07-15')! });
    const wb = await readXlsx(await scheduleXlsx(v, { lang: 'vi' }));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Lịch năm 2018');
    expectTableSheet(ws, 11);
    expect(ws.rowCount).toBe(v.items.length + 1);
    const i = v.items.findIndex((x) => x.type === 'anniversary' && x.years !== undefined);
    const row = ws.getRow(i + 2);
    expect(row.getCell(6).value).toBe(v.items[i]!.years);
    expect((row.getCell(4).value as Date).getTime()).toBe(Date.UTC(v.items[i]!.start.y, v.items[i]!.start.m - 1, v.items[i]!.start.d));
    expect(String(row.getCell(3).value)).toContain(`Kỷ niệm ${v.items[i]!.years} năm`);
  });

  it('checklist and anniversaries: sheet names and headers follow the language', async () => {
    const pw = loadPlanWs(tienGiangDir);
    const v = buildChecklist({ ...pw, asOf: parseDate('2018-07-15')!, by: 'unit' });
    const vi = (await readXlsx(await checklistXlsx(v, { lang: 'vi' }))).worksheets[0]!;
    expect(vi.name).toBe('Việc cần làm');
    expectTableSheet(vi, 9);
    expect(vi.getRow(1).getCell(1).value).toBe('Đơn vị');
    expect(vi.rowCount).toBe(v.totals.items + 1);
    const en = (await readXlsx(await checklistXlsx(v, { lang: 'en' }))).worksheets[0]!;
    expect(en.getRow(1).getCell(5).value).toBe('Item');
    const rep = anniversaryReport(2026);
    const an = (await readXlsx(await anniversariesXlsx(rep, { lang: 'vi' }))).worksheets[0]!;
    expect(an.name).toBe('Ngày kỷ niệm 2026');
    expect(an.rowCount).toBe(rep.rows.length + 1);
    expect(an.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.Date);
  });

  it('keeps formula-looking text as text, drops characters XML cannot hold, fits widths to the text', async () => {
    const bad = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', 'a\u0001b <&>'];
    const wb = await readXlsx(
      await xlsxBytes([{ name: 'Bad: [x]/y?', columns: [{ header: 'Văn bản' }, { header: 'Ngày' }], rows: bad.map((b) => [b, parseDate('2018-01-10')]) }], { title: 't' }),
    );
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Bad   x  y');
    for (let i = 0; i < 4; i++) {
      const c = ws.getRow(i + 2).getCell(1);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(bad[i]);
      expect(c.numFmt).toBe('@');
      expect(c.formula).toBeUndefined();
    }
    expect(ws.getRow(6).getCell(1).value).toBe('ab <&>');
    expect(ws.getRow(6).getCell(1).numFmt).not.toBe('@');
    expect((ws.getRow(2).getCell(2).value as Date).getTime()).toBe(utc('2018-01-10'));
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual([...bad[0]!].length);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(10);
  });
});
