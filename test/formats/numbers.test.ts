import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { decimalsOf, numberText, percentText } from '../../src/diagnostics/numbers.js';
import { csvRecords } from '../helpers/csv.js';
import { fakeIO } from '../helpers/fake-io.js';
import { readDocx, readXlsx } from '../helpers/office.js';

describe('numberText and percentText: one way to write a figure', () => {
  it.each([
    [74.2, '74,2', '74.2'],
    [1250000, '1.250.000', '1,250,000'],
    [1250000.5, '1.250.000,5', '1,250,000.5'],
    [330.71000000000004, '330,71', '330.71'],
    [2, '2', '2'],
    [-0.001, '0', '0'],
    [0.125, '0,13', '0.13'],
  ])('%s', (x, vi, en) => {
    expect(numberText(x, 'vi')).toBe(vi);
    expect(numberText(x, 'en')).toBe(en);
  });

  it('percentages: 64,66 % with a no-break space in Vietnamese, 64.66% in English', () => {
    expect(percentText(64.66, 'vi')).toBe('64,66\u00a0%');
    expect(percentText(64.66, 'en')).toBe('64.66%');
  });

  it('a finer precision when asked; no grouping for spreadsheet cells', () => {
    expect(numberText(74.255, 'vi', { decimals: 3 })).toBe('74,255');
    expect(numberText(1250000.5, 'vi', { grouping: false })).toBe('1250000,5');
    expect(decimalsOf(74.25)).toBe(2);
    expect(decimalsOf(330.71000000000004)).toBe(2);
    expect(decimalsOf(1250000)).toBe(0);
  });
});

// A rate weighted over two levels (4190/6418 and 939/1250 → 5129/7668 = 66.89 %), a fund in đồng and a score with a decimal.
const UNITS = `thidua: 1
kind: units
units:
  - { id: so-gd, name: Sở Giáo dục và Đào tạo, kind: so }
  - { id: mam-non, name: Khối mầm non, kind: khoi, parent: so-gd }
  - { id: tieu-hoc, name: Khối tiểu học, kind: khoi, parent: so-gd }
`;
const PLAN = `thidua: 1
kind: plan
id: 12/KH-SGDĐT
title: Kế hoạch thi đua năm học
issuer: so-gd
issued: 2025-09-10
year: 2025
movements:
  - id: nam-hoc
    form: regular
    title: Thi đua năm học
    targets:
      - { id: gv, title: Giáo viên khắc phục lỗi, measure: rate, value: 80, owner: so-gd, due: 2026-05-31 }
      - { id: quy, title: Quỹ khuyến học, measure: amount, value: 1250000, unit: đồng, owner: so-gd, due: 2026-05-31 }
      - { id: diem, title: Điểm bình quân, measure: amount, value: 74.25, unit: điểm, owner: so-gd, due: 2026-05-31 }
`;
const PROGRESS = `thidua: 1
kind: progress
plan: 12/KH-SGDĐT
asOf: 2025-12-31
reporter: so-gd
targets:
  - { target: gv, by: mam-non, achieved: 4190, of: 6418 }
  - { target: gv, by: tieu-hoc, achieved: 939, of: 1250 }
  - { target: quy, by: so-gd, achieved: 1300000.5 }
  - { target: diem, by: so-gd, achieved: 74.2 }
`;

const dir = mkdtempSync(join(tmpdir(), 'thidua-numbers-'));
writeFileSync(join(dir, 'units.yaml'), UNITS);
writeFileSync(join(dir, 'plan.yaml'), PLAN);
writeFileSync(join(dir, 'progress.yaml'), PROGRESS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The table on a wide terminal, so each figure is on one line (terminal-width.test.ts checks narrow ones).
async function report(format: string, lang: 'vi' | 'en', extra: string[] = []): Promise<string> {
  const f = fakeIO({ cwd: dir, tty: true, columns: 200, env: { NO_COLOR: '1' } });
  const code = await main(['report', '.', '--as-of', '2025-12-31', '--format', format, '--lang', lang, ...extra], f.io);
  expect(f.err()).toBe('');
  expect(code).toBe(0);
  return f.out();
}

async function reportFile(ext: string, lang: 'vi' | 'en'): Promise<Uint8Array> {
  const file = join(dir, `out-${lang}.${ext}`);
  rmSync(file, { force: true });
  await report(ext, lang, ['-o', file]);
  return readFileSync(file);
}

const VI = ['66,89\u00a0%/80\u00a0%', '1.300.000,5/1.250.000 đồng', '74,2/74,25 điểm'];
const EN = ['66.89%/80%', '1,300,000.5/1,250,000 đồng', '74.2/74.25 điểm'];
// What Vietnamese output must not contain: figures written the English way.
const ENGLISH_FIGURES = /\b(?:66\.89|74\.2|1,250,000|1250000|1300000)\b/;

describe('figures in every human format of report', () => {
  it.each(['table', 'markdown', 'html'])('%s: 74,2 · 1.250.000 · 66,89 % in Vietnamese, 74.2 · 1,250,000 · 66.89% in English', async (format) => {
    const vi = await report(format, 'vi');
    for (const s of VI) expect(vi).toContain(s);
    expect(vi).not.toMatch(ENGLISH_FIGURES);
    const en = await report(format, 'en');
    for (const s of EN) expect(en).toContain(s);
  });

  it('docx: the progress column as Vietnamese write it', async () => {
    const text = (await readDocx(await reportFile('docx', 'vi'))).paragraphs.join('\n');
    for (const s of VI) expect(text).toContain(s);
    expect(text).not.toMatch(ENGLISH_FIGURES);
  });

  it('xlsx: figures stay numbers, rounded, with a number format that the reader’s Excel localises', async () => {
    const wb = await readXlsx(await reportFile('xlsx', 'vi'));
    const ws = wb.worksheets.find((w) => w.getRow(1).values && JSON.stringify(w.getRow(1).values).includes('Đã làm'))!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const done = header.indexOf('Đã làm');
    const required = header.indexOf('Yêu cầu');
    const byId = new Map<string, { done: unknown; required: unknown; fmt: string }>();
    ws.eachRow((row, n) => {
      if (n > 1) byId.set(String(row.getCell(header.indexOf('Mã')).value), { done: row.getCell(done).value, required: row.getCell(required).value, fmt: row.getCell(done).numFmt });
    });
    expect(byId.get('gv')).toEqual({ done: 66.89, required: 80, fmt: '#,##0.0##' });
    expect(byId.get('quy')).toEqual({ done: 1300000.5, required: 1250000, fmt: '#,##0.0##' });
    expect(ws.getRow([...byId.keys()].indexOf('quy') + 2).getCell(required).numFmt).toBe('#,##0');
  });

  it('csv: a decimal comma and no grouping in Vietnamese (Excel set to Vietnam reads a number), a point in English', async () => {
    const vi = csvRecords(await report('csv', 'vi', ['--sep', ';']), ';');
    expect(vi.map((r) => [r['Yêu cầu'], r['Thực hiện']])).toEqual([['80', '66,89'], ['1250000', '1300000,5'], ['74,25', '74,2']]);
    const en = csvRecords(await report('csv', 'en'));
    expect(en.map((r) => [r.Required, r.Actual])).toEqual([['80', '66.89'], ['1250000', '1300000.5'], ['74.25', '74.2']]);
  });

  it('json and junit, for programs, keep plain numbers in either language', async () => {
    const out = JSON.parse(await report('json', 'vi')) as { obligations: { id: string; actual: number; progress: string }[] };
    expect(out.obligations.map((o) => [o.actual, o.progress])).toEqual([[66.89, '66.89%/80%'], [1300000.5, '1300000.5/1250000 đồng'], [74.2, '74.2/74.25 điểm']]);
    const junit = await report('junit', 'vi');
    expect(junit).toContain('progress: 66.89%/80%');
    expect(junit).toContain('progress: 1300000.5/1250000 đồng');
  });
});

describe('figures in checklist', () => {
  it('markdown and table in Vietnamese: [66,89/80]', async () => {
    for (const format of ['markdown', 'table']) {
      const f = fakeIO({ cwd: dir, tty: true, columns: 200, env: { NO_COLOR: '1' } });
      await main(['checklist', '.', '--as-of', '2025-12-31', '--format', format], f.io);
      expect(f.out(), format).toContain('[66,89/80]');
      expect(f.out(), format).toContain('chỉ tiêu 1.250.000');
      expect(f.out(), format).toContain('đạt 1.300.000,5');
    }
  });
});
