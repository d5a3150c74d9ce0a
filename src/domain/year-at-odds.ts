/**
 * Whether a yearly plan's `year` and its own dates disagree as a whole: every date that is
 * bound to the plan year — each phase's from and to, each movement period that lies within
 * one year, each milestone's due date — falls in one other year. That is one mistake (the
 * year changed and the dates not, or the other way round, in a plan copied from last year's),
 * which each rule judging a date against the year, or an anniversary's occurrence in it, would
 * otherwise report again: `year-matches-dates` reports it once, and those rules skip the plan.
 * At least two such dates: one date outside the year is that date's own mistake. A plan with
 * its own period (a drive, a stage, a school year) has no year to be at odds with.
 */
import { compareDates, parseDate } from '../model/date.js';
import type { DataPath, PlanDoc } from '../model/types.js';
import { dueText } from './deadlines.js';
import { hasOwnWindow, planWindow } from './windows.js';

export interface YearAtOdds {
  /** The one year the dates fall in. */
  year: number;
  /** How many dates say so. */
  dates: number;
  /** Where the first of them is written. */
  first: DataPath;
}

const memo = new WeakMap<PlanDoc, YearAtOdds | null>();

export function yearAtOdds(plan: PlanDoc): YearAtOdds | undefined {
  let r = memo.get(plan);
  if (r === undefined) memo.set(plan, (r = find(plan) ?? null));
  return r ?? undefined;
}

function find(plan: PlanDoc): YearAtOdds | null {
  if (hasOwnWindow(plan)) return null;
  let year: number | undefined;
  let dates = 0;
  let first: DataPath | undefined;
  // False as soon as a date lies in the plan year or in a second other year.
  const add = (text: string | undefined, path: () => DataPath): boolean => {
    const d = text ? parseDate(text) : undefined;
    if (!d) return true;
    if (d.y === plan.year || (year !== undefined && d.y !== year)) return false;
    year = d.y;
    dates++;
    first ??= path();
    return true;
  };
  const phases = plan.phases ?? [];
  for (let i = 0; i < phases.length; i++) if (!add(phases[i]!.from, () => ['phases', i, 'from']) || !add(phases[i]!.to, () => ['phases', i, 'to'])) return null;
  const movements = plan.movements ?? [];
  for (let i = 0; i < movements.length; i++) {
    const { from, to } = movements[i]!.period ?? {};
    const [f, t] = [from ? parseDate(from) : undefined, to ? parseDate(to) : undefined];
    // A movement of several years (2016–2020) is not bound to one plan year.
    if (!f || !t || f.y !== t.y) continue;
    if (!add(from, () => ['movements', i, 'period', 'from'])) return null;
  }
  const milestones = plan.milestones ?? [];
  for (let i = 0; i < milestones.length; i++) if (!add(dueText(milestones[i]!.due), () => ['milestones', i, 'due'])) return null;
  return year !== undefined && dates >= 2 ? { year, dates, first: first! } : null;
}

/**
 * Whether the rules may judge a plan's dates and anniversaries against its window: not when
 * its dates are all at odds with its year (above), nor when its window ends before it starts
 * (`periods-ordered` reports that; every date would be outside an empty window).
 */
export function windowJudgeable(plan: PlanDoc): boolean {
  if (yearAtOdds(plan)) return false;
  const w = planWindow(plan);
  return compareDates(w.from, w.to) <= 0;
}
