/**
 * The three document kinds of FORMAT.md as the rules see them after the schema
 * has passed. Dates stay the text the user wrote; `parseDate` reads them.
 */
export type DocKind = 'plan' | 'units' | 'progress';

/** A unit's parent for a span of days, both ends included (the 01/07/2025 reorganisation moved schools to communes). */
export interface UnitParent {
  parent: string;
  from?: string;
  to?: string;
}

export interface Unit {
  id: string;
  name: string;
  kind: string;
  /** The parent on every day no entry of `parents` covers (domain/units.ts `parentOn`). */
  parent?: string;
  parents?: UnitParent[];
  tags?: string[];
  validFrom?: string;
  validTo?: string;
}

export interface UnitsDoc {
  thidua: 1;
  kind: 'units';
  units: Unit[];
}

/** A unit id, or `{kind: K}`: each unit of kind K. */
export type Owner = string | { kind: string };
/** One owner, or several ("các bộ, ngành, địa phương"): each one named owes the obligation on its own. */
export type Owners = Owner | Owner[];

/** A document the plan rests on: by number, or (when none was published) by title and date. */
export interface BasisDoc {
  ref?: string;
  date?: string;
  issuer?: string;
  title?: string;
}

export interface Period {
  from?: string;
  to?: string;
  /** The window ends when this event happens (a drive "đến khi tổ chức thành công Đại hội"). */
  until?: { event: string };
}

/** A plan's own window (a drive, a stage plan, a school year): the same shape as a movement's. */
export type PlanPeriod = Period;

/** A span of days: one day when `to` is absent. */
export interface DaySpan {
  from: string;
  to?: string;
}

/** A dated thing a plan celebrates or aims at that is not an anniversary (a congress, an election day). */
export interface PlanEvent {
  id: string;
  title?: string;
  /** The day it happens, when known. */
  date?: string;
  /** The days announced beforehand: provisional, they may move. */
  planned?: DaySpan;
  /** The days it really took place (they replace planned). */
  actual?: DaySpan;
  source?: string;
}

/**
 * A deadline as the text says it: a day or `{by: day}` ("đến hết ngày", the
 * day counts), or `{before: day}` ("trước ngày", the day before is the last
 * that counts). domain/deadlines.ts reads it.
 */
export type Due = string | { before: string } | { by: string };

/** How a target is measured: a count (adds up across units), a rate in %, an amount with a unit. */
export type TargetMeasure = 'count' | 'rate' | 'amount';
/** What meeting it means: reach at least, keep at (judged at the end), reduce to (at most). */
export type TargetSense = 'at-least' | 'keep' | 'reduce-to';

export interface Target {
  id: string;
  title?: string;
  count?: number;
  measure?: TargetMeasure;
  /** The figure of a rate or an amount (a count may give it as `count`). */
  value?: number;
  /** The unit of an amount: VND, triệu đồng, người… */
  unit?: string;
  sense?: TargetSense;
  owner?: Owners;
  due?: Due;
}

/** A content item (nội dung): what to do, with no count; done when reported done with evidence. */
export interface Content {
  id: string;
  title: string;
  owner?: Owners;
  due?: Target['due'];
}

export interface QuotaForm {
  id: string;
  title?: string;
}

export interface Quota {
  id: string;
  owner: Owner;
  select: string;
  min?: number;
  max?: number;
  where?: { tags?: string[] };
  within?: 'owner';
  forms?: QuotaForm[];
  purpose?: string;
  due?: Due;
}

export interface Movement {
  id: string;
  form: 'regular' | 'thematic';
  title: string;
  period?: Period;
  theme?: string;
  basis?: string[];
  targets?: Target[];
  contents?: Content[];
  quotas?: Quota[];
  commemorates?: string[];
}

export interface Phase {
  id: string;
  name?: string;
  from: string;
  to: string;
  commemorates?: string[];
}

export interface Anniversary {
  id: string;
  ref?: string;
  title?: string;
  origin?: string;
  years?: number;
  date?: string;
  sector?: string;
}

export type MilestoneType = 'registration' | 'review' | 'report' | 'other';

export interface Milestone {
  id: string;
  title?: string;
  due: Due;
  owner?: Owners;
  type?: MilestoneType;
  movement?: string;
}

/** Either `obligation` (excuses an obligation) or `rule` (waives a check rule's findings, optionally about one `item`). */
export interface Waiver {
  obligation?: string;
  rule?: string;
  item?: string;
  unit?: string;
  reason: string;
  document: string;
  expires?: string;
}

export interface PlanDoc {
  thidua: 1;
  kind: 'plan';
  id: string;
  /** A stable identity that survives the number being filled in: calendar UIDs and progress files follow it. */
  uid?: string;
  title?: string;
  issuer?: string;
  issued?: string;
  /** The plan year; with `period` and no year, the year the period starts (set by the loader). */
  year: number;
  /** The plan's own window, when it is not the calendar year. */
  period?: PlanPeriod;
  events?: PlanEvent[];
  signer?: string;
  /** The heading and signature block of the document form (NĐ 30/2020 Phụ lục I); docs/document.md. */
  signerTitle?: string;
  signerAuthority?: string;
  place?: string;
  managingAgency?: string;
  issuingAgency?: string;
  recipients?: string[];
  basis?: BasisDoc[];
  objectives?: string[];
  scope?: string;
  participants?: string[];
  measures?: string[];
  movements?: Movement[];
  phases?: Phase[];
  anniversaries?: Anniversary[];
  milestones?: Milestone[];
  waivers?: Waiver[];
}

export interface Selection {
  quota: string;
  by: string;
  chosen: string;
  form?: string;
  date?: string;
}

export interface Activity {
  commemorates: string;
  by: string;
  date: string;
  title?: string;
}

export interface TargetRecord {
  target: string;
  by: string;
  achieved: number;
  /** For a rate: the denominator, so rates of several units can be weighted. */
  of?: number;
}

/** How far a content item is, as its reporter says: done, in progress, not started. */
export type ContentStatus = 'done' | 'in-progress' | 'not-started';
export const CONTENT_STATUSES: readonly ContentStatus[] = ['done', 'in-progress', 'not-started'];

export interface ContentRecord {
  content: string;
  by: string;
  status: ContentStatus;
  /** The day it was done (or the state was seen); else the file's asOf. */
  date?: string;
  /** The evidence: the document that shows it (a report's number, minutes, a link). */
  document?: string;
  note?: string;
}

export interface MilestoneRecord {
  milestone: string;
  by: string;
  done: string;
}

/** A progress file's word that an event took place, and on which days (it replaces the plan's planned days). */
export interface EventRecord {
  event: string;
  held: DaySpan;
  source?: string;
}

export interface ProgressDoc {
  thidua: 1;
  kind: 'progress';
  plan: string;
  planYear?: number;
  asOf?: string;
  reporter?: string;
  selections?: Selection[];
  activities?: Activity[];
  targets?: TargetRecord[];
  contents?: ContentRecord[];
  milestones?: MilestoneRecord[];
  events?: EventRecord[];
  waivers?: Waiver[];
}

export type AnyDoc = PlanDoc | UnitsDoc | ProgressDoc;

/** A path into a document's data, as ajv and the yaml AST both understand it. */
export type DataPath = readonly (string | number)[];
