/**
 * Facts about a plan as a whole: the day its owners are judged on, and the
 * window its undated obligations fall due at the end of.
 */
import { endOfYear, parseDate, startOfYear, type CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';

/** The day units are checked against: the plan's issue date (units change; old plans stay valid). */
export function issueDay(plan: PlanDoc): CalDate {
  return (plan.issued ? parseDate(plan.issued) : undefined) ?? startOfYear(plan.year);
}

/** The plan's window: its calendar year. */
export function planWindow(plan: PlanDoc): { from: CalDate; to: CalDate } {
  return { from: startOfYear(plan.year), to: endOfYear(plan.year) };
}

/** When an obligation is due: its own `due`, else the end of the plan's window. */
export function dueOf(plan: PlanDoc, due: string | undefined): CalDate {
  return (due ? parseDate(due) : undefined) ?? planWindow(plan).to;
}

export type PlanIds = { quotas: string[]; targets: string[]; milestones: string[]; anniversaries: string[]; movements: string[]; basis: string[] };
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
    milestones: (plan.milestones ?? []).map((x) => x.id),
    anniversaries: (plan.anniversaries ?? []).map((x) => x.id),
    movements: movements.map((x) => x.id),
    basis: (plan.basis ?? []).flatMap((x) => (x.ref !== undefined ? [x.ref] : [])),
  };
}
