/**
 * Anniversaries: at least one activity commemorating the day, recorded inside
 * the phase that commemorates it (several phases: from the first's start to
 * the last's end; none: the plan's window — its year or its period). Pending until that window ends; an
 * activity after it makes the line late; one before it does not count.
 *
 * A window that holds several occurrences (78, 79 and 80 năm in a drive of
 * three years) gives one line per occurrence, with its own ordinal, day and
 * outcome. The window is then split halfway between consecutive occurrences:
 * an activity counts toward the occurrence nearest its date (a ceremony a
 * few days before or after the day is for that day's ordinal), and each
 * line's due date is the end of its part.
 */
import { addDays, compareDates, daysBetween, toISO, type CalDate } from '../model/date.js';
import { findEntry } from '../model/catalogue.js';
import type { Anniversary } from '../model/types.js';
import { anniversaryOccurrences, type ResolvedAnniversary } from './occurrences.js';
import { afterAsOf } from './records.js';
import { evidenceOf, newLine, onOrBefore, type Ctx } from './obligations-context.js';
import type { Obligation } from './obligation-types.js';

interface Frame {
  from: CalDate;
  to: CalDate;
  phase?: string;
}

function window(ctx: Ctx, id: string): Frame {
  const ids = new Set((ctx.plan.phases ?? []).filter((p) => (p.commemorates ?? []).includes(id)).map((p) => p.id));
  const phases = ctx.phases.filter((p) => ids.has(p.id));
  if (!phases.length) return { from: ctx.window.from, to: ctx.window.to };
  const from = phases.map((p) => p.from).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  const to = phases.map((p) => p.to).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  return { from, to, phase: phases[0]!.id };
}

/** The part of the frame each occurrence owns: split halfway between consecutive days. */
export function occurrenceSlices(frame: Frame, days: readonly CalDate[]): Frame[] {
  if (days.length <= 1) return [frame];
  const ends = days.slice(0, -1).map((d, i) => addDays(d, Math.floor(daysBetween(d, days[i + 1]!) / 2)));
  return days.map((_, i) => ({
    from: i === 0 ? frame.from : addDays(ends[i - 1]!, 1),
    to: i === days.length - 1 ? frame.to : ends[i]!,
    ...(frame.phase && { phase: frame.phase }),
  }));
}

/**
 * One line: the occurrence `occ` owning `slices[i]`. A record belongs to the
 * slice holding its date; the first slice also takes records before the
 * frame (they do not count) and the last those after it (late).
 */
function anniversaryLine(ctx: Ctx, a: Anniversary, slices: readonly Frame[], i: number, occ: ResolvedAnniversary | undefined): Obligation {
  const { from, to, phase } = slices[i]!;
  const several = slices.length > 1;
  const owns = (d: CalDate): boolean => (i === 0 || compareDates(d, from) >= 0) && (i === slices.length - 1 || compareDates(d, to) <= 0);
  // An anniversary taken from the catalogue by `ref` may carry no title of its own.
  const title = a.title ?? findEntry(a.ref ?? a.id)?.title;
  const movement = (ctx.plan.movements ?? []).find((m) => (m.commemorates ?? []).includes(a.id))?.id;
  // The plan's issuer organises the commemoration; activities of any unit count towards it.
  const line = newLine(ctx, 'anniversary', a.id, ctx.plan.issuer ?? '', to, {
    from,
    ...(title && { title }),
    ...(movement && { movement }),
    ...(occ && { date: occ.date }),
    ...(occ?.years !== undefined && { years: occ.years }),
    ...(several && occ && { instance: toISO(occ.date) }),
  });
  if (phase) line.phase = phase;
  let inside = 0;
  for (const r of ctx.records.activities.get(a.id) ?? []) {
    if (several && r.when && !owns(r.when)) continue;
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
  return (ctx.plan.anniversaries ?? []).flatMap((a) => {
    const frame = window(ctx, a.id);
    const occs = anniversaryOccurrences(a, ctx.plan);
    const slices = occurrenceSlices(frame, occs.map((o) => o.date));
    return slices.map((_, i) => anniversaryLine(ctx, a, slices, i, occs[i]));
  });
}
