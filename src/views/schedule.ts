/**
 * The plan year at a glance: every dated thing of a plan in date order, with
 * its state on the as-of day. Pure: the same workspace and as-of day always
 * give the same view, which every schedule format renders.
 */
import { compareDates, daysBetween, type CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc, Workspace } from '../load/workspace.js';
import { planModel } from '../domain/model.js';
import { phaseAt, type Occurrence, type PhaseWindow } from '../domain/occurrences.js';
import { ownersOf, unitName, type OwnerUnit } from '../domain/units.js';
import { ownWindow, planWindow } from '../domain/windows.js';

/** Every occurrence type of the domain, and the plan's issue. */
export type ScheduleItemType = 'plan-issued' | 'phase' | 'anniversary' | 'event' | 'movement' | 'milestone' | 'quota' | 'target' | 'content';

/**
 * Windows (phases, movements) are upcoming, open or closed; single days are
 * upcoming, today or past, except deadlines (milestones, quota and target due
 * dates), which are overdue when past and done when every owner's line is met.
 */
export type ScheduleState = 'upcoming' | 'open' | 'closed' | 'today' | 'past' | 'overdue' | 'done';

/** An occurrence of the domain (its dates, ordinal and marks are the domain's), placed on the as-of day. */
export interface ScheduleItem extends Omit<Occurrence, 'type'> {
  type: ScheduleItemType;
  /** Deadlines: the units the owner names. */
  owners?: OwnerUnit[];
  /** Deadlines: how many of the owners' lines are met. */
  doneBy?: number;
  state: ScheduleState;
  /**
   * Days from the as-of day: to the start of an upcoming window, to the end
   * of an open one (0 = its last day), negative since the end of a closed one;
   * for a single day, to that day (negative when past).
   */
  days: number;
}

export interface ScheduleView {
  /** `window`: the plan's own period (a drive, a school year), which titles name instead of its year. */
  plan: { id: string; uid?: string; title: string; year: number; window?: { from: CalDate; to: CalDate }; issued: CalDate; issuer?: string };
  year: number;
  asOf: CalDate;
  /** The range shown (inclusive): the plan's window (its year, or its own period) unless narrowed. */
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

const TYPE_ORDER: Record<ScheduleItemType, number> = { 'plan-issued': 0, phase: 1, movement: 2, anniversary: 3, event: 4, milestone: 5, quota: 6, target: 7, content: 8 };

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

/** Deadlines (milestones, and quotas, targets and contents with a due date of their own): done when every owner's line is met. */
const DEADLINES: ReadonlySet<ScheduleItemType> = new Set(['milestone', 'quota', 'target', 'content']);

/** A day something is due (a milestone, a quota's or target's own due date). */
export const isDeadline = (i: { type: ScheduleItemType }): boolean => DEADLINES.has(i.type);
const DONE = new Set(['pass', 'late']);

export function buildSchedule(input: ScheduleInput): ScheduleView {
  const { asOf } = input;
  const model = planModel(input.scope, input.plan, asOf);
  const { plan, units, phases } = model;
  const year = plan.year;
  const items: ScheduleItem[] = [];
  const issued = model.issued;
  const met = new Set(model.obligations.filter((o) => DONE.has(o.outcome)).map((o) => `${o.type}\0${o.id}\0${o.owner}`));

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

  // The plan's window: its year, or its own period (a drive, a school year).
  const thisYear = planWindow(plan);
  for (const o of model.occurrences) {
    const { type, id, title, start, end } = o;
    const base = { type, id, title, start, end, ...(o.phase && { phase: o.phase }), ...(o.instance && { instance: o.instance }) };
    if (type === 'phase') items.push({ ...base, ...windowState(start, end, asOf) });
    // A movement of several years belongs on this year's page only when its period touches the year.
    else if (type === 'movement') {
      if (overlaps(start, end, thisYear.from, thisYear.to)) items.push({ ...base, ...(o.movementForm && { movementForm: o.movementForm }), ...(o.provisional && { provisional: true }), ...windowState(start, end, asOf) });
    } else if (type === 'anniversary') {
      items.push({
        ...base,
        ...(o.years !== undefined && { years: o.years }),
        ...(o.origin && { origin: o.origin }),
        round: Boolean(o.round),
        five: Boolean(o.five),
        ...dayState(start, asOf),
      });
    } else if (type === 'event') {
      items.push({ ...base, ...(o.provisional && { provisional: true }), ...(o.planned && { planned: o.planned }), ...(compareDates(start, end) < 0 ? windowState(start, end, asOf) : dayState(start, asOf)) });
    } else if (DEADLINES.has(type)) {
      const owners = ownersOf(units, o.owner, plan, issued);
      const doneBy = owners.filter((u) => met.has(`${type}\0${id}\0${u.id}`)).length;
      const st = owners.length > 0 && doneBy === owners.length ? { state: 'done' as const, days: daysBetween(asOf, start) } : dayState(start, asOf, 'overdue');
      items.push({
        ...base,
        ...(o.movement && { movement: o.movement }),
        ...(o.owner !== undefined && { owner: o.owner }),
        owners,
        doneBy,
        ...(o.milestoneType && { milestoneType: o.milestoneType }),
        ...(o.dueAs && { dueAs: o.dueAs }),
        ...st,
      });
    }
  }

  const from = input.from ?? thisYear.from;
  const to = input.to ?? thisYear.to;
  const shown = items
    .filter((i) => overlaps(i.start, i.end, from, to))
    .sort((a, b) => compareDates(a.start, b.start) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compareDates(a.end, b.end) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    plan: {
      id: plan.id,
      ...(plan.uid !== undefined && { uid: plan.uid }),
      title: (plan.title ?? plan.id).normalize('NFC'),
      year,
      ...(ownWindow(plan) && { window: ownWindow(plan) }),
      issued,
      ...(plan.issuer && { issuer: unitName(units, plan.issuer) ?? plan.issuer }),
    },
    year,
    asOf,
    from,
    to,
    phases,
    items: shown,
  };
}
