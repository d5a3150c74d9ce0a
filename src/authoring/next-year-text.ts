/**
 * The text side of `thidua new`: the plan year in titles and names, dates in
 * running text, ordinals stated in prose, and the suggestions written as
 * comments. Split from next-year.ts, which handles the structured fields.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { aimedOccurrence } from '../domain/occurrences.js';
import { isValidDate } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import type { Suggestion } from './next-year-types.js';
import { entryOf, writeLike, type Ctx } from './next-ctx.js';
export { entryOf, writeLike };
import { inSpan, moveDate, wholeYears } from './next-window.js';
import { suggestionLine } from './suggested-days.js';
import { eolOf, lineEnd, lineStart, rewriteScalarSource, type Edit } from './source-edits.js';

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

// "(06/01/1946 – 06/01/2026)": an anniversary's origin and occurrence, which move only with its ordinal.
const SPAN = /(\d{1,2})\/(\d{1,2})\/(\d{4})(\s*[-–—]\s*)(\d{1,2})\/(\d{1,2})\/(\d{4})/g;
// "năm học 2025-2026": a school year, moved with a window that moves by whole years.
// "giai đoạn 2019 - 2025": a span of years, moved only when it is the old window's own years.
const YEAR_SPAN = /(?<![\d/])(\d{4})(\s*[-–]\s*)(\d{4})(?![\d/])/g;
const SCHOOL_YEAR = /(?<![\p{L}\p{N}])(n(?:ă|a\u0306)m\s+h(?:ọ|o\u0323)c\s+)(\d{4})(\s*[-–]\s*)(\d{4})(?!\d)/giu;

/**
 * Edits to prose, each listed: `năm <year>` and `năm học <a>-<b>` move with
 * the window (a stage "giai đoạn 2021 - 2025" never does), a d/m/yyyy date
 * inside the old window moves as the window's dates do. A span "(06/01/1946
 * – 06/01/2026)" and an ordinal ("80 năm") move together or not at all: with
 * --round, the anniversary aimed at moves both; otherwise both stay and a
 * stale ordinal is reported, not rewritten (a special movement for a round
 * year is usually not next year's).
 */
export function textEdits(ctx: Ctx): Edit[] {
  const { source, doc, shift, r } = ctx;
  const edits: Edit[] = [];
  const years = wholeYears(shift);
  const yearMap = (y: number): number | undefined => {
    if (y < shift.old.from.y || y > shift.old.to.y) return undefined;
    if (years !== undefined) return y + years;
    return shift.old.from.y === shift.old.to.y && shift.next.from.y === shift.next.to.y ? shift.next.from.y : undefined;
  };
  const ordinals = oldOrdinals(ctx);
  const round = r.round;
  for (const { node, path } of textScalars(doc.contents, [], false)) {
    if (r.dropped.some((d) => under(path, d.path))) continue;
    const mine: Edit[] = [];
    const spans: [number, number][] = [];
    const [start] = node.range!;
    const value = source.slice(start, node.range![1]);
    for (const m of value.matchAll(SPAN)) {
      const [a, b] = [{ y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) }, { y: Number(m[7]), m: Number(m[6]), d: Number(m[5]) }];
      if (!(a.y < b.y && a.m === b.m && a.d === b.d && isValidDate(a.y, a.m, a.d))) continue;
      spans.push([start + m.index, start + m.index + m[0].length]);
      const hit = ordinals.get(b.y - a.y);
      if (round && hit?.id === round.id) {
        const to = m[0].slice(0, m[0].length - 4) + String(b.y + round.to - round.from);
        mine.push({ start: start + m.index, end: start + m.index + m[0].length, text: to });
      }
    }
    const free = (e: Edit): boolean => !spans.some(([s, t]) => s <= e.start && e.end <= t);
    mine.push(...rewriteScalarSource(source, node, SCHOOL_YEAR, (m) => {
      const [a, b] = [Number(m[2]), Number(m[4])];
      const to = yearMap(a);
      return b === a + 1 && years !== undefined && to !== undefined ? `${m[1]}${to}${m[3]}${to + 1}` : undefined;
    }));
    // A stage plan's own years ("giai đoạn 2019 - 2025" in a 2019–2025 plan) become the new window's; any other span stays.
    const own = shift.old.from.y < shift.old.to.y;
    mine.push(
      ...rewriteScalarSource(source, node, YEAR_SPAN, (m) =>
        own && Number(m[1]) === shift.old.from.y && Number(m[3]) === shift.old.to.y ? `${shift.next.from.y}${m[2]}${shift.next.to.y}` : undefined,
      ).filter((e) => !mine.some((x) => x.start <= e.start && e.end <= x.end)),
    );
    mine.push(...rewriteScalarSource(source, node, NAM_YEAR, (m) => {
      const to = yearMap(Number(m[3]));
      return to !== undefined ? `${m[1]}${m[2]}${to}` : undefined;
    }).filter((e) => !mine.some((x) => x.start <= e.start && e.end <= x.end)));
    mine.push(
      ...rewriteScalarSource(source, node, TEXT_DATE, (m) => {
        const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (!isValidDate(y, mo, d) || !inSpan({ y, m: mo, d }, shift.old)) return undefined;
        const to = writeLike(m[0], moveDate({ y, m: mo, d }, shift));
        if (mo === 2 && d === 29 && to.startsWith('28')) r.moved29Feb.push({ path, from: m[0], to });
        return to;
      }).filter(free),
    );
    for (const m of String((node as { value: string }).value).matchAll(ORDINAL)) {
      const hit = ordinals.get(Number(m[1]));
      if (!hit || hit.expected === Number(m[1])) continue;
      if (round && hit.id === round.id) continue;
      r.stale.push({ path, stated: Number(m[1]), anniversary: hit.id, expected: hit.expected });
    }
    if (round) {
      const hit = [...ordinals].find(([, v]) => v.id === round.id);
      if (hit) mine.push(...rewriteScalarSource(source, node, ORDINAL, (m) => (Number(m[1]) === hit[0] ? m[0].replace(m[1]!, String(hit[1].expected)) : undefined)));
    }
    // Each edit is narrowed to the characters that change, so rewrites sharing words ("80 năm 2026": an
    // ordinal and a year share "năm") both apply; should two still overlap, the first is kept.
    const narrow = mine.map((e) => ({ e, n: narrowed(source, e) }));
    const kept = narrow.filter(({ n }, i) => !narrow.slice(0, i).some(({ n: x }) => x.start < n.end && n.start < x.end));
    for (const { e } of kept) r.prose.push({ path, from: source.slice(e.start, e.end), to: e.text });
    edits.push(...kept.map(({ n }) => n));
  }
  return edits;
}

/** An edit shrunk to what differs between the old and the new text. */
function narrowed(source: string, e: Edit): Edit {
  const old = source.slice(e.start, e.end);
  let head = 0;
  while (head < old.length && head < e.text.length && old[head] === e.text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < e.text.length - head && old[old.length - 1 - tail] === e.text[e.text.length - 1 - tail]) tail++;
  return { start: e.start + head, end: e.end - tail, text: e.text.slice(head, e.text.length - tail) };
}

/** Each anniversary's ordinal at the occurrence the old plan aims at, and at the one the new plan aims at. */
function oldOrdinals(ctx: Ctx): Map<number, { id: string; expected: number }> {
  const out = new Map<number, { id: string; expected: number }>();
  for (const a of ctx.plan.anniversaries ?? []) {
    const occ = aimedOccurrence(a, ctx.plan);
    if (!occ || occ.years === undefined || occ.years < 2 || out.has(occ.years)) continue;
    out.set(occ.years, { id: a.id, expected: occ.years + moveDate(occ.date, ctx.shift).y - occ.date.y });
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
export function suggestionComments(source: string, doc: Document.Parsed, when: string, list: readonly Suggestion[]): Edit {
  const eol = eolOf(source);
  const seq = doc.get('anniversaries', true);
  const head = [
    `thidua new --suggest: ${when} là năm tròn hoặc năm lẻ 5 của các ngày kỷ niệm sau, kế hoạch chưa nêu.`,
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
