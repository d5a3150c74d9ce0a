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
  // Plain loops: thousands of plans, each asked once, mostly before any of this code is optimised.
  const ids: PlanIds = { quotas: [], targets: [], contents: [], milestones: [], anniversaries: [], movements: [], basis: [], events: [] };
  for (const m of plan.movements ?? []) {
    ids.movements.push(m.id);
    if (m.quotas) for (const x of m.quotas) ids.quotas.push(x.id);
    if (m.targets) for (const x of m.targets) ids.targets.push(x.id);
    if (m.contents) for (const x of m.contents) ids.contents.push(x.id);
  }
  if (plan.milestones) for (const x of plan.milestones) ids.milestones.push(x.id);
  if (plan.anniversaries) for (const x of plan.anniversaries) ids.anniversaries.push(x.id);
  if (plan.basis) for (const x of plan.basis) if (x.ref !== undefined) ids.basis.push(x.ref);
  if (plan.events) for (const x of plan.events) ids.events.push(x.id);
  return ids;
}
