/**
 * The plan year at a glance: every dated thing of a plan in date order, with
 * its state on the as-of day. Pure: the same workspace and as-of day always
 * give the same view, which every schedule format renders.
 */
import { compareDates, daysBetween, endOfYear, parseDate, startOfYear, type CalDate } from '../model/date.js';
import type { MilestoneType, Owner, PlanDoc } from '../model/types.js';
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc, Workspace } from '../load/workspace.js';
import { indexProgress } from '../domain/progress-index.js';
import {
  issueDay,
  ownersOf,
  phaseAt,
  phaseOfAnniversary,
  phaseWindows,
  resolveAnniversary,
  unitName,
  type OwnerUnit,
  type PhaseWindow,
} from '../domain/plan-facts.js';

export type ScheduleItemType = 'plan-issued' | 'phase' | 'anniversary' | 'movement' | 'milestone';

/**
 * Windows (phases, movements) are upcoming, open or closed; single days are
 * upcoming, today or past, except milestones, which are overdue when past and
 * done when every owner has reported them done.
 */
export type ScheduleState = 'upcoming' | 'open' | 'closed' | 'today' | 'past' | 'overdue' | 'done';

export interface ScheduleItem {
  type: ScheduleItemType;
  id: string;
  title: string;
  start: CalDate;
  /** Inclusive, as plans write it. */
  end: CalDate;
  /** Anniversaries: the computed ordinal, the origin, năm tròn and năm lẻ 5. */
  years?: number;
  origin?: CalDate;
  round?: boolean;
  five?: boolean;
  /** The phase the item falls in (plan issue, anniversaries, milestones). */
  phase?: string;
  /** Milestones: the movement the deadline belongs to, when the plan says. */
  movement?: string;
  /** Milestones: the owner as the plan writes it, and the units it names. */
  owner?: Owner;
  owners?: OwnerUnit[];
  /** Milestones: how many of the owners have reported it done. */
  doneBy?: number;
  milestoneType?: MilestoneType;
  movementForm?: 'regular' | 'thematic';
  state: ScheduleState;
  /**
   * Days from the as-of day: to the start of an upcoming window, to the end
   * of an open one (0 = its last day), negative since the end of a closed one;
   * for a single day, to that day (negative when past).
   */
  days: number;
}

export interface ScheduleView {
  plan: { id: string; title: string; year: number; issued: CalDate; issuer?: string };
  year: number;
  asOf: CalDate;
  /** The range shown (inclusive): the plan year unless narrowed. */
  from: CalDate;
  to: CalDate;
  phases: PhaseWindow[];
  items: ScheduleItem[];
}

export interface ScheduleInput {
  ws: Workspace;
  scope: Scope;
  plan: LoadedDoc<PlanDoc>;
  asOf: CalDate;
  from?: CalDate;
  to?: CalDate;
}

const TYPE_ORDER: Record<ScheduleItemType, number> = { 'plan-issued': 0, phase: 1, movement: 2, anniversary: 3, milestone: 4 };

export function windowState(start: CalDate, end: CalDate, asOf: CalDate): { state: ScheduleState; days: number } {
  if (compareDates(asOf, start) < 0) return { state: 'upcoming', days: daysBetween(asOf, start) };
  if (compareDates(asOf, end) <= 0) return { state: 'open', days: daysBetween(asOf, end) };
  return { state: 'closed', days: daysBetween(asOf, end) };
}

export function dayState(day: CalDate, asOf: CalDate, pastState: 'past' | 'overdue' = 'past'): { state: ScheduleState; days: number } {
  const days = daysBetween(asOf, day);
  return { state: days > 0 ? 'upcoming' : days === 0 ? 'today' : pastState, days };
}

const overlaps = (s: CalDate, e: CalDate, from: CalDate, to: CalDate): boolean => compareDates(s, to) <= 0 && compareDates(e, from) >= 0;

export function buildSchedule(input: ScheduleInput): ScheduleView {
  const { scope, asOf } = input;
  const plan = input.plan.data;
  const year = plan.year;
  const units = scope.unitsFor(input.plan);
  const phases = phaseWindows(plan);
  const progress = indexProgress(scope.progressFor(input.plan), { asOf });
  const items: ScheduleItem[] = [];
  const issued = issueDay(plan);

  const issuedPhase = phaseAt(phases, issued);
  items.push({
    type: 'plan-issued',
    id: plan.id,
    title: (plan.title ?? plan.id).normalize('NFC'),
    start: issued,
    end: issued,
    ...(issuedPhase && { phase: issuedPhase.id }),
    ...dayState(issued, asOf),
  });

  for (const p of phases) items.push({ type: 'phase', id: p.id, title: p.name, start: p.from, end: p.to, ...windowState(p.from, p.to, asOf) });

  // A movement of several years belongs on this year's page only when its period touches the year.
  for (const m of plan.movements ?? []) {
    const start = m.period?.from ? parseDate(m.period.from) : undefined;
    const end = m.period?.to ? parseDate(m.period.to) : undefined;
    if (!start || !end || !overlaps(start, end, startOfYear(year), endOfYear(year))) continue;
    items.push({ type: 'movement', id: m.id, title: m.title.normalize('NFC').replace(/\s+/g, ' ').trim(), start, end, movementForm: m.form, ...windowState(start, end, asOf) });
  }

  for (const a of plan.anniversaries ?? []) {
    const r = resolveAnniversary(a, year);
    if (!r) continue;
    const phase = phaseOfAnniversary(phases, r);
    items.push({
      type: 'anniversary',
      id: r.id,
      title: r.title,
      start: r.date,
      end: r.date,
      ...(r.years !== undefined && { years: r.years }),
      ...(r.origin && { origin: r.origin }),
      round: r.round,
      five: r.five,
      ...(phase && { phase: phase.id }),
      ...dayState(r.date, asOf),
    });
  }

  for (const m of plan.milestones ?? []) {
    const due = parseDate(m.due);
    if (!due) continue;
    const owners = ownersOf(units, m.owner, plan);
    const doneBy = owners.filter((o) => progress.milestoneDone(m.id, o.id)).length;
    const phase = phaseAt(phases, due);
    const st = owners.length > 0 && doneBy === owners.length ? { state: 'done' as const, days: daysBetween(asOf, due) } : dayState(due, asOf, 'overdue');
    items.push({
      type: 'milestone',
      id: m.id,
      title: (m.title ?? m.id).normalize('NFC'),
      start: due,
      end: due,
      ...(phase && { phase: phase.id }),
      ...(m.movement && { movement: m.movement }),
      ...(m.owner !== undefined && { owner: m.owner }),
      owners,
      doneBy,
      ...(m.type && { milestoneType: m.type }),
      ...st,
    });
  }

  const from = input.from ?? startOfYear(year);
  const to = input.to ?? endOfYear(year);
  const shown = items
    .filter((i) => overlaps(i.start, i.end, from, to))
    .sort((a, b) => compareDates(a.start, b.start) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compareDates(a.end, b.end) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    plan: {
      id: plan.id,
      title: (plan.title ?? plan.id).normalize('NFC'),
      year,
      issued,
      ...(plan.issuer && { issuer: unitName(units, plan.issuer) }),
    },
    year,
    asOf,
    from,
    to,
    phases,
    items: shown,
  };
}
