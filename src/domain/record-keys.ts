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

/** The letter a list's keys start with, so records of two lists never share a key. */
const PREFIX: Readonly<Record<RecordList, string>> = { selections: 's', activities: 'a', targets: 't', contents: 'c', milestones: 'm' };

/**
 * What makes two records the same — the one definition: the parts of record `i` of `list`,
 * written into `out` (so tens of thousands of records need no key text, see RecordIndex).
 * Returns how many parts it wrote; 0 when a date in the record does not parse.
 */
export function recordKeyParts(p: ProgressDoc, list: RecordList, i: number, out: string[]): number {
  switch (list) {
    case 'selections': {
      const s = p.selections![i]!;
      out[0] = s.quota;
      out[1] = s.by;
      out[2] = s.chosen;
      return 3;
    }
    case 'activities': {
      const a = p.activities![i]!;
      const day = parseDate(a.date);
      if (!day) return 0;
      out[0] = a.commemorates;
      // A 2018-06-30 that is a day is its own toISO: thousands of activities build no date text.
      out[1] = a.date[4] === '-' ? a.date : toISO(day);
      out[2] = a.by;
      return 3;
    }
    case 'targets':
      out[0] = p.targets![i]!.target;
      out[1] = p.targets![i]!.by;
      return 2;
    case 'contents': {
      // A status is a state on a day (its own date, else the report's asOf): the same state
      // reported again in a later report is news, the same state on the same day is a repeat.
      const c = p.contents![i]!;
      const text = c.date ?? p.asOf;
      const day = text === undefined ? undefined : parseDate(text);
      if (text !== undefined && !day) return 0;
      out[0] = c.content;
      out[1] = c.status;
      out[2] = day ? toISO(day) : '';
      out[3] = c.by;
      return 4;
    }
    case 'milestones':
      out[0] = p.milestones![i]!.milestone;
      out[1] = p.milestones![i]!.by;
      return 2;
  }
}

/** What makes two records the same, as text: the key of record `i` of `list`; undefined when its date does not parse. */
export function recordKey(p: ProgressDoc, list: RecordList, i: number): string | undefined {
  const parts: string[] = [];
  const n = recordKeyParts(p, list, i, parts);
  return n === 0 ? undefined : `${PREFIX[list]}|${parts.join('|')}`;
}

/** How RecordIndex hashes a record's parts (tests pass a weak one to make every record collide). */
export type PartsHash = (list: RecordList, parts: readonly string[], n: number) => number;

// Seeded per process: which records share a hash changes from run to run, never the answer,
// so no file can be written to make every record collide.
const SEED = (Math.random() * 0x3fffffff) | 0;

/** FNV-1a over the list and the parts, cut to a small integer (a Map key that costs no hashing of text). */
export const hashParts: PartsHash = (list, parts, n) => {
  let h = (0x811c9dc5 ^ SEED ^ list.length) | 0;
  for (let k = 0; k < n; k++) {
    const s = parts[k]!;
    for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    h = Math.imul(h ^ 0x7c, 0x01000193);
  }
  return h & 0x3fffffff;
};

/** The lists by number, so an entry keeps its list in a typed array. */
const LIST_NO: Readonly<Record<RecordList, number>> = { selections: 0, activities: 1, targets: 2, contents: 3, milestones: 4 };

/**
 * Records by their identity (recordKeyParts), each with the value it came first with. A
 * plan's progress files hold tens of thousands of records, nearly all different: each is
 * kept as a place in a few arrays, found by a hash of its parts (a number), and told from
 * another with the same hash by comparing their parts — no key text, no object, no Map per
 * record. One index serves plan after plan (`clear`): its arrays and its table of hashes
 * are kept, so the run's thousands of plans allocate them once, not once each (records-unique
 * on 10,000 realistic files allocated 19 MB in a Map and arrays per plan).
 */
export class RecordIndex<T> {
  /** Hash slot → 1 + the last entry kept in it, when `stamp` says the slot is of this round. */
  private heads = new Int32Array(64);
  private stamp = new Int32Array(64);
  private round = 1;
  /** Entries: the one before in the same slot (-1 none), the full hash, the list, the record's index. */
  private prev = new Int32Array(64);
  private hashes = new Int32Array(64);
  private lists = new Uint8Array(64);
  private at = new Int32Array(64);
  private readonly docs: (ProgressDoc | undefined)[] = [];
  private readonly values: (T | undefined)[] = [];
  private n = 0;
  private readonly parts: string[] = [];
  private readonly other: string[] = [];

  constructor(private readonly hash: PartsHash = hashParts) {}

  /** Forgets every record (and lets go of their documents and values); the arrays stay for the next plan. */
  clear(): void {
    this.docs.fill(undefined, 0, this.n);
    this.values.fill(undefined, 0, this.n);
    this.n = 0;
    if (++this.round === 0x7fffffff) {
      this.stamp.fill(0);
      this.round = 1;
    }
  }

  /**
   * The value of the first record with the identity of record `i` of `list`; when there is
   * none, `value` is kept for that identity and the answer is undefined. A record whose
   * date does not parse has no identity: undefined, and nothing is kept.
   */
  firstOrAdd(p: ProgressDoc, list: RecordList, i: number, value: T): T | undefined {
    const n = recordKeyParts(p, list, i, this.parts);
    if (n === 0) return undefined;
    const h = this.hash(list, this.parts, n);
    const no = LIST_NO[list];
    const slot = h & (this.heads.length - 1);
    const head = this.stamp[slot] === this.round ? this.heads[slot]! - 1 : -1;
    for (let e = head; e >= 0; e = this.prev[e]!) if (this.hashes[e] === h && this.lists[e] === no && this.same(e, n)) return this.values[e];
    const e = this.n++;
    if (e === this.prev.length) this.grow();
    this.prev[e] = head;
    this.hashes[e] = h;
    this.lists[e] = no;
    this.at[e] = i;
    this.docs[e] = p;
    this.values[e] = value;
    // At most one entry a slot on average; more slots when there are more entries.
    if (this.n > this.heads.length) this.rehash();
    else {
      this.heads[slot] = e + 1;
      this.stamp[slot] = this.round;
    }
    return undefined;
  }

  /** Room for twice the entries. */
  private grow(): void {
    const more = <A extends Int32Array | Uint8Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(a.length * 2);
      b.set(a);
      return b;
    };
    this.prev = more(this.prev);
    this.hashes = more(this.hashes);
    this.lists = more(this.lists);
    this.at = more(this.at);
  }

  /** Twice the slots, and every entry of this round chained again in its slot, in the order kept. */
  private rehash(): void {
    const size = this.heads.length * 2;
    this.heads = new Int32Array(size);
    this.stamp = new Int32Array(size);
    for (let e = 0; e < this.n; e++) {
      const slot = this.hashes[e]! & (size - 1);
      this.prev[e] = this.stamp[slot] === this.round ? this.heads[slot]! - 1 : -1;
      this.heads[slot] = e + 1;
      this.stamp[slot] = this.round;
    }
  }

  /** Whether kept record `e` has the `n` parts just read. */
  private same(e: number, n: number): boolean {
    if (recordKeyParts(this.docs[e]!, RECORD_LISTS[this.lists[e]!]!, this.at[e]!, this.other) !== n) return false;
    for (let k = 0; k < n; k++) if (this.other[k] !== this.parts[k]) return false;
    return true;
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
