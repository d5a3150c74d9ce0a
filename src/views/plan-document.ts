/**
 * The plan as the Kế hoạch a leader signs (`thidua document`): its frame, its
 * bases, and its contents in the order of the document — purpose, movements
 * with their targets and quotas, phases with the anniversaries they
 * commemorate, organisation. Pure. Every date and ordinal comes from
 * plan-facts, as in the schedule and the checklist; renderers only word them.
 */
import { dateOf, type CalDate } from '../model/date.js';
import type { Due, MilestoneType, Owners, PlanDoc } from '../model/types.js';
import { deadlineOf, dueWording, type DueWording } from '../domain/deadlines.js';
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc } from '../load/workspace.js';
import { aimedOccurrence, phaseOfAnniversary, phaseWindows, type ResolvedAnniversary } from '../domain/occurrences.js';
import { issueDay } from '../domain/plan-facts.js';
import { ownersOf, type OwnerUnit } from '../domain/units.js';
import { documentFrame, type DocumentFrame } from './document-frame.js';

export interface DocBasis {
  /** Absent when the document has no published number: cited by title and date. */
  ref?: string;
  date?: CalDate;
  issuer?: string;
  title?: string;
}

export interface DocTask {
  id: string;
  title: string;
  /** The owner as the plan writes it, and the units it names on the issue date. */
  owner?: Owners;
  owners: OwnerUnit[];
  /** The last day that counts; `dueAs`, the deadline as worded ("trước ngày 15/10/2025"), when it is. */
  due?: CalDate;
  dueAs?: DueWording;
}

export interface DocTarget extends DocTask {
  count?: number;
}

export interface DocQuota extends DocTask {
  select: string;
  min?: number;
  max?: number;
  tags: string[];
  withinOwner: boolean;
  forms: string[];
}

export interface DocMovement {
  id: string;
  form: 'regular' | 'thematic';
  title: string;
  period?: { from: CalDate; to: CalDate };
  theme?: string;
  basis: string[];
  targets: DocTarget[];
  /** Content items (nội dung): work with no count. */
  contents: DocTask[];
  quotas: DocQuota[];
  commemorates: ResolvedAnniversary[];
}

export interface DocPhase {
  id: string;
  name: string;
  from: CalDate;
  to: CalDate;
  anniversaries: ResolvedAnniversary[];
}

export interface DocMilestone extends DocTask {
  type?: MilestoneType;
  movement?: string;
}

export interface PlanDocumentView {
  frame: DocumentFrame;
  plan: { id: string; year: number; issuerName?: string };
  /** Trích yếu: the title without its leading "Kế hoạch". */
  summary: string;
  bases: DocBasis[];
  objectives: string[];
  scope?: string;
  participants: string[];
  measures: string[];
  movements: DocMovement[];
  phases: DocPhase[];
  /** Anniversaries no phase holds. */
  otherAnniversaries: ResolvedAnniversary[];
  milestones: DocMilestone[];
}

const text = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** "Kế hoạch phát động …" → "Phát động …". */
export function summaryOf(title: string): string {
  const rest = text(title).replace(/^kế hoạch\s+/iu, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

export function buildPlanDocument(input: { scope: Scope; plan: LoadedDoc<PlanDoc> }): PlanDocumentView {
  const plan = input.plan.data;
  const units = input.scope.unitsFor(input.plan);
  const day = issueDay(plan);
  const task = (id: string, title: string, owner: Owners | undefined, due: Due | undefined): DocTask => ({
    id,
    title: text(title),
    ...(owner !== undefined && { owner }),
    owners: ownersOf(units, owner, plan, day),
    ...(deadlineOf(due) && { due: deadlineOf(due)!.last }),
    ...(dueWording(due) && { dueAs: dueWording(due)! }),
  });
  // The occurrence the plan aims at (80 năm on 06/01/2026 for a drive issued in 2024), as every view counts it.
  const resolved = (plan.anniversaries ?? []).flatMap((a) => aimedOccurrence(a, plan) ?? []);
  const byId = new Map(resolved.map((a) => [a.id, a]));
  const windows = phaseWindows(plan);
  const phaseOf = new Map(resolved.map((a) => [a.id, phaseOfAnniversary(windows, a)?.id]));
  const movements: DocMovement[] = (plan.movements ?? []).map((m) => {
    const from = dateOf(m.period?.from);
    const to = dateOf(m.period?.to);
    return {
      id: m.id,
      form: m.form,
      title: text(m.title),
      ...(from && to && { period: { from, to } }),
      ...(m.theme && { theme: text(m.theme) }),
      basis: m.basis ?? [],
      targets: (m.targets ?? []).map((t) => ({ ...task(t.id, t.title ?? t.id, t.owner, t.due), ...(t.count !== undefined && { count: t.count }) })),
      contents: (m.contents ?? []).map((c) => task(c.id, c.title, c.owner, c.due)),
      quotas: (m.quotas ?? []).map((q) => ({
        ...task(q.id, q.purpose ?? q.id, q.owner, q.due),
        select: q.select,
        ...(q.min !== undefined && { min: q.min }),
        ...(q.max !== undefined && { max: q.max }),
        tags: q.where?.tags ?? [],
        withinOwner: q.within === 'owner',
        forms: (q.forms ?? []).map((f) => text(f.title ?? f.id)),
      })),
      commemorates: (m.commemorates ?? []).flatMap((id) => byId.get(id) ?? []),
    };
  });
  const issuerName = plan.issuer ? units.get(plan.issuer)?.unit.name : undefined;
  return {
    frame: documentFrame(plan, units),
    plan: { id: plan.id, year: plan.year, ...(issuerName && { issuerName: text(issuerName) }) },
    summary: summaryOf(plan.title ?? plan.id),
    bases: (plan.basis ?? []).map((b) => ({
      ...(b.ref !== undefined && { ref: b.ref }),
      ...(dateOf(b.date) && { date: dateOf(b.date)! }),
      ...(b.issuer && { issuer: text(b.issuer) }),
      ...(b.title && { title: text(b.title) }),
    })),
    objectives: (plan.objectives ?? []).map(text),
    ...(plan.scope && { scope: text(plan.scope) }),
    participants: (plan.participants ?? []).map(text),
    measures: (plan.measures ?? []).map(text),
    movements,
    phases: windows.map((p) => ({ id: p.id, name: p.name, from: p.from, to: p.to, anniversaries: resolved.filter((a) => phaseOf.get(a.id) === p.id) })),
    otherAnniversaries: resolved.filter((a) => phaseOf.get(a.id) === undefined),
    milestones: (plan.milestones ?? []).flatMap((m) => {
      const t = task(m.id, m.title ?? m.id, m.owner, m.due);
      return t.due ? [{ ...t, ...(m.type && { type: m.type }), ...(m.movement && { movement: m.movement }) }] : [];
    }),
  };
}
