/**
 * Events (a Party congress, an election day) the plan celebrates or aims at:
 * one line each, owned by the plan's issuer, dated by the days known on the
 * as-of day (domain/events.ts). Nothing is counted toward an event; its line
 * says whether it has taken place: pending until its last day, then pass
 * once its real days are known — an event still dated only by its planned
 * days stays pending with the reason that its date is not confirmed.
 */
import { planEvents } from './windows.js';
import { newLine, onOrBefore, type Ctx } from './obligations-context.js';
import type { Obligation } from './obligation-types.js';

export function eventObligations(ctx: Ctx): Obligation[] {
  return planEvents(ctx.plan).map((e) => {
    const line = newLine(ctx, 'event', e.id, ctx.plan.issuer ?? '', e.to, {
      title: e.title,
      from: e.from,
      ...(e.provisional && { provisional: true as const }),
      ...(e.planned && { planned: e.planned }),
    });
    line.required = 0;
    if (onOrBefore(ctx.asOf, e.to)) line.outcome = 'pending';
    else if (e.provisional) line.reasons.push({ reason: 'event-unconfirmed', params: { from: e.from, to: e.to } });
    else line.outcome = 'pass';
    return line;
  });
}
