/**
 * What the progress files of one plan record, indexed by the plan item they
 * report on. Several files may report on a plan (each unit its own) and
 * together they are the record; the same record twice is one record, never a
 * double count (FORMAT.md). Reports built on the index — checklist,
 * schedule, compliance — read it rather than walking progress files.
 */
import { compareDates, dateOf, type CalDate } from '../model/date.js';
import type { Activity, MilestoneRecord, ProgressDoc, Selection, TargetRecord } from '../model/types.js';
import type { LoadedDoc } from '../load/workspace.js';

/** Where a record was read, so a report can cite it. */
export interface RecordSource {
  file: string;
  /** The `asOf` of the progress document, when it gives one. */
  asOf?: CalDate;
}

export interface SelectionRec extends Selection {
  /** The selection's own date, else the document's asOf. */
  when?: CalDate;
  source: RecordSource;
}
export interface ActivityRec extends Activity {
  when?: CalDate;
  source: RecordSource;
}
export interface TargetRec extends TargetRecord {
  source: RecordSource;
}
export interface MilestoneRec extends MilestoneRecord {
  when?: CalDate;
  source: RecordSource;
}

export interface ProgressIndex {
  /** Selections for a quota, by one owner unit or by all, in the order first reported. */
  selections(quota: string, by?: string): SelectionRec[];
  /** Activities commemorating an anniversary, earliest first. */
  activities(anniversary: string, by?: string): ActivityRec[];
  /**
   * What a unit has achieved on a target: the figure of its latest report
   * (figures are running totals, so reports are not summed). Undefined when it
   * has reported nothing.
   */
  achieved(target: string, by: string): TargetRec | undefined;
  /** Units that reported on a target, with their latest figure. */
  targetRecords(target: string): TargetRec[];
  /** When a unit completed a milestone (its earliest record). */
  milestoneDone(milestone: string, by: string): MilestoneRec | undefined;
  milestoneRecords(milestone: string): MilestoneRec[];
}

export interface IndexOptions {
  /**
   * Leave out records dated after this day (their own date, else their
   * document's asOf), so a report "as of" a day shows what was known then.
   */
  asOf?: CalDate;
}

const later = (a: CalDate | undefined, b: CalDate | undefined): number =>
  a && b ? compareDates(a, b) : a ? 1 : b ? -1 : 0;
const byWhen = <T extends { when?: CalDate }>(a: T, b: T): number => later(a.when, b.when);

function group<T>(m: Map<string, T[]>, key: string, v: T): void {
  const l = m.get(key);
  if (l) l.push(v);
  else m.set(key, [v]);
}

export function indexProgress(docs: readonly LoadedDoc<ProgressDoc>[], opts: IndexOptions = {}): ProgressIndex {
  const sel = new Map<string, SelectionRec[]>();
  const act = new Map<string, ActivityRec[]>();
  const tgt = new Map<string, TargetRec[]>();
  const mil = new Map<string, MilestoneRec[]>();
  const seen = new Set<string>();
  // A record dated after the as-of day was not yet known on that day.
  const known = (when: CalDate | undefined): boolean => !opts.asOf || !when || compareDates(when, opts.asOf) <= 0;
  // The first of identical records wins: a repeat adds nothing.
  const fresh = (key: string): boolean => !seen.has(key) && Boolean(seen.add(key));

  // Sorted by path so that "the first" is the same whatever order the files were given in.
  const ordered = [...docs].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.index - b.index));
  for (const doc of ordered) {
    const docAsOf = dateOf(doc.data.asOf);
    const source: RecordSource = { file: doc.file.path, ...(docAsOf && { asOf: docAsOf }) };
    for (const s of doc.data.selections ?? []) {
      const when = dateOf(s.date) ?? docAsOf;
      if (!known(when) || !fresh(`s\0${s.quota}\0${s.by}\0${s.chosen}`)) continue;
      group(sel, s.quota, { ...s, ...(when && { when }), source });
    }
    for (const a of doc.data.activities ?? []) {
      const when = dateOf(a.date) ?? docAsOf;
      if (!known(when) || !fresh(`a\0${a.commemorates}\0${a.by}\0${a.date}\0${a.title ?? ''}`)) continue;
      group(act, a.commemorates, { ...a, ...(when && { when }), source });
    }
    for (const t of doc.data.targets ?? []) {
      if (!known(docAsOf) || !fresh(`t\0${t.target}\0${t.by}\0${t.achieved}\0${doc.data.asOf ?? ''}`)) continue;
      group(tgt, t.target, { ...t, source });
    }
    for (const m of doc.data.milestones ?? []) {
      const when = dateOf(m.done) ?? docAsOf;
      if (!known(when) || !fresh(`m\0${m.milestone}\0${m.by}\0${m.done}`)) continue;
      group(mil, m.milestone, { ...m, ...(when && { when }), source });
    }
  }
  for (const l of act.values()) l.sort(byWhen);
  for (const l of mil.values()) l.sort(byWhen);

  /** One record per unit: the latest report; equal dates keep the higher figure. */
  const latestTargets = (target: string): TargetRec[] => {
    const best = new Map<string, TargetRec>();
    for (const r of tgt.get(target) ?? []) {
      const cur = best.get(r.by);
      const c = cur ? later(r.source.asOf, cur.source.asOf) : 1;
      if (!cur || c > 0 || (c === 0 && r.achieved > cur.achieved)) best.set(r.by, r);
    }
    return [...best.values()];
  };

  return {
    selections: (quota, by) => (sel.get(quota) ?? []).filter((s) => by === undefined || s.by === by),
    activities: (anniversary, by) => (act.get(anniversary) ?? []).filter((a) => by === undefined || a.by === by),
    achieved: (target, by) => latestTargets(target).find((r) => r.by === by),
    targetRecords: latestTargets,
    milestoneDone: (milestone, by) => (mil.get(milestone) ?? []).find((m) => m.by === by),
    // Sorted earliest first, so the first record of a unit is when it was done.
    milestoneRecords: (milestone) => (mil.get(milestone) ?? []).filter((m, i, all) => all.findIndex((x) => x.by === m.by) === i),
  };
}
