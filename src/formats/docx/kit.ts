/**
 * The page and type of an administrative document (NĐ 30/2020/NĐ-CP Phụ lục
 * I): A4, Times New Roman, body 14 pt, margins top and bottom 20 mm, left
 * 30 mm, right 15 mm, page numbers centred at the top from the second page.
 * Paragraph and table helpers every Word renderer builds with.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IBorderOptions,
} from 'docx';

export const FONT = 'Times New Roman';
/** Sizes in half-points, as Word stores them. */
export const PT = (n: number): number => n * 2;
const mm = (n: number): number => Math.round((n * 1440) / 25.4);
export const PAGE = { width: 11906, height: 16838, top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** The text width between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

// Outside XML 1.0's Char production: a YAML value must not make a file Word refuses to open.
const xmlIllegal = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
/** User text as a Word run may hold it; docx escapes the markup characters itself. */
export const clean = (s: string): string => s.normalize('NFC').replace(xmlIllegal, '');

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

export const run = (text: string, s: RunStyle = {}): TextRun =>
  new TextRun({
    text: clean(text),
    font: FONT,
    size: PT(s.size ?? 14),
    ...(s.bold && { bold: true }),
    ...(s.italics && { italics: true }),
    ...(s.underline && { underline: {} }),
  });

export interface ParaStyle extends RunStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent of body text (1.27 cm), on by default for justified paragraphs. */
  indent?: boolean;
  after?: number;
  before?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** One paragraph of runs; a string is one run in the paragraph's style. */
export function para(content: string | TextRun[], s: ParaStyle = {}): Paragraph {
  const align = s.align ?? 'justify';
  return new Paragraph({
    alignment: ALIGN[align],
    children: typeof content === 'string' ? [run(content, s)] : content,
    spacing: { before: (s.before ?? 0) * 20, after: (s.after ?? 6) * 20, line: s.size !== undefined && s.size < 13 ? 240 : 264 },
    ...((s.indent ?? align === 'justify') && { indent: { firstLine: 720 } }),
    ...(s.keepNext && { keepNext: true }),
    ...(s.pageBreakBefore && { pageBreakBefore: true }),
  });
}

/** A short centred rule (1/3 of `width`), drawn as the bottom border of an empty paragraph. */
export function shortRule(width: number): Paragraph {
  const side = Math.round(width / 3);
  return new Paragraph({
    children: [],
    spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = (b: IBorderOptions) => ({ top: b, bottom: b, left: b, right: b });
const tableBorders = (b: IBorderOptions) => ({ ...borders(b), insideHorizontal: b, insideVertical: b });

/** A borderless layout table (heading, signature), cells holding paragraphs; never split across pages. */
export function layoutTable(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(NONE),
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map((children, i) => new TableCell({ children, width: { size: widths[i]!, type: WidthType.DXA }, borders: borders(NONE) })),
      }),
    ],
  });
}

/**
 * A ruled data table: a bold header row repeated on each page, then text cells
 * (12 pt unless told). `keepWithNext` keeps the last row on the page of what
 * follows, so a closing block never stands alone on a page.
 */
export function dataTable(head: string[], rows: string[][], fractions: number[], size = 12, keepWithNext = false): Table {
  const width = TEXT_WIDTH;
  const total = fractions.reduce((a, b) => a + b, 0);
  const widths = fractions.map((f) => Math.floor((f / total) * width));
  // Counts, dates and progress ("2/3") read best centred; words stay left.
  const short = (text: string): boolean => /^[\d\s/–().≤#-]*$/.test(text) || text.length === 1;
  const cell = (text: string, i: number, bold: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: text.split('\n').map((line) => para(line, { size, bold, align: bold || short(text) ? 'center' : 'left', indent: false, after: 0 })),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(LINE),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r, n) => new TableRow({ cantSplit: true, ...(keepWithNext && n === rows.length - 1 && { keepNext: true }), children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

export interface DocOptions {
  title: string;
  /** Page numbers from the second page (the first page is the title page). */
  pageNumbers?: boolean;
}

/** One A4 section in the decree's margins; the first page carries no number. */
export function wordDocument(children: FileChild[], o: DocOptions): Document {
  const numbered = o.pageNumbers ?? true;
  return new Document({
    title: clean(o.title),
    creator: 'thidua',
    styles: { default: { document: { run: { font: FONT, size: PT(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mm(10), footer: mm(10) },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: numbered ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT(14) })] })] : [],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx bytes. */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}
