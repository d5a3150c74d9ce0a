import { parseDate } from '../model/date.js';

/**
 * A plan with its own window (`period`) and no `year` gets the year its window
 * starts, so every plan has a year to be found by (`planYear`) and named by.
 * Both load paths (fast and full) call this before the schema check.
 */
export function withPlanYear(kind: unknown, obj: Record<string, unknown>): void {
  if (kind !== 'plan' || obj.year !== undefined) return;
  const from = (obj.period as { from?: unknown } | undefined)?.from;
  const start = typeof from === 'string' ? parseDate(from) : undefined;
  if (start) obj.year = start.y;
}
