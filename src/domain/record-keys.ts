/**
 * The identity of a progress record — "the same record twice" decided once:
 * the index (records.ts), the views and the records-unique rule all key
 * records with `recordKey`. And the file order "first" refers to.
 */
import type { LoadedDoc } from '../load/workspace.js';
import { parseDate, toISO } from '../model/date.js';
import type { DataPath, ProgressDoc } from '../model/types.js';
type Params = Record<string, unknown>;

export type RecordKind = 'selection' | 'activity' | 'target' | 'content' | 'milestone';

export interface ProgressRecord {
  kind: RecordKind;
  /** What makes two records the same; undefined when a date in it does not parse. */
  key?: string;
  path: DataPath;
  params: Params;
  achieved?: number;
}

/** The lists of a progress document that hold records, in the order records are read. */
export const RECORD_LISTS = ['selections', 'activities', 'targets', 'contents', 'milestones'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

/** What makes two records the same: the key of record `i` of `list`; undefined when its date does not parse. */
export function recordKey(p: ProgressDoc, list: RecordList, i: number): string | undefined {
  switch (list) {
    case 'selections': {
      const s = p.selections![i]!;
      return `s|${s.quota}|${s.by}|${s.chosen}`;
    }
    case 'activities': {
      const a = p.activities![i]!;
      const day = parseDate(a.date);
      // A 2018-06-30 that is a day is its own toISO: thousands of activities build no date text.
      return day ? `a|${a.commemorates}|${a.by}|${a.date[4] === '-' ? a.date : toISO(day)}` : undefined;
    }
    case 'targets':
      return `t|${p.targets![i]!.target}|${p.targets![i]!.by}`;
    case 'contents': {
      // A status is a state on a day (its own date, else the report's asOf): the same state
      // reported again in a later report is news, the same state on the same day is a repeat.
      const c = p.contents![i]!;
      const text = c.date ?? p.asOf;
      const day = text === undefined ? undefined : parseDate(text);
      if (text !== undefined && !day) return undefined;
      return `c|${c.content}|${c.by}|${c.status}|${day ? toISO(day) : ''}`;
    }
    case 'milestones':
      return `m|${p.milestones![i]!.milestone}|${p.milestones![i]!.by}`;
  }
}

/** Record `i` of `list`, keyed as records-unique compares them. */
export function recordAt(p: ProgressDoc, list: RecordList, i: number): ProgressRecord {
  const key = recordKey(p, list, i);
  switch (list) {
    case 'selections':
      return { kind: 'selection', key, path: [list, i], params: { ...p.selections![i]! } };
    case 'activities': {
      const { commemorates, by, date } = p.activities![i]!;
      return { kind: 'activity', ...(key ? { key } : {}), path: [list, i], params: { commemorates, by, date } };
    }
    case 'targets':
      return { kind: 'target', key, path: [list, i], params: { ...p.targets![i]! }, achieved: p.targets![i]!.achieved };
    case 'contents':
      return { kind: 'content', ...(key ? { key } : {}), path: [list, i], params: { ...p.contents![i]! } };
    case 'milestones':
      return { kind: 'milestone', key, path: [list, i], params: { ...p.milestones![i]! } };
  }
}

/** Every record of a progress document, keyed as records-unique compares them. */
export function* progressRecords(p: ProgressDoc): Generator<ProgressRecord> {
  for (const list of RECORD_LISTS) for (let i = 0; i < (p[list]?.length ?? 0); i++) yield recordAt(p, list, i);
}

/** File order: by file path, then by the document's place in the file. */
export const byFileOrder = (a: LoadedDoc, b: LoadedDoc): number => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.index - b.index);

/** The docs sorted in file order, in place; a list already in that order (the usual case) is only checked. */
export function inFileOrder<T extends LoadedDoc>(docs: T[]): T[] {
  for (let k = 1; k < docs.length; k++) if (byFileOrder(docs[k - 1]!, docs[k]!) > 0) return docs.sort(byFileOrder);
  return docs;
}
