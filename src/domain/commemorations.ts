/**
 * Which phases of a plan commemorate (chào mừng) each anniversary, and the
 * days they span. Worked out once per plan: its many progress files ask it
 * for every activity.
 */
import { compareDates, parseDate, type CalDate } from '../model/date.js';
import type { Phase, PlanDoc } from '../model/types.js';

/** The phases that commemorate an anniversary (k: the index in `phases`), and their spans: undefined when one is not a real span. */
export interface Commemorating {
  phases: { p: Phase; k: number }[];
  ranges?: { from: CalDate; to: CalDate }[];
}

/** Per anniversary id, the phases that commemorate it. */
export function commemorating(plan: PlanDoc): Map<string, Commemorating> {
  const out = new Map<string, Commemorating>();
  (plan.phases ?? []).forEach((p, k) => {
    for (const id of new Set(p.commemorates)) {
      const c = out.get(id) ?? { phases: [] };
      c.phases.push({ p, k });
      out.set(id, c);
    }
  });
  for (const c of out.values()) {
    const ranges = c.phases.map(({ p }) => span(p.from, p.to));
    // A phase date that is not a day, or a reversed phase, leaves no spans: another rule's finding, not a misplaced activity.
    if (ranges.every((r): r is { from: CalDate; to: CalDate } => !!r && compareDates(r.from, r.to) <= 0)) c.ranges = ranges;
  }
  return out;
}

function span(from: string, to: string): { from: CalDate; to: CalDate } | undefined {
  const f = from ? parseDate(from) : undefined;
  const t = to ? parseDate(to) : undefined;
  return f && t ? { from: f, to: t } : undefined;
}
