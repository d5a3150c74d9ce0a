/**
 * Anniversaries: at least one activity commemorating the day, recorded inside
 * the phase that commemorates it (several phases: from the first's start to
 * the last's end; none: the plan's window — its year or its period). Pending until that window ends; an
 * activity after it makes the line late; one before it does not count.
 */
import { compareDates, type CalDate } from '../model/date.js';
import { findEntry } from '../model/catalogue.js';
import type { Anniversary } from '../model/types.js';
import { afterAsOf } from './records.js';
import { evidenceOf, newLine, onOrBefore, type Ctx } from './obligations-context.js';
import type { Obligation } from './obligation-types.js';

function window(ctx: Ctx, id: string): { from: CalDate; to: CalDate; phase?: string } {
  const ids = new Set((ctx.plan.phases ?? []).filter((p) => (p.commemorates ?? []).includes(id)).map((p) => p.id));
  const phases = ctx.phases.filter((p) => ids.has(p.id));
  if (!phases.length) return { from: ctx.window.from, to: ctx.window.to };
  const from = phases.map((p) => p.from).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  const to = phases.map((p) => p.to).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  return { from, to, phase: phases[0]!.id };
}

function anniversaryLine(ctx: Ctx, a: Anniversary): Obligation {
  const { from, to, phase } = window(ctx, a.id);
  // An anniversary taken from the catalogue by `ref` may carry no title of its own.
  const title = a.title ?? findEntry(a.ref ?? a.id)?.title;
  const movement = (ctx.plan.movements ?? []).find((m) => (m.commemorates ?? []).includes(a.id))?.id;
  // The plan's issuer organises the commemoration; activities of any unit count towards it.
  const line = newLine(ctx, 'anniversary', a.id, ctx.plan.issuer ?? '', to, {
    from,
    ...(title && { title }),
    ...(movement && { movement }),
  });
  if (phase) line.phase = phase;
  let inside = 0;
  for (const r of ctx.records.activities.get(a.id) ?? []) {
    const ev = evidenceOf(ctx, r, 'activity', r.rec.by, r.rec.by, r.rec.title ? { title: r.rec.title } : {});
    if (afterAsOf(r.when, ctx.asOf)) line.reasons.push({ reason: 'after-as-of', params: { date: r.when, asOf: ctx.asOf }, evidence: ev });
    else if (r.when && !onOrBefore(from, r.when)) line.reasons.push({ reason: 'outside-phase', params: { date: r.when, from, to }, evidence: ev });
    else {
      if (r.when && !onOrBefore(r.when, to)) ev.late = true;
      else inside++;
      line.evidence.push(ev);
    }
  }
  line.actual = line.evidence.length;
  if (inside > 0) line.outcome = 'pass';
  else if (line.actual > 0) line.outcome = 'late';
  else if (onOrBefore(ctx.asOf, to)) line.outcome = 'pending';
  else {
    line.outcome = 'fail';
    line.reasons.push({ reason: 'no-activity', params: { from, to } });
  }
  return line;
}

export function anniversaryObligations(ctx: Ctx): Obligation[] {
  return (ctx.plan.anniversaries ?? []).map((a) => anniversaryLine(ctx, a));
}
