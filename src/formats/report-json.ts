/**
 * `thidua report --format json`: a machine contract (docs/report.md). The
 * keys of the issue — plan, asOf, outcome, obligations[type, id, owner,
 * required, actual, due, outcome, evidence, reasons], contents[id, outcome,
 * basis] — are fixed; the rest is added beside them, never renamed. Dates are
 * ISO; messages follow --lang.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { toISO, type CalDate } from '../model/date.js';
import { findingText, reasonText } from '../views/compliance-messages.js';
import type { ComplianceReport, Counts, Evidence, GroupTotal, ObligationType, Outcome, Reason } from '../views/compliance-types.js';
import { progressText } from './report-labels.js';
import type { TextRenderer } from './render-context.js';

export interface JsonEvidence {
  record: Evidence['record'];
  file: string;
  line: number;
  unit: string;
  unitName: string | null;
  by: string;
  date: string | null;
  form?: string;
  achieved?: number;
  title?: string;
  /** Content records: the status reported, its evidence and note. */
  status?: string;
  document?: string;
  note?: string;
  late: boolean;
}

export interface JsonReason {
  reason: string;
  message: string;
  params: Record<string, unknown>;
  evidence?: JsonEvidence;
}

export interface JsonObligation {
  type: ObligationType;
  id: string;
  owner: string;
  required: number;
  actual: number;
  /** The last day that counts; `dueAs`, the deadline as the plan words it ({before: …} or {by: …}), when it does. */
  due: string;
  dueAs?: { before: string } | { by: string };
  outcome: Outcome;
  evidence: JsonEvidence[];
  reasons: JsonReason[];
  ownerName: string | null;
  title: string | null;
  movement: string | null;
  phase: string | null;
  max: number | null;
  /** "2/3". */
  progress: string;
  waiver: { reason: string; document: string; expires: string | null; inForce: boolean; realOutcome: Outcome; file: string; line: number } | null;
  /** Anniversaries: the occurrence's day and ordinal; `instance` when the window holds several. */
  date?: string;
  years?: number;
  instance?: string;
  /** Events: their first day, whether the days are only planned, and the planned days once the real ones are known. */
  from?: string;
  provisional?: true;
  planned?: { from: string; to: string };
}

export interface JsonReport {
  plan: string;
  asOf: string;
  outcome: Outcome;
  obligations: JsonObligation[];
  contents: { id: string; outcome: 'pass' | 'fail' | 'note'; basis: string; says: string; message: string }[];
  planYear: number;
  planTitle: string | null;
  planFile: string;
  regime: string;
  unit: string | null;
  totals: { overall: Counts; movements: JsonGroup[]; phases: JsonGroup[]; units: JsonGroup[] };
  waivedFindings: { rule: string; file: string; line: number; message: string; document: string; reason: string; expires: string | null }[];
  findings: { kind: string; record: string; file: string; line: number; message: string; first: { file: string; line: number } | null }[];
  progressFiles: string[];
}

interface JsonGroup {
  id: string;
  name: string;
  outcome: Outcome;
  counts: Counts;
}

const iso = (d: CalDate | undefined): string | null => (d ? toISO(d) : null);

/** Params may hold CalDates; the contract only ever carries ISO strings. */
function plainParams(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined) continue;
    out[k] = v && typeof v === 'object' && 'y' in v && 'm' in v && 'd' in v ? toISO(v as CalDate) : v;
  }
  return out;
}

function evidence(e: Evidence): JsonEvidence {
  return {
    record: e.record,
    file: e.file,
    line: e.line,
    unit: e.unit,
    unitName: e.unitName ?? null,
    by: e.by,
    date: iso(e.date),
    ...(e.form !== undefined && { form: e.form }),
    ...(e.achieved !== undefined && { achieved: e.achieved }),
    ...(e.title !== undefined && { title: e.title }),
    ...(e.status !== undefined && { status: e.status }),
    ...(e.document !== undefined && { document: e.document }),
    ...(e.note !== undefined && { note: e.note }),
    late: Boolean(e.late),
  };
}

const reason = (r: Reason, lang: Lang): JsonReason => ({
  reason: r.reason,
  message: reasonText(r, lang),
  params: plainParams(r.params),
  ...(r.evidence && { evidence: evidence(r.evidence) }),
});

const group = (g: GroupTotal): JsonGroup => ({ id: g.id, name: g.name, outcome: g.outcome, counts: g.counts });

export function toJson(r: ComplianceReport, lang: Lang): JsonReport {
  return {
    plan: r.plan.id,
    asOf: toISO(r.asOf),
    outcome: r.outcome,
    obligations: r.obligations.map((o) => ({
      type: o.type,
      id: o.id,
      owner: o.owner,
      required: o.required,
      actual: o.actual,
      due: toISO(o.due),
      ...(o.dueAs && { dueAs: o.dueAs.form === 'before' ? { before: toISO(o.dueAs.date) } : { by: toISO(o.dueAs.date) } }),
      outcome: o.outcome,
      evidence: o.evidence.map(evidence),
      reasons: o.reasons.map((x) => reason(x, lang)),
      ownerName: o.ownerName ?? null,
      title: o.title ?? null,
      movement: o.movement ?? null,
      phase: o.phase ?? null,
      max: o.max ?? null,
      progress: progressText(o, 'machine'),
      ...(o.date && { date: toISO(o.date) }),
      ...(o.years !== undefined && { years: o.years }),
      ...(o.instance && { instance: o.instance }),
      ...(o.type === 'event' && o.from && { from: toISO(o.from) }),
      ...(o.provisional && { provisional: true as const }),
      ...(o.planned && { planned: { from: toISO(o.planned.from), to: toISO(o.planned.to) } }),
      waiver: o.waiver
        ? { reason: o.waiver.reason, document: o.waiver.document, expires: iso(o.waiver.expires), inForce: o.waiver.inForce, realOutcome: o.waiver.realOutcome, file: o.waiver.place.file, line: o.waiver.place.line }
        : null,
    })),
    contents: r.contents.map((c) => ({ id: c.id, outcome: c.outcome, basis: c.basis, says: c.says[lang], message: c.message[lang] })),
    planYear: r.plan.year,
    planTitle: r.plan.title ?? null,
    planFile: r.plan.file,
    regime: r.regime,
    unit: r.unit ?? null,
    totals: { overall: r.totals.overall, movements: r.totals.movements.map(group), phases: r.totals.phases.map(group), units: r.totals.units.map(group) },
    findings: r.findings.map((f) => ({
      kind: f.kind,
      record: f.record,
      file: f.place.file,
      line: f.place.line,
      message: findingText(f, lang),
      first: f.first ? { file: f.first.file, line: f.first.line } : null,
    })),
    waivedFindings: r.waivedFindings.map((w) => ({ rule: w.rule, file: w.file, line: w.line, message: w.message, document: w.document, reason: w.reason, expires: w.expires ? toISO(w.expires) : null })),
    progressFiles: r.progressFiles,
  };
}

export const reportJson: TextRenderer<ComplianceReport> = (r, o) => JSON.stringify(toJson(r, o.lang), null, 2) + '\n';
