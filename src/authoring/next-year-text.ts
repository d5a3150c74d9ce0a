/**
 * The text side of `thidua new`: the plan year in titles and names, dates in
 * running text, ordinals stated in prose, and the suggestions written as
 * comments. Split from next-year.ts, which handles the structured fields.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { findEntry, type CatalogueEntry } from '../model/catalogue.js';
import { inYear, isLeap, isValidDate, parseDate, toISO, type CalDate } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import type { NextYearResult, Suggestion } from './next-year-types.js';
import { suggestionLine } from './suggested-days.js';
import { eolOf, lineEnd, lineStart, rewriteScalarSource, type Edit } from './source-edits.js';

/** A date in the style it was written in: ISO, or d/m/yyyy keeping each part's zero padding. */
export function writeLike(original: string, d: CalDate): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(original);
  if (!vn) return toISO(d);
  const part = (n: number, like: string): string => (like.length === 2 ? String(n).padStart(2, '0') : String(n));
  return `${part(d.d, vn[1]!)}/${part(d.m, vn[2]!)}/${d.y}`;
}

const str = (n: unknown): string | undefined => (isScalar(n) && typeof n.value === 'string' ? n.value : undefined);

/** The catalogue entry an anniversary names by `ref`, or whose id it uses. */
export function entryOf(a: YAMLMap | undefined): CatalogueEntry | undefined {
  const ref = str(a?.get('ref', true));
  if (ref !== undefined) return findEntry(ref);
  const id = str(a?.get('id', true));
  return id !== undefined ? findEntry(id) : undefined;
}

/** Fields a person reads (the schema allows no others that hold prose). */
const TEXT_KEYS = new Set(['title', 'name', 'theme', 'purpose', 'scope', 'objectives', 'participants', 'measures']);
/** Cited documents and waivers speak of their own time: their text is never moved. */
const FROZEN_TOP = new Set(['basis', 'waivers']);

// `năm 2018`, also typed in NFD (a + U+0306) and in capitals; the year is not part of a longer number.
const NAM_YEAR = /(?<![\p{L}\p{N}])(n(?:ă|a\u0306)m)(\s+)(\d{4})(?!\d)/giu;
const TEXT_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
const ORDINAL = /(?<!\d)(\d{1,3})\s+n(?:ă|a\u0306)m(?![\p{L}\p{N}])/giu;

function* textScalars(node: unknown, path: DataPath, inText: boolean): Generator<{ node: Node; path: DataPath }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || (path.length === 0 && FROZEN_TOP.has(key))) continue;
      yield* textScalars(pair.value, [...path, key], TEXT_KEYS.has(key));
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) yield* textScalars(item, [...path, i], inText);
  } else if (inText && isScalar(node) && typeof node.value === 'string') yield { node, path };
}

const under = (path: DataPath, prefix: DataPath): boolean => prefix.every((p, i) => path[i] === p);

/**
 * Edits to prose: `năm <old year>` becomes `năm <new year>` and a d/m/yyyy of
 * the old year moves to the new one. Ordinals in prose ("kỷ niệm 70 năm") are
 * only reported: a special movement for a round year is not next year's.
 */
export function textEdits(source: string, doc: Document.Parsed, oldYear: number, year: number, r: NextYearResult): Edit[] {
  const edits: Edit[] = [];
  const ordinals = oldOrdinals(doc, oldYear, year);
  for (const { node, path } of textScalars(doc.contents, [], false)) {
    if (r.dropped.some((d) => under(path, d.path))) continue;
    edits.push(...rewriteScalarSource(source, node, NAM_YEAR, (m) => (Number(m[3]) === oldYear ? `${m[1]}${m[2]}${year}` : undefined)));
    edits.push(
      ...rewriteScalarSource(source, node, TEXT_DATE, (m) => {
        const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (y !== oldYear || !isValidDate(y, mo, d)) return undefined;
        const to = writeLike(m[0], inYear({ y, m: mo, d }, year));
        if (mo === 2 && d === 29 && !isLeap(year)) r.moved29Feb.push({ path, from: m[0], to });
        return to;
      }),
    );
    for (const m of String((node as { value: string }).value).matchAll(ORDINAL)) {
      const hit = ordinals.get(Number(m[1]));
      if (hit) r.stale.push({ path, stated: Number(m[1]), anniversary: hit.id, expected: hit.expected });
    }
  }
  return edits;
}

/** Last year's ordinal of each anniversary that has one and changes, first anniversary first. */
function oldOrdinals(doc: Document.Parsed, oldYear: number, year: number): Map<number, { id: string; expected: number }> {
  const out = new Map<number, { id: string; expected: number }>();
  const seq = doc.get('anniversaries', true);
  for (const item of isSeq(seq) ? seq.items : []) {
    const a = isMap(item) ? item : undefined;
    const text = str(a?.get('origin', true));
    const origin = text ? parseDate(text) : entryOf(a)?.origin;
    const id = str(a?.get('id', true));
    if (!origin || !id || oldYear - origin.y < 2 || out.has(oldYear - origin.y)) continue;
    out.set(oldYear - origin.y, { id, expected: year - origin.y });
  }
  return out;
}

/**
 * One suggestion as the line a clerk uncomments. Its comment says only what
 * stays true (title and origin): once uncommented it is carried to later years.
 */

/**
 * The suggestions as comments under the plan's anniversaries, indented like
 * its items so that removing `# ` makes them entries; at the end of the file
 * when the list is missing or written in flow style.
 */
export function suggestionComments(source: string, doc: Document.Parsed, year: number, list: readonly Suggestion[]): Edit {
  const eol = eolOf(source);
  const seq = doc.get('anniversaries', true);
  const head = [
    `thidua new --suggest: năm ${year} là năm tròn hoặc năm lẻ 5 của các ngày kỷ niệm sau, kế hoạch chưa nêu.`,
    'Bỏ dấu # để thêm, rồi ghi mã vào commemorates của đợt thi đua có ngày đó:',
  ];
  const first = isSeq(seq) && !seq.flow ? (seq.items[0] as Node | undefined) : undefined;
  if (!first || !isSeq(seq)) {
    const lines = [...head, ...(seq ? [] : ['anniversaries:']), ...list.map((s) => `  ${suggestionLine(s)}`)];
    const sep = source.length === 0 || source.endsWith('\n') ? '' : eol;
    return { start: source.length, end: source.length, text: sep + lines.map((l) => `# ${l}`).join(eol) + eol };
  }
  let dash = first.range![0] - 1;
  while (dash > 0 && source[dash] !== '-') dash--;
  const indent = ' '.repeat(dash - lineStart(source, dash));
  let pos = seq.range![2];
  if (pos > 0 && source[pos - 1] !== '\n') pos = lineEnd(source, pos);
  // Trailing blank lines belong between sections: insert before them.
  while (pos > 0 && source.slice(lineStart(source, pos - 1), pos).trim() === '') pos = lineStart(source, pos - 1);
  const sep = pos > 0 && source[pos - 1] !== '\n' ? eol : '';
  const lines = [...head, ...list.map(suggestionLine)].map((l) => `${indent}# ${l}`);
  return { start: pos, end: pos, text: sep + lines.join(eol) + eol };
}
