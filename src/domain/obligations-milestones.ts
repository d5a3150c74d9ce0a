/**
 * Milestones (đăng ký, báo cáo, sơ kết, tổng kết): done by the due date
 * (pass), done after it (late), not done and past due (fail: overdue), or
 * not done and not yet due (pending). A record counts for the owner that
 * made it or the nearest owner above it (domain/units.ts `creditedOwner`):
 * a commune's report done is its district's report done, as for every record.
 */
import type { Milestone } from '../model/types.js';
import { afterAsOf } from './records.js';
import { dueOf } from './plan-facts.js';
import { dueWording } from './deadlines.js';
import { evidenceOf, lineFor, onOrBefore, ownerLines, type Ctx } from './obligations-context.js';
import type { Obligation } from './obligation-types.js';

function milestoneLines(ctx: Ctx, m: Milestone): Obligation[] {
  const due = dueOf(ctx.plan, m.due);
  const wording = dueWording(m.due);
  const extra: Partial<Obligation> = { ...(m.title && { title: m.title }), ...(m.movement && { movement: m.movement }), ...(wording && { dueAs: wording }) };
  const { lines, none } = ownerLines(ctx, 'milestone', m.id, m.owner, due, extra);
  if (!lines.size) return none;
  const ids = [...lines.keys()];
  const whole = ids.length === 1 && ids[0] === '';
  for (const r of ctx.records.milestones.get(m.id) ?? []) {
    const line = whole ? lines.get('') : lineFor(lines, r.rec.by, ctx.units, r.when);
    const ev = evidenceOf(ctx, r, 'milestone', r.rec.by, r.rec.by);
    if (!line) {
      const first = lines.get(ids[0]!)!;
      first.reasons.push({ reason: 'wrong-owner', params: { by: r.rec.by, owner: first.owner, milestone: m.id }, evidence: ev });
    } else if (afterAsOf(r.when, ctx.asOf)) {
      line.reasons.push({ reason: 'after-as-of', params: { date: r.when, asOf: ctx.asOf }, evidence: ev });
    } else {
      if (r.when && !onOrBefore(r.when, due)) ev.late = true;
      // The index keeps one record per unit (its earliest); with no owner, the earliest of all.
      if (!line.evidence.length || (ev.date && line.evidence[0]!.date && onOrBefore(ev.date, line.evidence[0]!.date))) line.evidence = [ev];
    }
  }
  for (const line of lines.values()) {
    const done = line.evidence[0];
    line.actual = done ? 1 : 0;
    if (done) line.outcome = done.late ? 'late' : 'pass';
    else if (onOrBefore(ctx.asOf, due)) line.outcome = 'pending';
    else {
      line.outcome = 'fail';
      line.reasons.push({ reason: 'overdue', params: { due } });
    }
  }
  return [...lines.values(), ...none];
}

export function milestoneObligations(ctx: Ctx): Obligation[] {
  return (ctx.plan.milestones ?? []).flatMap((m) => milestoneLines(ctx, m));
}
