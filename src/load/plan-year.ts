import { daysInMonth, parseDate, parseMonth, toISO } from '../model/date.js';

/**
 * A window bound written as a month ("từ tháng 10/2025 đến tháng 5/2026")
 * means the month's first day as a start and its last day as an end; it is
 * rewritten as that day here, so every reader of a period sees days. Text
 * that is neither a day nor a month stays as written, for `dates-exist`.
 */
function monthBounds(period: unknown): void {
  if (!period || typeof period !== 'object' || Array.isArray(period)) return;
  const p = period as Record<string, unknown>;
  for (const side of ['from', 'to'] as const) {
    const text = p[side];
    const month = typeof text === 'string' ? parseMonth(text) : undefined;
    if (month) p[side] = toISO({ ...month, d: side === 'from' ? 1 : daysInMonth(month.y, month.m) });
  }
}

/**
 * A plan with its own window (`period`) and no `year` gets the year its
 * window starts (a window without `from` starts on the issue date), so every plan has a year to be found by
 * (`planYear`) and named by; its window stays the period. Both load paths
 * (fast and full) call this before the schema check.
 */
export function withPlanYear(kind: unknown, obj: Record<string, unknown>): void {
  if (kind !== 'plan') return;
  monthBounds(obj.period);
  if (Array.isArray(obj.movements)) for (const m of obj.movements) if (m && typeof m === 'object') monthBounds((m as Record<string, unknown>).period);
  if (obj.year !== undefined) return;
  const period = obj.period as Record<string, unknown> | undefined;
  if (!period || typeof period !== 'object' || Array.isArray(period)) return;
  // With no year to start from, a window without `from` starts when the plan is issued.
  if (period.from === undefined && typeof obj.issued === 'string') period.from = obj.issued;
  const from = period.from;
  if (typeof from !== 'string') return;
  // A start that is no real day (31/02/2025, dates-exist's finding) still names its year.
  const year = parseDate(from)?.y ?? Number(/\d{4}/.exec(from)?.[0]);
  if (Number.isInteger(year)) obj.year = year;
}
