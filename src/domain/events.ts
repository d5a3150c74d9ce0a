/**
 * An event's date fixed later. A plan gives an event's planned (provisional)
 * days; the days it really took place may come later, from an amendment of
 * the plan (`events[].actual`) or from a progress file
 * (`events: [{event, held: {from, to}}]`). This is the one place that
 * decides which days are known on the as-of day; everything that depends on
 * them — a drive that ends at the event, the obligations due at its end, the
 * event's own line — is computed from the plan this returns.
 */
import type { LoadedDoc } from '../load/workspace.js';
import { compareDates, dateOf, type CalDate } from '../model/date.js';
import type { DaySpan, EventRecord, PlanDoc, ProgressDoc } from '../model/types.js';

interface Known {
  held: DaySpan;
  /** The day it was known: the progress file's asOf, else the event's last day. */
  on: CalDate;
}

/**
 * The days each event is known to have taken place, by event id, from the
 * progress records known on the as-of day (a record is known from its file's
 * asOf, else from the event's last day). When several files say it, the one
 * known last wins: a later report corrects an earlier one.
 */
export function heldEvents(docs: readonly LoadedDoc<ProgressDoc>[], asOf: CalDate): Map<string, DaySpan> {
  const best = new Map<string, Known>();
  for (const doc of docs) {
    const fileAsOf = dateOf(doc.data.asOf);
    for (const r of doc.data.events ?? ([] as EventRecord[])) {
      const from = dateOf(r.held?.from);
      const to = dateOf(r.held?.to) ?? from;
      if (!from || !to) continue;
      const on = fileAsOf ?? to;
      if (compareDates(on, asOf) > 0) continue;
      const cur = best.get(r.event);
      if (!cur || compareDates(cur.on, on) <= 0) best.set(r.event, { held: r.held, on });
    }
  }
  return new Map([...best].map(([id, k]) => [id, k.held]));
}

/**
 * The plan as known on the as-of day: each event the plan gives no `actual`
 * days for takes those a progress file records (the plan's own amendment
 * wins). The plan itself is returned when nothing changes.
 */
export function planAsKnown(plan: PlanDoc, docs: readonly LoadedDoc<ProgressDoc>[], asOf: CalDate): PlanDoc {
  if (!plan.events?.length) return plan;
  const held = heldEvents(docs, asOf);
  if (!held.size) return plan;
  let changed = false;
  const events = plan.events.map((e) => {
    const h = held.get(e.id);
    if (!h || e.actual) return e;
    changed = true;
    return { ...e, actual: h };
  });
  return changed ? { ...plan, events } : plan;
}
