/**
 * Workbooks for the Excel outputs: one sheet per table, a bold header row in
 * the run's language, frozen, with a filter; dates as real Excel dates
 * (dd/mm/yyyy), numbers as numbers, and columns as wide as their Vietnamese
 * text. Text that a spreadsheet could take for a formula (=, +, -, @) is
 * stored as a text cell formatted as text, so editing it does not run it.
 */
import ExcelJS from 'exceljs';
import type { CalDate } from '../../model/date.js';

export type CellValue = string | number | CalDate | undefined;

export interface Column {
  header: string;
  /** Widest the column grows to, in characters; longer text wraps. */
  max?: number;
  /**
   * A column of figures (done, required): numbers stay numbers, shown with
   * thousands separators and up to three decimals in the reader's own Excel
   * locale (74,2 and 1.250.000 under Vietnamese settings). Not for years or
   * row numbers, which must not read 1.945.
   */
  figure?: boolean;
}

export interface SheetSpec {
  name: string;
  columns: Column[];
  rows: CellValue[][];
}

// Outside XML 1.0's Char production: a YAML value must not make a file Excel refuses to open.
const xmlIllegal = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
/** Starts like a formula, or like the DDE and tab tricks spreadsheet injection uses. */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;

const isDate = (v: unknown): v is CalDate => typeof v === 'object' && v !== null && 'y' in v && 'm' in v && 'd' in v;
/** Midnight UTC: exceljs counts Excel's serial days in UTC, so the day never shifts with the machine's zone. */
const excelDate = (d: CalDate): Date => new Date(Date.UTC(d.y, d.m - 1, d.d));

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters; names must differ. */
function sheetName(name: string, taken: Set<string>): string {
  const base = [...name.replace(/[:\\/?*[\]]/g, ' ').trim()].slice(0, 31).join('') || 'Sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${[...base].slice(0, 28).join('')} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

/** Characters of the longest line of a cell, as text shows it. */
function textWidth(v: CellValue): number {
  if (v === undefined) return 0;
  if (isDate(v)) return 10;
  return Math.max(...String(v).split('\n').map((l) => [...l.normalize('NFC')].length));
}

/** How many lines a text cell wraps to in a column of `width` characters. */
function linesOf(v: CellValue, width: number): number {
  if (typeof v !== 'string') return 1;
  return v.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(([...l].length * 1.1) / Math.max(1, width - 2))), 0);
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, taken: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(spec.name, taken), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    // Printed: A4 landscape, as wide as one page, the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const widths = spec.columns.map((c, i) => {
    const widest = Math.max(textWidth(c.header), ...spec.rows.map((r) => textWidth(r[i])));
    // Vietnamese letters with marks print a little wider than the count says.
    return Math.min(c.max ?? 60, Math.max(8, Math.ceil(widest * 1.1) + 2));
  });
  ws.columns = widths.map((width) => ({ width }));
  const head = ws.addRow(spec.columns.map((c) => c.header.normalize('NFC')));
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  for (const r of spec.rows) {
    const row = ws.addRow([]);
    // Spreadsheets do not grow a row for wrapped text on their own: give it the lines it needs.
    const lines = Math.max(1, ...r.map((v, i) => linesOf(v, widths[i]!)));
    if (lines > 1) row.height = 15 * lines;
    r.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      if (v === undefined) return;
      if (isDate(v)) {
        cell.value = excelDate(v);
        cell.numFmt = 'dd/mm/yyyy';
      } else if (typeof v === 'number') {
        // Float noise off (330.71000000000004 is 330.71); the figure itself stays a number.
        cell.value = Number(v.toFixed(6));
        if (spec.columns[i]?.figure) cell.numFmt = Number.isInteger(cell.value) ? '#,##0' : '#,##0.0##';
      }
      else {
        const text = v.normalize('NFC').replace(xmlIllegal, '');
        cell.value = text;
        if (FORMULA_LIKE.test(text)) cell.numFmt = '@';
        if (linesOf(text, widths[i]!) > 1) cell.alignment = { wrapText: true, vertical: 'top' };
      }
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, spec.columns.length) } };
}

/** The .xlsx bytes of the sheets, in order. */
export async function xlsxBytes(sheets: readonly SheetSpec[], o: { title: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  wb.title = o.title.replace(xmlIllegal, '');
  const taken = new Set<string>();
  for (const s of sheets) addSheet(wb, s, taken);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
