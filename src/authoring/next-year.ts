/**
 * `thidua new`: next year's plan from this year's. Pure: the same source text
 * and year always give the same bytes.
 *
 * Copying last year's plan by hand is where the errors come from (last year's
 * ordinals, dates in the wrong year, movements that have ended), so every
 * change is computed here and listed for the clerk. The source is edited in
 * place (src/report/source-edits.ts) so that everything not changed is kept
 * byte for byte, comments included.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { catalogue, occurrence } from '../model/catalogue.js';
import { roundDays } from '../domain/occurrences.js';
import { compareDates, inYear, isLeap, parseDate, startOfYear, toISO, type CalDate } from '../model/date.js';
import { isDocNumberError, parseDocNumber } from '../model/docnumber.js';
import type { DataPath } from '../model/types.js';
import { entryOf, suggestionComments, textEdits, writeLike } from './next-year-text.js';
import { applyEdits, emptySeqEdit, lineEnd, removeSeqItem, replaceNode, replaceScalarValue, type Edit } from './source-edits.js';

export { entryOf, writeLike };

export type { Dropped, MovedDate, NextYearOptions, NextYearResult, Recomputed, StaleOrdinal, Suggestion } from './next-year-types.js';
import type { NextYearOptions, NextYearResult, Suggestion } from './next-year-types.js';
import { byDateThenId, suggestionOf } from './suggested-days.js';

export type NextYearErrorCode = 'yaml' | 'no-plan' | 'several-plans' | 'no-year' | 'not-later';

export class NextYearError extends Error {
  constructor(
    readonly code: NextYearErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The draft marker `validate` reports as not yet numbered: the agency part kept, the number blanked. */
export function draftNumber(id: string, year: number): string {
  const parsed = parseDocNumber(id);
  if (!isDocNumberError(parsed) && parsed.kind === 'draft') return id;
  const legal = /^[^/]+\/\d{4}\/(.+)$/.exec(id);
  if (legal) return `__/${year}/${legal[1]}`;
  const admin = /^[^/-]+\/(.+)$/.exec(id);
  return admin ? `__/${admin[1]}` : 'DRAFT';
}

const str = (n: unknown): string | undefined => (isScalar(n) && typeof n.value === 'string' ? n.value : undefined);
const mapAt = (n: unknown): YAMLMap | undefined => (isMap(n) ? n : undefined);
const seqAt = (n: unknown): YAMLSeq | undefined => (isSeq(n) ? n : undefined);

function findPlan(source: string): Document.Parsed {
  const docs = parseAllDocuments(source, { version: '1.2', schema: 'core', uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  const bad = list.find((d) => d.errors.length > 0);
  if (bad) throw new NextYearError('yaml', bad.errors[0]!.message.split('\n')[0]!);
  const plans = list.filter((d) => isMap(d.contents) && d.get('kind') === 'plan');
  if (plans.length === 0) throw new NextYearError('no-plan', 'no plan (kind: plan) in the file');
  if (plans.length > 1) throw new NextYearError('several-plans', 'several plans in one file');
  return plans[0]!;
}

/** Builds next year's plan. Throws NextYearError when the source is not one readable plan. */
export function nextYear(source: string, opts: NextYearOptions): NextYearResult {
  const doc = findPlan(source);
  const oldYear = doc.get('year');
  if (typeof oldYear !== 'number' || !Number.isInteger(oldYear)) throw new NextYearError('no-year', 'the plan has no integer year');
  const year = opts.year;
  if (year <= oldYear) throw new NextYearError('not-later', `${year} is not after the plan year ${oldYear}`);
  const edits: Edit[] = [];
  const r: NextYearResult = { text: '', fromYear: oldYear, year, id: { from: '', to: '' }, dropped: [], moved29Feb: [], recomputed: [], lunar: [], stale: [], suggestions: [] };

  /** Moves a date of the plan year to the same day of the new year (29/2 → 28/2, said). */
  const shift = (node: unknown, path: DataPath): void => {
    const text = str(node);
    const d = text ? parseDate(text) : undefined;
    if (!text || !d || d.y !== oldYear) return;
    const to = writeLike(text, inYear(d, year));
    if (d.m === 2 && d.d === 29 && !isLeap(year)) r.moved29Feb.push({ path, from: text, to });
    edits.push(replaceScalarValue(source, node as Node, to));
  };

  edits.push(replaceNode(doc.get('year', true) as Node, String(year)));
  const idNode = doc.get('id', true);
  r.id.from = str(idNode) ?? '';
  r.id.to = draftNumber(r.id.from, year);
  if (isScalar(idNode) && r.id.to !== r.id.from) edits.push(replaceScalarValue(source, idNode, r.id.to));
  issuedEdits(source, doc, year, edits);

  const droppedMovements = movementEdits(source, doc, oldYear, year, edits, r, shift);
  milestoneEdits(source, doc, droppedMovements, edits, r, shift);
  seqAt(doc.get('phases', true))?.items.forEach((ph, i) => {
    shift(mapAt(ph)?.get('from', true), ['phases', i, 'from']);
    shift(mapAt(ph)?.get('to', true), ['phases', i, 'to']);
  });
  anniversaryEdits(source, doc, year, edits, r, shift);
  edits.push(...textEdits(source, doc, oldYear, year, r));
  r.suggestions = suggestions(doc, year);
  if (opts.suggest && r.suggestions.length) edits.push(suggestionComments(source, doc, year, r.suggestions));
  r.text = applyEdits(source, edits);
  return r;
}

const TODO_ISSUED = 'TODO: ngày ban hành';

/** `issued` becomes 1 January of the new year with a TODO: the schema needs a date, the clerk the real one. */
function issuedEdits(source: string, doc: Document.Parsed, year: number, edits: Edit[]): void {
  const node = doc.get('issued', true) as Node | undefined;
  const text = str(node);
  if (!node || !text) return;
  edits.push(replaceScalarValue(source, node, writeLike(text, startOfYear(year))));
  const end = node.range![1];
  const rest = source.slice(end, lineEnd(source, end));
  // Only where a comment can go (not inside a flow map), and once.
  if (/^\s*(#.*)?(\r?\n)?$/.test(rest) && !rest.includes(TODO_ISSUED)) edits.push({ start: end, end, text: `  # ${TODO_ISSUED}` });
}

function movementEdits(
  source: string,
  doc: Document.Parsed,
  oldYear: number,
  year: number,
  edits: Edit[],
  r: NextYearResult,
  shift: (n: unknown, p: DataPath) => void,
): Set<string> {
  const dropped = new Set<string>();
  const seq = seqAt(doc.get('movements', true));
  if (!seq) return dropped;
  seq.items.forEach((item, i) => {
    const m = mapAt(item);
    if (!m) return;
    const period = mapAt(m.get('period', true));
    const fromText = str(period?.get('from', true));
    const toText = str(period?.get('to', true));
    const from = fromText ? parseDate(fromText) : undefined;
    const to = toText ? parseDate(toText) : undefined;
    // The plan year's own movements move with it; longer ones run on or have ended.
    if (to && to.y === oldYear && (!from || from.y === oldYear)) {
      shift(period?.get('from', true), ['movements', i, 'period', 'from']);
      shift(period?.get('to', true), ['movements', i, 'period', 'to']);
    } else if (to && compareDates(to, startOfYear(year)) < 0) {
      const id = str(m.get('id', true)) ?? `#${i}`;
      dropped.add(id);
      r.dropped.push({ kind: 'movement', id, path: ['movements', i], to: toText! });
      edits.push(removeSeqItem(source, seq, i));
      return;
    }
    seqAt(m.get('targets', true))?.items.forEach((t, j) => shift(mapAt(t)?.get('due', true), ['movements', i, 'targets', j, 'due']));
    seqAt(m.get('quotas', true))?.items.forEach((q, j) => shift(mapAt(q)?.get('due', true), ['movements', i, 'quotas', j, 'due']));
  });
  if (dropped.size > 0 && dropped.size === seq.items.length) emptyList(source, doc, 'movements', seq, edits);
  return dropped;
}

/** A list emptied by removals is written `[]`: a key with nothing under it would be null. */
function emptyList(source: string, doc: Document.Parsed, key: string, seq: YAMLSeq, edits: Edit[]): void {
  if (seq.flow) return;
  const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key)) edits.push(emptySeqEdit(source, pair.key));
}

/** Milestones of a dropped movement go with it; the others' dates move. */
function milestoneEdits(source: string, doc: Document.Parsed, droppedMovements: Set<string>, edits: Edit[], r: NextYearResult, shift: (n: unknown, p: DataPath) => void): void {
  const seq = seqAt(doc.get('milestones', true));
  if (!seq) return;
  let removed = 0;
  seq.items.forEach((item, i) => {
    const m = mapAt(item);
    const movement = str(m?.get('movement', true));
    if (movement !== undefined && droppedMovements.has(movement)) {
      r.dropped.push({ kind: 'milestone', id: str(m?.get('id', true)) ?? `#${i}`, path: ['milestones', i], movement });
      edits.push(removeSeqItem(source, seq, i));
      removed++;
    } else shift(m?.get('due', true), ['milestones', i, 'due']);
  });
  if (removed > 0 && removed === seq.items.length) emptyList(source, doc, 'milestones', seq, edits);
}

function anniversaryEdits(source: string, doc: Document.Parsed, year: number, edits: Edit[], r: NextYearResult, shift: (n: unknown, p: DataPath) => void): void {
  seqAt(doc.get('anniversaries', true))?.items.forEach((item, i) => {
    const a = mapAt(item);
    if (!a) return;
    const id = str(a.get('id', true)) ?? `#${i}`;
    const entry = entryOf(a);
    const originText = str(a.get('origin', true));
    const origin = originText ? parseDate(originText) : entry?.origin;
    const yearsNode = a.get('years', true);
    // Only a stated ordinal is rewritten; an absent one stays absent.
    if (origin && isScalar(yearsNode) && typeof yearsNode.value === 'number' && year > origin.y) {
      const to = year - origin.y;
      if (to !== yearsNode.value) edits.push(replaceNode(yearsNode, String(to)));
      r.recomputed.push({ id, path: ['anniversaries', i, 'years'], from: yearsNode.value, to });
    }
    const dateNode = a.get('date', true);
    const dateText = str(dateNode);
    if (entry?.calendar === 'lunar' && dateText && parseDate(dateText)) {
      // A lunar day does not keep its solar day and month from one year to the next.
      const to = writeLike(dateText, occurrence(entry, year).date);
      edits.push(replaceScalarValue(source, dateNode as Node, to));
      r.lunar.push({ path: ['anniversaries', i, 'date'], from: dateText, to });
    } else shift(dateNode, ['anniversaries', i, 'date']);
  });
}

/**
 * Catalogue days that are round (năm tròn) or end in 5 in the new year and
 * that the plan does not name: by `ref`, by id, or by an origin no other
 * catalogue day shares (1945-08-19 is both the August Revolution and the
 * police's day, so it alone cannot say which one a plan means).
 */
function suggestions(doc: Document.Parsed, year: number): Suggestion[] {
  const all = catalogue();
  const originCount = new Map<string, number>();
  for (const e of all) if (e.origin) originCount.set(toISO(e.origin), (originCount.get(toISO(e.origin)) ?? 0) + 1);
  const named = new Set<string>();
  const origins = new Set<string>();
  for (const item of seqAt(doc.get('anniversaries', true))?.items ?? []) {
    const a = mapAt(item);
    for (const k of ['id', 'ref']) {
      const v = str(a?.get(k, true));
      if (v) named.add(v);
    }
    const o = str(a?.get('origin', true));
    const d = o ? parseDate(o) : undefined;
    if (d) origins.add(toISO(d));
  }
  const out: Suggestion[] = [];
  for (const day of roundDays(year)) {
    if (named.has(day.entry.id)) continue;
    if (origins.has(toISO(day.origin)) && originCount.get(toISO(day.origin)) === 1) continue;
    out.push(suggestionOf(day));
  }
  return out.sort(byDateThenId);
}

