/**
 * `thidua new`: the next plan from this one — next year's, the next school
 * year's, or the next drive's with a window the clerk gives. Pure: the same
 * source text and options always give the same bytes.
 *
 * Copying a plan by hand is where the errors come from (last year's ordinals,
 * dates in the wrong year, movements that have ended, figures nobody looked
 * at), so every change is computed here and listed for the clerk. Dates move
 * with their window (next-window.ts). The source is edited in place
 * (source-edits.ts) so that everything not changed is kept byte for byte.
 */
import { isMap, isScalar, parseAllDocuments, type Document, type Node, type YAMLMap } from 'yaml';
import { planWindow } from '../domain/windows.js';
import { compareDates, parseDate, startOfYear, toISO, toVN, type CalDate } from '../model/date.js';
import { isDocNumberError, parseDocNumber } from '../model/docnumber.js';
import type { PlanDoc } from '../model/types.js';
import { figureEdits } from './next-figures.js';
import { anniversaryEdits, itemEdits, mapAt, str, type Ctx } from './next-items.js';
import { roundShift } from './next-round.js';
import { entryOf, suggestionComments, textEdits, writeLike } from './next-year-text.js';
import { planUid, uidEdits } from './next-uid.js';
import { shiftByYears, wholeYears, windowShift, type WindowShift } from './next-window.js';
import { applyEdits, lineEnd, replaceFlow, replaceNode, replaceScalarValue, type Edit } from './source-edits.js';
import { suggestions } from './next-suggest.js';

export { entryOf, writeLike };

export type { Beyond, Dropped, Figure, Kept, MovedDate, NextYearOptions, NextYearResult, ProseEdit, Recomputed, StaleOrdinal, Suggestion } from './next-year-types.js';
import type { NextYearOptions, NextYearResult } from './next-year-types.js';

export type NextYearErrorCode = 'yaml' | 'no-plan' | 'several-plans' | 'no-year' | 'not-later' | 'no-round' | 'until-event';

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

function findPlan(source: string): Document.Parsed {
  const docs = parseAllDocuments(source, { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'error' });
  const list = Array.isArray(docs) ? docs : [];
  const bad = list.find((d) => d.errors.length > 0);
  if (bad) throw new NextYearError('yaml', bad.errors[0]!.message.split('\n')[0]!);
  const plans = list.filter((d) => isMap(d.contents) && d.get('kind') === 'plan');
  if (plans.length === 0) throw new NextYearError('no-plan', 'no plan (kind: plan) in the file');
  if (plans.length > 1) throw new NextYearError('several-plans', 'several plans in one file');
  return plans[0]!;
}

/** The old plan as data, with the year its window starts when it states none (as the loader does). */
function planData(doc: Document.Parsed): PlanDoc {
  const data = doc.toJS() as PlanDoc;
  const start = data.period?.from ? parseDate(data.period.from) : undefined;
  if (typeof data.year !== 'number' && start) data.year = start.y;
  if (typeof data.year !== 'number' || !Number.isInteger(data.year)) throw new NextYearError('no-year', 'the plan has no integer year and no period start');
  return data;
}

/** The shift the options ask for: a given window, the next round occurrence, or whole years. */
function shiftOf(plan: PlanDoc, opts: NextYearOptions): WindowShift {
  const old = planWindow(plan);
  if (opts.period) {
    const s = windowShift({ from: old.from, to: old.to }, opts.period);
    if (compareDates(opts.period.from, old.from) <= 0) throw new NextYearError('not-later', `${toISO(opts.period.from)} is not after the window's start ${toISO(old.from)}`);
    return s;
  }
  if (opts.round) return roundShift(plan, old, (msg) => new NextYearError('no-round', msg));
  const year = opts.year ?? plan.year + 1;
  if (year <= plan.year) throw new NextYearError('not-later', `${year} is not after the plan year ${plan.year}`);
  return shiftByYears({ from: old.from, to: old.to }, year - plan.year);
}

/** Builds the next plan. Throws NextYearError when the source is not one readable plan or the options do not fit it. */
export function nextYear(source: string, opts: NextYearOptions): NextYearResult {
  const doc = findPlan(source);
  const plan = planData(doc);
  const shift = shiftOf(plan, opts);
  // The plan year keeps its place in the window: a school year 2025–2026 written `year: 2025` becomes 2026.
  const year = plan.year + (wholeYears(shift) ?? shift.next.from.y - shift.old.from.y);
  const edits: Edit[] = [];
  const iso = (s: { from: CalDate; to: CalDate }): { from: string; to: string } => ({ from: toISO(s.from), to: toISO(s.to) });
  const r: NextYearResult = {
    text: '',
    fromYear: plan.year,
    year,
    window: { from: iso(shift.old), to: iso(shift.next) },
    uid: planUid(plan, shift.next),
    id: { from: '', to: '' },
    dropped: [],
    moved29Feb: [],
    recomputed: [],
    lunar: [],
    stale: [],
    suggestions: [],
    prose: [],
    figures: [],
    beyond: [],
    kept: [],
  };
  if (opts.round) r.round = (shift as WindowShift & { round?: NextYearResult['round'] }).round;
  const yearNode = doc.get('year', true);
  if (isScalar(yearNode)) edits.push(replaceNode(yearNode as Node, String(year)));
  const idNode = doc.get('id', true);
  r.id.from = str(idNode) ?? '';
  r.id.to = draftNumber(r.id.from, year);
  if (isScalar(idNode) && r.id.to !== r.id.from) edits.push(replaceScalarValue(source, idNode, r.id.to));
  edits.push(...uidEdits(source, doc, r.uid));
  issuedEdits(source, doc, year, edits);
  const ctx: Ctx = { source, doc, plan, shift, edits, r, opts };
  periodEdits(ctx);
  itemEdits(ctx);
  anniversaryEdits(ctx);
  edits.push(...textEdits(ctx));
  r.suggestions = suggestions(doc, shift.next);
  if (opts.suggest && r.suggestions.length) {
    const calendar = shift.next.from.m === 1 && shift.next.from.d === 1 && shift.next.to.m === 12 && shift.next.to.d === 31 && shift.next.from.y === shift.next.to.y;
    edits.push(suggestionComments(source, doc, calendar ? `năm ${year}` : `cửa sổ ${toVN(shift.next.from)}–${toVN(shift.next.to)}`, r.suggestions));
  }
  const plain = applyEdits(source, edits);
  const withTodo = applyEdits(source, [...edits, ...figureEdits(ctx)]);
  r.text = sameData(plain, withTodo) ? withTodo : plain;
  return r;
}

/** A TODO comment must never change what the file says: when it would, it is left out (the note still lists the figure). */
function sameData(a: string, b: string): boolean {
  const js = (t: string): string => {
    const docs = parseAllDocuments(t, { version: '1.2', schema: 'core', logLevel: 'error' });
    return JSON.stringify(Array.isArray(docs) ? docs.map((d) => (d.errors.length ? null : d.toJS())) : []);
  };
  return js(a) === js(b);
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

/**
 * The plan's own window: its ends are the new window's. An end given by an
 * event (`until`) stays with --year and --round (the event does not recur:
 * said); with --period the clerk's dates replace it.
 */
function periodEdits(ctx: Ctx): void {
  const { source, doc, shift, edits, opts } = ctx;
  const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'period');
  const period = mapAt(pair?.value);
  const like = str(period?.get('from', true)) ?? str(doc.get('issued', true)) ?? '';
  const flow = `{ from: ${writeLike(like, shift.next.from)}, to: ${writeLike(like, shift.next.to)} }`;
  if (!pair) {
    if (!opts.period) return;
    // A yearly plan turned into a drive: the window goes on the line after `year` (or `id`).
    const after = (doc.get('year', true) ?? doc.get('id', true)) as Node;
    const pos = lineEnd(source, after.range![1]);
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    edits.push({ start: pos, end: pos, text: `${source[pos - 1] === '\n' ? '' : eol}period: ${flow}${eol}` });
    return;
  }
  if (!period) return;
  const until = mapAt(period.get('until', true));
  const scalar = (key: 'from' | 'to'): void => {
    const node = period.get(key, true);
    const text = str(node);
    if (text) edits.push(replaceScalarValue(source, node as Node, writeLike(text, shift.next[key])));
  };
  if (until && !opts.period) {
    // The event the drive ended at does not recur: the new end is the clerk's to give.
    throw new NextYearError('until-event', `the plan's window ends at the event "${str(until.get('event', true)) ?? ''}" (${toISO(shift.old.to)}), which does not recur: give the new window with --period`);
  } else if (!until && period.get('from', true) && period.get('to', true)) {
    scalar('from');
    scalar('to');
  } else edits.push(replaceFlow(source, doc.contents as YAMLMap, 'period', flow));
}
