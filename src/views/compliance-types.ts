/**
 * The view model of `thidua report`: what the renderers draw and what the JSON
 * contract serialises. The lines themselves are the domain's (obligation-types).
 */
import type { CalDate } from '../model/date.js';
import type { Obligation, Outcome, ReportFinding } from '../domain/obligation-types.js';

export * from '../domain/obligation-types.js';

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
  /** What that article says: quoted where verified, else a summary that says it is not verified. */
  says: Bilingual;
  message: Bilingual;
}

export type Regime = 'luat-06-2022' | 'nd-91-2017';

export interface PlanInfo {
  id: string;
  title?: string;
  year: number;
  /** The plan's own period (a drive, a school year), which titles name instead of its year. */
  window?: { from: CalDate; to: CalDate };
  issued?: CalDate;
  issuer?: string;
  issuerName?: string;
  file: string;
}

/** A check finding a rule waiver in force covers: listed in every report, never hidden. */
export interface WaivedFindingLine {
  rule: string;
  file: string;
  line: number;
  message: string;
  document: string;
  reason: string;
  expires?: CalDate;
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
  /** Findings of the check that rule waivers cover. */
  waivedFindings: WaivedFindingLine[];
  /** The progress files that reported on the plan. */
  progressFiles: string[];
  /** Set when the report is limited to one unit's lines (`--unit`). */
  unit?: string;
}
