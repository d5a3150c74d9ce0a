/**
 * Facts about a plan as a whole: the day its owners are judged on, and the
 * window its undated obligations fall due at the end of.
 */
import { compareDates, parseDate, startOfYear, type CalDate } from '../model/date.js';
import type { Due, Movement, PlanDoc } from '../model/types.js';
import { deadlineOf } from './deadlines.js';
import { hasOwnWindow, periodWindow, planWindow } from './windows.js';

/** The day units are checked against: the plan's issue date (units change; old plans stay valid). */
export function issueDay(plan: PlanDoc): CalDate {
  return (plan.issued ? parseDate(plan.issued) : undefined) ?? startOfYear(plan.year);
}

export { planWindow } from './windows.js';

/**
 * When an obligation is due: the last day its own `due` counts (domain/deadlines.ts), else the end of the window it
 * belongs to — its movement's (inside the plan's) for a plan with its own
 * window (a drive, a school year), else the plan's. A yearly plan's undated
 * obligations stay due on 31/12 whatever their movement's period, as they
 * always were.
 */
export function dueOf(plan: PlanDoc, due: Due | undefined, movement?: Movement): CalDate {
  const own = deadlineOf(due)?.last;
  if (own) return own;
  const window = planWindow(plan);
  if (!hasOwnWindow(plan) || !movement?.period) return window.to;
  const end = periodWindow(plan, movement.period, window).to;
  return compareDates(end, window.to) < 0 ? end : window.to;
}

export type PlanIds = { quotas: string[]; targets: string[]; contents: string[]; milestones: string[]; anniversaries: string[]; movements: string[]; basis: string[]; events: string[] };
const planIdsCache = new WeakMap<PlanDoc, PlanIds>();

/** The ids a plan declares, per collection; computed once per plan (many progress files ask). */
export function planIds(plan: PlanDoc): PlanIds {
  let ids = planIdsCache.get(plan);
  if (!ids) planIdsCache.set(plan, (ids = collectPlanIds(plan)));
  return ids;
}

function collectPlanIds(plan: PlanDoc): PlanIds {
  const movements = plan.movements ?? [];
  return {
    quotas: movements.flatMap((m) => (m.quotas ?? []).map((x) => x.id)),
    targets: movements.flatMap((m) => (m.targets ?? []).map((x) => x.id)),
    contents: movements.flatMap((m) => (m.contents ?? []).map((x) => x.id)),
    milestones: (plan.milestones ?? []).map((x) => x.id),
    anniversaries: (plan.anniversaries ?? []).map((x) => x.id),
    movements: movements.map((x) => x.id),
    basis: (plan.basis ?? []).flatMap((x) => (x.ref !== undefined ? [x.ref] : [])),
    events: (plan.events ?? []).map((x) => x.id),
  };
}
