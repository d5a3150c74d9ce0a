/** Opens the Word and Excel files thidua writes the way a reader would, for the format tests. */
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

export interface DocxRead {
  /** word/document.xml as stored. */
  xml: string;
  /** Each paragraph's text, runs joined, in document order (table cells included). */
  paragraphs: string[];
  /** Each `<w:p>` element's XML, parallel to `paragraphs`, to check a paragraph's run properties. */
  paragraphXml: string[];
  styles: string;
  /** The header parts by their type in the section (default, first). */
  headers: Record<string, string>;
  /** Attributes of the section's page size and margins, as numbers. */
  pgSz: Record<string, number>;
  pgMar: Record<string, number>;
  titlePage: boolean;
}

function attrs(tag: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of (tag ?? '').matchAll(/w:(\w+)="(-?\d+)"/g)) out[m[1]!] = Number(m[2]);
  return out;
}

/** Unzips a .docx, checks every XML part is well formed, and reads its text and page setup. */
export async function readDocx(bytes: Uint8Array): Promise<DocxRead> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const text = await zip.file(name)!.async('string');
    const ok = XMLValidator.validate(text);
    if (ok !== true) throw new Error(`${name} is not well-formed XML: ${JSON.stringify(ok)}`);
    parts[name] = text;
  }
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  const paragraphXml = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => m[0]);
  const paragraphs = paragraphXml.map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(''));
  const rels = parts['word/_rels/document.xml.rels'] ?? '';
  const headers: Record<string, string> = {};
  for (const m of xml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    headers[m[1]!] = target ? (parts[`word/${target}`] ?? '') : '';
  }
  return {
    xml,
    paragraphs,
    paragraphXml,
    styles: parts['word/styles.xml'] ?? '',
    headers,
    pgSz: attrs(/<w:pgSz [^>]*\/>/.exec(xml)?.[0]),
    pgMar: attrs(/<w:pgMar [^>]*\/>/.exec(xml)?.[0]),
    titlePage: /<w:titlePg(?: w:val="(?:true|1)")?\/>/.test(xml),
  };
}

/** The paragraph whose text is exactly `text`, with its XML; fails loudly when absent. */
export function paragraph(d: DocxRead, text: string): string {
  const i = d.paragraphs.indexOf(text);
  if (i < 0) throw new Error(`no paragraph "${text}" in: ${d.paragraphs.filter(Boolean).slice(0, 40).join(' | ')}`);
  return d.paragraphXml[i]!;
}

/** Reads an .xlsx back with exceljs. */
export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A row's cell values from column 1, as exceljs reads them. */
export function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  const out: unknown[] = [];
  ws.getRow(n).eachCell({ includeEmpty: true }, (c, col) => {
    out[col - 1] = c.value;
  });
  return out;
}
