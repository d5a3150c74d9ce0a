/**
 * How `thidua new` moves a date: with the window it belongs to.
 *
 * The old plan's window (its year, or its `period`) becomes the new one (the
 * next year, the next school year, or a window the clerk gives). Each edge
 * moves by its own offset: whole years when the new edge has the same day and
 * month (05/09/2025 → 05/09/2026: clerks keep calendar days such as the
 * school opening, not weekdays), otherwise a number of days. A date moves
 * with the edge it belongs to: one before the window or in its first half
 * with the start (a launch stays just after the start), one in its second
 * half or after it with the end (a closing review stays just after the end).
 * When both edges move alike, every date moves alike.
 */
import { addDays, compareDates, daysBetween, inYear, type CalDate } from '../model/date.js';

export interface Span {
  from: CalDate;
  to: CalDate;
}

/** Whole years (same day and month) or a number of days. */
export type Offset = { years: number } | { days: number };

export interface WindowShift {
  old: Span;
  next: Span;
  start: Offset;
  end: Offset;
}

/** The offset from one edge to the other: years when the day and month are kept (29/02 → 28/02 counts). */
export function offsetOf(a: CalDate, b: CalDate): Offset {
  if (b.y !== a.y && compareDates(inYear(a, b.y), b) === 0) return { years: b.y - a.y };
  return { days: daysBetween(a, b) };
}

export function applyOffset(d: CalDate, o: Offset): CalDate {
  return 'years' in o ? inYear(d, d.y + o.years) : addDays(d, o.days);
}

export function windowShift(old: Span, next: Span): WindowShift {
  return { old, next, start: offsetOf(old.from, next.from), end: offsetOf(old.to, next.to) };
}

/** The window shifted by whole years (the next year, the next school year). */
export function shiftByYears(old: Span, years: number): WindowShift {
  const o = { years };
  return { old, next: { from: applyOffset(old.from, o), to: applyOffset(old.to, o) }, start: o, end: o };
}

/** Where a date of the old window goes in the new one. */
export function moveDate(d: CalDate, s: WindowShift): CalDate {
  if (compareDates(d, s.old.from) <= 0) return applyOffset(d, s.start);
  if (compareDates(d, s.old.to) > 0) return applyOffset(d, s.end);
  const withStart = daysBetween(s.old.from, d) <= daysBetween(d, s.old.to);
  return applyOffset(d, withStart ? s.start : s.end);
}

/** The number of years every date moves by, when both edges move by the same whole years. */
export function wholeYears(s: WindowShift): number | undefined {
  return 'years' in s.start && 'years' in s.end && s.start.years === s.end.years ? s.start.years : undefined;
}

export const inSpan = (d: CalDate, w: Span): boolean => compareDates(w.from, d) <= 0 && compareDates(d, w.to) <= 0;
