/**
 * A plan's window: the span of days it governs. A yearly plan's is its
 * calendar year; a drive (đợt thi đua), a stage plan or a school year gives
 * `period: {from, to}`, and a drive may end when an event happens
 * (`until: {event: id}`), on the event's date as known — actual, else
 * planned (provisional). Phases lie inside the window, coverage is judged
 * from its start, undated obligations fall due at its end, and the
 * anniversaries a plan works toward are the occurrences inside it.
 */
import { addDays, compareDates, daysInMonth, endOfYear, parseDate, startOfYear, type CalDate } from '../model/date.js';
import type { PlanDoc, PlanEvent, PlanPeriod } from '../model/types.js';

export interface Window {
  from: CalDate;
  to: CalDate;
  /** The end is an event's planned date, which may still move. */
  provisional?: boolean;
  /** The event the window ends at, when it ends at one. */
  until?: string;
}

export interface ResolvedEvent {
  id: string;
  title: string;
  from: CalDate;
  to: CalDate;
  /** Only planned so far: the date may move. */
  provisional: boolean;
  /** The days announced beforehand, when the real days are known (planned vs actual). */
  planned?: { from: CalDate; to: CalDate };
}

const span = (s: { from?: string; to?: string } | undefined): { from: CalDate; to: CalDate } | undefined => {
  const from = s?.from ? parseDate(s.from) : undefined;
  const to = s?.to ? parseDate(s.to) : from;
  return from && to ? { from, to } : undefined;
};

/** An event's days: actual, else its one `date`, else planned (provisional). Undefined when nothing dates it. */
export function resolveEvent(e: PlanEvent): ResolvedEvent | undefined {
  const title = (e.title ?? e.id).normalize('NFC');
  const planned = span(e.planned);
  const was = planned && { planned };
  const actual = span(e.actual);
  if (actual) return { id: e.id, title, ...actual, provisional: false, ...was };
  const day = e.date ? parseDate(e.date) : undefined;
  if (day) return { id: e.id, title, from: day, to: day, provisional: false, ...was };
  return planned ? { id: e.id, title, ...planned, provisional: true } : undefined;
}

export function planEvents(plan: PlanDoc): ResolvedEvent[] {
  return (plan.events ?? []).flatMap((e) => {
    const r = resolveEvent(e);
    return r ? [r] : [];
  });
}

/** A period's window, its missing ends taken from `outer`. */
export function periodWindow(plan: PlanDoc, period: PlanPeriod | undefined, outer: Window): Window {
  if (!period) return outer;
  const from = (period.from ? parseDate(period.from) : undefined) ?? outer.from;
  const event = period.until ? (plan.events ?? []).find((e) => e.id === period.until!.event) : undefined;
  const ends = event ? resolveEvent(event) : undefined;
  const to = (period.to ? parseDate(period.to) : undefined) ?? ends?.to ?? outer.to;
  return { from, to, ...(ends?.provisional && !period.to && { provisional: true }), ...(period.until && { until: period.until.event }) };
}

/** The plan's window: `period` when given (its missing ends from the plan year), else the plan year. */
export function planWindow(plan: PlanDoc): Window {
  const year = { from: startOfYear(plan.year), to: endOfYear(plan.year) };
  return plan.period ? periodWindow(plan, plan.period, year) : year;
}

/** True for a plan that gives its own window (a drive, a stage, a school year) rather than its year. */
export const hasOwnWindow = (plan: PlanDoc): boolean => plan.period !== undefined;

/** The window a title names: a plan's own period, or undefined for a yearly plan (named by its year). */
export const ownWindow = (plan: PlanDoc): { from: CalDate; to: CalDate } | undefined => {
  if (!hasOwnWindow(plan)) return undefined;
  const { from, to } = planWindow(plan);
  return { from, to };
};

export const inWindow = (d: CalDate, w: { from: CalDate; to: CalDate }): boolean => compareDates(w.from, d) <= 0 && compareDates(d, w.to) <= 0;

/** The years a window touches, first to last. */
export function windowYears(w: Window): number[] {
  const out: number[] = [];
  for (let y = w.from.y; y <= w.to.y; y++) out.push(y);
  return out;
}

/** What the law calls the plan: a yearly plan, a drive (đợt thi đua: under two years) or a stage plan (giai đoạn: two years or more). */
export type Shape = 'year' | 'drive' | 'stage';

export interface ShapedWindow {
  shape: Shape;
  from: CalDate;
  /** Undefined when the window ends at an event and gives no end date: the drive ends when the event is held. */
  to: CalDate | undefined;
}

/** The plan's window with its shape; a period of exactly one calendar year is a yearly plan. */
export function planShape(plan: PlanDoc): ShapedWindow {
  const w = planWindow(plan);
  if (!hasOwnWindow(plan)) return { shape: 'year', from: w.from, to: w.to };
  const to = plan.period?.until && !plan.period.to ? undefined : w.to;
  const from = w.from;
  if (to && from.m === 1 && from.d === 1 && to.y === from.y && to.m === 12 && to.d === 31) return { shape: 'year', from, to };
  // Two calendar years or more (to ≥ the day before the second anniversary of from) is a stage.
  const twoYears = addDays({ y: from.y + 2, m: from.m, d: Math.min(from.d, daysInMonth(from.y + 2, from.m)) }, -1);
  return { shape: to && compareDates(to, twoYears) >= 0 ? 'stage' : 'drive', from, to };
}

/** Both ends are days and the end comes first (an end that is not a day makes no reversed span). */
export function reversedSpan(from: string | undefined, to: string | undefined): boolean {
  const f = from ? parseDate(from) : undefined;
  const t = to ? parseDate(to) : undefined;
  return !!f && !!t && compareDates(f, t) > 0;
}
