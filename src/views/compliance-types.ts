/**
 * The view model of `thidua report`: what the renderers draw and what the JSON
 * contract serialises. Dates stay CalDate here; each renderer formats them
 * (Vietnamese style for people, ISO for machines).
 */
import type { CalDate } from '../model/date.js';

export type Outcome = 'pass' | 'fail' | 'pending' | 'late' | 'not-applicable' | 'waived';
export const OUTCOMES: readonly Outcome[] = ['pass', 'fail', 'late', 'pending', 'waived', 'not-applicable'];

export type ObligationType = 'quota' | 'target' | 'milestone' | 'anniversary';
export type RecordKind = 'selection' | 'activity' | 'target' | 'milestone';

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
  form?: string;
  achieved?: number;
  title?: string;
  /** Dated after the obligation's due date: it counts, but makes the line late. */
  late?: boolean;
}

/**
 * Why something did not count, or why the line has its outcome. `reason` is a
 * stable id (the selection reasons are those of rules/ref-helpers); `params`
 * feed the bilingual message in compliance-messages.ts.
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
  /** The most a quota allows. */
  max?: number;
  actual: number;
  /** The start of an anniversary's window (the commemorating phase). */
  from?: CalDate;
  due: CalDate;
  outcome: Outcome;
  evidence: Evidence[];
  reasons: Reason[];
  waiver?: WaiverInfo;
}

export type Counts = Record<Outcome, number> & { total: number };

export interface GroupTotal {
  id: string;
  name: string;
  counts: Counts;
  outcome: Outcome;
}

export interface Totals {
  overall: Counts;
  movements: GroupTotal[];
  phases: GroupTotal[];
  units: GroupTotal[];
}

export interface Bilingual {
  vi: string;
  en: string;
}

/** One item of the legal completeness check of the plan itself. */
export interface ContentItem {
  id: string;
  outcome: 'pass' | 'fail' | 'note';
  /** The article it rests on, e.g. `Luật 06/2022/QH15 Điều 17 khoản 1`. */
  basis: string;
  message: Bilingual;
}

export type Regime = 'luat-06-2022' | 'nd-91-2017';

/** Something about the records themselves: a duplicate, a reference to nothing. */
export interface ReportFinding {
  kind: 'duplicate' | 'unknown-obligation' | 'target-conflict';
  record: RecordKind;
  place: Place;
  /** The record that was kept, for duplicates and conflicts. */
  first?: Place;
  params: Record<string, unknown>;
}

export interface PlanInfo {
  id: string;
  title?: string;
  year: number;
  issued?: CalDate;
  issuer?: string;
  issuerName?: string;
  file: string;
}

export interface ComplianceReport {
  plan: PlanInfo;
  asOf: CalDate;
  outcome: Outcome;
  obligations: Obligation[];
  totals: Totals;
  regime: Regime;
  contents: ContentItem[];
  findings: ReportFinding[];
  /** The progress files that reported on the plan. */
  progressFiles: string[];
  /** Set when the report is limited to one unit's lines (`--unit`). */
  unit?: string;
}
