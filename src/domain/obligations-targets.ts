/**
 * Targets (chỉ tiêu): what each owner achieved against the promised count by
 * the target's due date (default: the end of the plan year). A figure is a
 * running total: a unit's latest report known on a day is its figure that
 * day. How the figures of units under the owner combine, and whether the
 * figure meets the target, is domain/target-judgement.ts.
 */
import type { CalDate } from '../model/date.js';
import type { Movement, Target, TargetRecord } from '../model/types.js';
import { afterAsOf, type Rec } from './records.js';
import { dueOf } from './plan-facts.js';
import { dueWording } from './deadlines.js';
import { evidenceOf, lineFor, onOrBefore, ownerLines, type Ctx } from './obligations-context.js';
import type { Obligation } from './obligation-types.js';
import { judgeTarget, targetFigure } from './target-judgement.js';

/** Each unit's latest report on or before `day`. */
function latestBy(records: readonly Rec<TargetRecord>[], day: CalDate): Rec<TargetRecord>[] {
  const best = new Map<string, Rec<TargetRecord>>();
  for (const r of records) {
    if (afterAsOf(r.when, day)) continue;
    const cur = best.get(r.rec.by);
    if (!cur || (r.when && (!cur.when || onOrBefore(cur.when, r.when)))) best.set(r.rec.by, r);
  }
  return [...best.values()];
}

function targetLines(ctx: Ctx, t: Target, movement: Movement): Obligation[] {
  const due = dueOf(ctx.plan, t.due, movement);
  const measure = t.measure ?? 'count';
  const sense = t.sense ?? 'at-least';
  const figure = t.value ?? t.count;
  const extra: Partial<Obligation> = {
    movement: movement.id,
    required: figure ?? 1,
    ...(t.title && { title: t.title }),
    ...(measure !== 'count' && { measure }),
    ...(sense !== 'at-least' && { sense }),
    ...(t.unit !== undefined && { measureUnit: t.unit }),
    ...(figure === undefined && { uncounted: true as const }),
    ...(dueWording(t.due) && { dueAs: dueWording(t.due) }),
  };
  const { lines, none } = ownerLines(ctx, 'target', t.id, t.owner, due, extra);
  if (!lines.size) return none;
  const ids = [...lines.keys()];
  const whole = ids.length === 1 && ids[0] === '';
  // Records grouped by the line they count for.
  const byLine = new Map<Obligation, Rec<TargetRecord>[]>();
  for (const r of ctx.records.targets.get(t.id) ?? []) {
    const line = whole ? lines.get('') : lineFor(lines, r.rec.by, ctx.units, r.when);
    if (!line) {
      const first = lines.get(ids[0]!)!;
      first.reasons.push({ reason: 'wrong-owner', params: { by: r.rec.by, owner: first.owner, target: t.id }, evidence: evidenceOf(ctx, r, 'target', r.rec.by, r.rec.by, { achieved: r.rec.achieved }) });
      continue;
    }
    const l = byLine.get(line);
    if (l) l.push(r);
    else byLine.set(line, [r]);
  }
  for (const line of lines.values()) {
    const recs = byLine.get(line) ?? [];
    const now = latestBy(recs, ctx.asOf);
    for (const r of recs) {
      // A report after the as-of day is only worth a word when nothing earlier stands for that unit.
      if (afterAsOf(r.when, ctx.asOf) && !now.some((x) => x.rec.by === r.rec.by)) {
        line.reasons.push({ reason: 'after-as-of', params: { date: r.when, asOf: ctx.asOf }, evidence: evidenceOf(ctx, r, 'target', r.rec.by, r.rec.by, { achieved: r.rec.achieved }) });
      }
    }
    line.evidence = now.map((r) => evidenceOf(ctx, r, 'target', r.rec.by, r.rec.by, { achieved: r.rec.achieved, ...(r.when && !onOrBefore(r.when, due) && { late: true }) }));
    const figureOf = (rs: readonly Rec<TargetRecord>[]) => targetFigure(measure, line.owner, rs.map((r) => r.rec));
    const current = figureOf(now);
    const atDue = figureOf(latestBy(recs, onOrBefore(due, ctx.asOf) ? due : ctx.asOf));
    line.actual = current.value ?? 0;
    const j = judgeTarget(sense, line.required, current, atDue, !onOrBefore(due, ctx.asOf), onOrBefore(ctx.asOf, due));
    line.outcome = j.outcome;
    if (j.reason === 'not-combinable') line.reasons.push({ reason: 'rates-not-combined', params: { count: now.length, due } });
    else if (j.reason === 'short') line.reasons.push({ reason: 'short', params: { actual: line.actual, required: line.required, due, ...(line.measure === 'rate' && { rate: true }) } });
  }
  return [...lines.values(), ...none];
}

export function targetObligations(ctx: Ctx): Obligation[] {
  return (ctx.plan.movements ?? []).flatMap((m) => (m.targets ?? []).flatMap((t) => targetLines(ctx, t, m)));
}
