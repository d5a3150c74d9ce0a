/**
 * The one index of the progress records of a plan, by the obligation they
 * report on, each with the file and line it was read from so every view can
 * cite it. Nothing is dropped silently: a repeated record is a finding that
 * points at the one kept, a record about nothing the plan declares is a
 * finding, and a record dated after the as-of day stays in (the obligation
 * lines say why it does not count yet). "The same record twice" is decided
 * by `recordKey` (record-keys.ts), the key the `records-unique` rule uses.
 */
import { locate } from '../diagnostics/locate.js';
import type { LoadedDoc } from '../load/workspace.js';
import { compareDates, dateOf, toISO, type CalDate } from '../model/date.js';
import type { Activity, ContentRecord, MilestoneRecord, PlanDoc, ProgressDoc, Selection, TargetRecord, Waiver } from '../model/types.js';
import { planIds } from './plan-facts.js';
import { byFileOrder, progressRecords } from './record-keys.js';
import { itemPosition } from './record-lines.js';
import type { Place, RecordKind, ReportFinding } from './obligation-types.js';

export interface Rec<T> {
  rec: T;
  doc: LoadedDoc<ProgressDoc> | LoadedDoc<PlanDoc>;
  place: Place;
  /** The record's own date, else its document's asOf. */
  when?: CalDate;
  /** `when` is the document's asOf: the record gives no date of its own. */
  reported?: true;
}

export interface RecordIndex {
  /** By quota id, in file order, repeats removed. */
  selections: Map<string, Rec<Selection>[]>;
  /** By anniversary id. */
  activities: Map<string, Rec<Activity>[]>;
  /** By target id: each unit's reports, one per report day (figures are running totals, never summed over days). */
  targets: Map<string, Rec<TargetRecord>[]>;
  /** By content id: every status reported, one per unit, status and day. */
  contents: Map<string, Rec<ContentRecord>[]>;
  /** By milestone id: one record per unit, its earliest completion. */
  milestones: Map<string, Rec<MilestoneRecord>[]>;
  /** The plan's waivers, then the progress files'. */
  waivers: Rec<Waiver>[];
  findings: ReportFinding[];
  files: string[];
}


function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/**
 * Where a record starts. A top-level sequence item (`['selections', 3]`) is
 * found by a line scan when the scan can vouch for it; anything else, by
 * `locate` — which builds the YAML AST of a file the loader read on its fast
 * path (see record-lines.ts for why that matters).
 */
export function placeOf(doc: LoadedDoc, path: readonly (string | number)[]): Place {
  const [key, index] = path;
  if (path.length === 2 && typeof key === 'string' && typeof index === 'number') {
    const list = (doc.data as unknown as Record<string, unknown>)[key];
    const at = Array.isArray(list) ? itemPosition(doc.file, doc.index, key, index, list.length) : undefined;
    if (at) return { file: doc.file.path, ...at };
  }
  const s = locate(doc.src, path);
  return { file: doc.file.path, line: s.line, column: s.column };
}

/** The plan item record `i` of a kind reports on. */
function refOf(data: ProgressDoc, kind: RecordKind, i: number): string {
  switch (kind) {
    case 'selection':
      return data.selections![i]!.quota;
    case 'activity':
      return data.activities![i]!.commemorates;
    case 'target':
      return data.targets![i]!.target;
    case 'content':
      return data.contents![i]!.content;
    case 'milestone':
      return data.milestones![i]!.milestone;
  }
}

/** Undated sorts first; used to keep a unit's earliest completion of a milestone. */
const cmpWhen = (a?: CalDate, b?: CalDate): number => (a && b ? compareDates(a, b) : a ? 1 : b ? -1 : 0);

export function indexRecords(plan: LoadedDoc<PlanDoc>, docs: readonly LoadedDoc<ProgressDoc>[]): RecordIndex {
  const ids = planIds(plan.data);
  const known: Record<RecordKind, Set<string>> = {
    selection: new Set(ids.quotas),
    target: new Set(ids.targets),
    content: new Set(ids.contents),
    milestone: new Set(ids.milestones),
    activity: new Set(ids.anniversaries),
  };
  const out: RecordIndex = { selections: new Map(), activities: new Map(), targets: new Map(), contents: new Map(), milestones: new Map(), waivers: [], findings: [], files: [] };
  (plan.data.waivers ?? []).forEach((w, i) => out.waivers.push({ rec: w, doc: plan, place: placeOf(plan, ['waivers', i]) }));

  // Keyed record → where it was first kept, so a repeat can point at it.
  const seen = new Map<string, Rec<unknown>>();
  const targetByDay = new Map<string, Rec<TargetRecord>>();
  const milestoneByUnit = new Map<string, Rec<MilestoneRecord>>();
  // File order makes "the first" the same whatever order the paths were given in.
  const ordered = [...docs].sort(byFileOrder);
  for (const doc of ordered) {
    out.files.push(doc.file.path);
    const docAsOf = dateOf(doc.data.asOf);
    const data = doc.data;
    for (const r of progressRecords(data)) {
      const i = r.path[1] as number;
      const place = placeOf(doc, r.path);
      const ref = refOf(data, r.kind, i);
      if (!known[r.kind].has(ref)) {
        out.findings.push({ kind: 'unknown-obligation', record: r.kind, place, params: { id: ref } });
        continue;
      }
      const key = r.key ?? `${r.kind}|${doc.file.path}|${i}`;
      const first = seen.get(key);
      if (r.kind === 'target') {
        // Figures are running totals: reports of different days are snapshots, all kept;
        // two reports of the same day are one record given twice (or in conflict).
        const t: Rec<TargetRecord> = { rec: data.targets![i]!, doc, place, ...(docAsOf && { when: docAsOf, reported: true as const }) };
        const dayKey = `${key}|${docAsOf ? toISO(docAsOf) : ''}`;
        const cur = targetByDay.get(dayKey);
        if (!cur) {
          targetByDay.set(dayKey, t);
          continue;
        }
        const keep = t.rec.achieved > cur.rec.achieved ? t : cur;
        const drop = keep === t ? cur : t;
        targetByDay.set(dayKey, keep);
        out.findings.push({
          kind: cur.rec.achieved === t.rec.achieved ? 'duplicate' : 'target-conflict',
          record: 'target',
          place: drop.place,
          first: keep.place,
          params: { target: t.rec.target, by: t.rec.by, achieved: drop.rec.achieved, kept: keep.rec.achieved },
        });
        continue;
      }
      if (r.kind === 'milestone') {
        const rec = data.milestones![i]!;
        const own = dateOf(rec.done);
        const when = own ?? docAsOf;
        const m: Rec<MilestoneRecord> = { rec, doc, place, ...(when && { when }), ...(!own && when && { reported: true as const }) };
        const cur = milestoneByUnit.get(key);
        if (!cur) {
          milestoneByUnit.set(key, m);
          continue;
        }
        // The earliest completion is when it was done.
        const keep = cmpWhen(m.when, cur.when) < 0 ? m : cur;
        const drop = keep === m ? cur : m;
        milestoneByUnit.set(key, keep);
        out.findings.push({ kind: 'duplicate', record: 'milestone', place: drop.place, first: keep.place, params: { milestone: rec.milestone, by: rec.by, done: drop.rec.done } });
        continue;
      }
      if (first) {
        out.findings.push({ kind: 'duplicate', record: r.kind, place, first: first.place, params: { ...r.params } });
        continue;
      }
      if (r.kind === 'content') {
        const rec = data.contents![i]!;
        const own = dateOf(rec.date);
        const when = recordDay(rec.date, data);
        const c: Rec<ContentRecord> = { rec, doc, place, ...(when && { when }), ...(!own && when && { reported: true as const }) };
        seen.set(key, c);
        push(out.contents, rec.content, c);
      } else if (r.kind === 'selection') {
        const rec = data.selections![i]!;
        const own = dateOf(rec.date);
        const when = recordDay(rec.date, data);
        const s: Rec<Selection> = { rec, doc, place, ...(when && { when }), ...(!own && when && { reported: true as const }) };
        seen.set(key, s);
        push(out.selections, rec.quota, s);
      } else {
        const rec = data.activities![i]!;
        const own = dateOf(rec.date);
        const when = recordDay(rec.date, data);
        const a: Rec<Activity> = { rec, doc, place, ...(when && { when }), ...(!own && when && { reported: true as const }) };
        seen.set(key, a);
        push(out.activities, rec.commemorates, a);
      }
    }
    (data.waivers ?? []).forEach((w, i) => out.waivers.push({ rec: w, doc, place: placeOf(doc, ['waivers', i]) }));
  }
  for (const t of targetByDay.values()) push(out.targets, t.rec.target, t);
  for (const m of milestoneByUnit.values()) push(out.milestones, m.rec.milestone, m);
  return out;
}

/**
 * The day a dated record (selection, content, activity) speaks of: its own date, else the
 * progress file's asOf — as indexRecords files it (`when`). Undefined when neither is given.
 */
export const recordDay = (date: string | undefined, doc: ProgressDoc): CalDate | undefined => dateOf(date) ?? dateOf(doc.asOf);

/** True when a record was not yet known on the as-of day (dated after it). */
export const afterAsOf = (when: CalDate | undefined, asOf: CalDate): boolean => when !== undefined && compareDates(when, asOf) > 0;
