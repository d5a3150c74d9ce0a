/**
 * An obligation as the domain resolves it: one line per obligation and owner,
 * what counted towards it (evidence), what did not and why (reasons, as ids
 * and params: the words are the views'), and its outcome on the as-of day.
 * Every command reads these lines, so no two can disagree about a count.
 * Dates stay CalDate; each renderer formats them.
 */
import type { CalDate } from '../model/date.js';
import type { ContentStatus } from '../model/types.js';
import type { DueWording } from './deadlines.js';

export type Outcome = 'pass' | 'fail' | 'pending' | 'late' | 'not-applicable' | 'waived';
export const OUTCOMES: readonly Outcome[] = ['pass', 'fail', 'late', 'pending', 'waived', 'not-applicable'];

export type ObligationType = 'quota' | 'target' | 'content' | 'milestone' | 'anniversary' | 'event';
export type RecordKind = 'selection' | 'activity' | 'target' | 'content' | 'milestone';

/** Where a record was read: a file as shown to users and a 1-based line and column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** One progress record that counted towards an obligation. */
export interface Evidence extends Place {
  record: RecordKind;
  /** The unit the record is about: the chosen unit of a selection, else the reporting unit. */
  unit: string;
  unitName?: string;
  /** The unit that reported it (`by`). */
  by: string;
  /** The record's own date, else its file's asOf. */
  date?: CalDate;
  /** `date` is its file's asOf: the record gives no date of its own. */
  reported?: true;
  form?: string;
  achieved?: number;
  title?: string;
  /** Dated after the obligation's due date: it counts, but makes the line late. */
  late?: boolean;
  /** A content record: the status reported, the document that proves it, the reporter's note. */
  status?: ContentStatus;
  document?: string;
  note?: string;
}

/**
 * Why something did not count, or why the line has its outcome. `reason` is a
 * stable id (the selection reasons are those of domain/selections.ts); `params`
 * feed the bilingual message in views/compliance-messages.ts.
 */
export interface Reason {
  reason: string;
  params: Record<string, unknown>;
  /** The record that was not counted, when the reason is about one. */
  evidence?: Evidence;
}

export interface WaiverInfo {
  reason: string;
  document: string;
  expires?: CalDate;
  /** True while the as-of date is on or before `expires` (or there is none). */
  inForce: boolean;
  /** What the line would be without the waiver. */
  realOutcome: Outcome;
  place: Place;
}

export interface Obligation {
  type: ObligationType;
  id: string;
  title?: string;
  /** The movement the obligation belongs to, when it belongs to one. */
  movement?: string;
  /** The phase whose dates contain its due date (for anniversaries: the phase commemorating it). */
  phase?: string;
  /** A unit id; `{kind: K}` as written when no unit of kind K exists (then not-applicable). */
  owner: string;
  ownerName?: string;
  required: number;
  /** A target's measure and sense (absent: a count to reach), and the unit of an amount. */
  measure?: 'count' | 'rate' | 'amount';
  sense?: 'at-least' | 'keep' | 'reduce-to';
  measureUnit?: string;
  /** The target states no figure: nothing to count, so no "0/1". */
  uncounted?: true;
  /** The most a quota allows. */
  max?: number;
  actual: number;
  /** The start of an anniversary's window (the commemorating phase), or an event's first day. */
  from?: CalDate;
  /** Anniversaries: the day of the occurrence and its ordinal (78, 79, 80 in a window of three years). */
  date?: CalDate;
  years?: number;
  /** When a window holds several occurrences of one anniversary: which one (its ISO date). */
  instance?: string;
  /** Events: the days are only planned and may move. */
  provisional?: true;
  /** Events whose real days are known: the days planned before. */
  planned?: { from: CalDate; to: CalDate };
  /** The last day that counts (for "trước ngày 15/10", the 14th). */
  due: CalDate;
  /** The deadline as the plan words it, when it says "trước ngày" or "đến hết ngày": what views show. */
  dueAs?: DueWording;
  outcome: Outcome;
  evidence: Evidence[];
  reasons: Reason[];
  waiver?: WaiverInfo;
}

/** Something about the records themselves: a duplicate, a reference to nothing. */
export interface ReportFinding {
  kind: 'duplicate' | 'unknown-obligation' | 'target-conflict';
  record: RecordKind;
  place: Place;
  /** The record that was kept, for duplicates and conflicts. */
  first?: Place;
  params: Record<string, unknown>;
}
