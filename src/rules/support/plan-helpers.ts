import { compareDates, endOfYear, parseDate, startOfYear, type CalDate } from '../../model/date.js';
import type { Workspace } from '../../load/workspace.js';

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
