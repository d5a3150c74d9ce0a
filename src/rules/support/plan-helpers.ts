import { compareDates, endOfYear, parseDate, startOfYear, toVN, type CalDate } from '../../model/date.js';
import { plans, type LoadedDoc, type Workspace } from '../../load/workspace.js';
import type { PlanDoc } from '../../model/types.js';
import { hasOwnWindow, planWindow } from '../../domain/windows.js';
import { windowJudgeable } from '../../domain/year-at-odds.js';

/** A span of days, both ends included. */
export interface Range {
  from: CalDate;
  to: CalDate;
}

/** Both ends parsed, or undefined when one is absent or not a real day (`dates-exist` reports those). */
export function rangeOf(from: string | undefined, to: string | undefined): Range | undefined {
  const f = from ? parseDate(from) : undefined;
  const t = to ? parseDate(to) : undefined;
  return f && t ? { from: f, to: t } : undefined;
}

export const yearRange = (year: number): Range => ({ from: startOfYear(year), to: endOfYear(year) });

export const inRange = (d: CalDate, r: Range): boolean => compareDates(r.from, d) <= 0 && compareDates(d, r.to) <= 0;

export const overlaps = (a: Range, b: Range): boolean => compareDates(a.from, b.to) <= 0 && compareDates(b.from, a.to) <= 0;

export { anniversaryDay } from '../../domain/occurrences.js';

/** A related-location note in the workspace's language (notes carry one string). */
export const note = (ws: Workspace, vi: string, en: string): string => (ws.lang === 'vi' ? vi : en);

/** The plan's window as a range: its year, or its own period (domain/windows.ts). */
export const planRange = (plan: PlanDoc): Range => planWindow(plan);

/**
 * How messages name the plan's window: "năm kế hoạch 2018" for a yearly plan,
 * "thời gian kế hoạch 02/06/2024 – 06/01/2026" for a plan with its own period.
 */
export function windowParams(plan: PlanDoc): { year: number; windowVi: string; windowEn: string } {
  if (!hasOwnWindow(plan)) return { year: plan.year, windowVi: `năm kế hoạch ${plan.year}`, windowEn: `the plan year ${plan.year}` };
  const w = planWindow(plan);
  return { year: plan.year, windowVi: `thời gian kế hoạch ${toVN(w.from)} – ${toVN(w.to)}`, windowEn: `the plan's window ${toVN(w.from)} – ${toVN(w.to)}` };
}

/**
 * The plans whose dates the rules may judge against their window (src/domain/year-at-odds.ts):
 * not one whose dates all fall in another year (`year-matches-dates` reports it once), nor
 * one whose window ends before it starts (`periods-ordered`).
 */
export const plansInTheirWindow = (ws: Workspace): LoadedDoc<PlanDoc>[] => plans(ws).filter((d) => windowJudgeable(d.data));
