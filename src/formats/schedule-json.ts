/**
 * The schedule as JSON, a contract for outside tools (docs/schedule.md):
 * `{plan, year, asOf, from, to, items: [{type, id, title, start, end, …}]}`,
 * ISO dates, inclusive ends. Fields are added, never renamed.
 */
import type { ScheduleView } from '../views/schedule.js';
import { toJson } from './shared-text.js';

export function scheduleJson(v: ScheduleView): string {
  return toJson({
    plan: v.plan.id,
    title: v.plan.title,
    year: v.year,
    asOf: v.asOf,
    from: v.from,
    to: v.to,
    items: v.items.map((i) => ({
      type: i.type,
      id: i.id,
      title: i.title,
      start: i.start,
      end: i.end,
      ...(i.years !== undefined && { years: i.years }),
      ...(i.origin && { origin: i.origin }),
      ...(i.type === 'anniversary' && { round: Boolean(i.round), five: Boolean(i.five) }),
      ...(i.phase && { phase: i.phase }),
      ...(i.owner !== undefined && { owner: i.owner }),
      ...(i.owners && { owners: i.owners.map((u) => ({ id: u.id, name: u.name })) }),
      ...(i.doneBy !== undefined && { doneBy: i.doneBy }),
      ...(i.milestoneType && { milestoneType: i.milestoneType }),
      ...(i.movement && { movement: i.movement }),
      ...(i.movementForm && { form: i.movementForm }),
      ...(i.provisional && { provisional: true }),
      ...(i.planned && { planned: i.planned }),
      state: i.state,
      days: i.days,
    })),
  });
}
