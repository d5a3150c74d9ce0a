/**
 * Quotas (chọn điểm): one line per owner — each unit of the kind for
 * `{kind: K}` owners — counting the qualifying selections against min/max by
 * the quota's due date (default: the end of the plan year).
 */
import type { Movement, Quota, Selection } from '../model/types.js';
import { selectionProblems, selectionQualifies } from './selections.js';
import { afterAsOf, type Rec } from './records.js';
import { dueOf } from './plan-facts.js';
import { dueWording } from './deadlines.js';
import { evidenceOf, lineFor, onOrBefore, ownerLines, type Ctx } from './obligations-context.js';
import type { Obligation } from './obligation-types.js';

function quotaLines(ctx: Ctx, q: Quota, movement: Movement): Obligation[] {
  const due = dueOf(ctx.plan, q.due, movement);
  const required = q.min ?? 1;
  const wording = dueWording(q.due);
  const extra: Partial<Obligation> = { movement: movement.id, required, ...(q.purpose && { title: q.purpose }), ...(q.max !== undefined && { max: q.max }), ...(wording && { dueAs: wording }) };
  const { lines, none } = ownerLines(ctx, 'quota', q.id, q.owner, due, extra);
  const first = lines.values().next().value;
  if (!first) return none;
  for (const r of ctx.records.selections.get(q.id) ?? ([] as Rec<Selection>[])) {
    const s = r.rec;
    // The owner the selection counts for: `by`, or the nearest owner above it.
    const credited = lineFor(lines, s.by, ctx.units, r.when);
    const line = credited ?? first;
    const ev = evidenceOf(ctx, r, 'selection', s.chosen, s.by, s.form !== undefined ? { form: s.form } : {});
    if (afterAsOf(r.when, ctx.asOf)) {
      line.reasons.push({ reason: 'after-as-of', params: { date: r.when, asOf: ctx.asOf }, evidence: ev });
      continue;
    }
    // Judged for the line's owner: `within: owner` means under it, and naming it spares a scan of every unit of a kind.
    const forLine = credited ? { ...q, owner: credited.owner } : q;
    if (!credited || !selectionQualifies(s, forLine, ctx.units, r.when)) {
      const problems = selectionProblems(s, forLine, ctx.units, r.when);
      // An owner of the kind that did not exist on the issue date has no line of its own.
      if (problems.length === 0) problems.push({ reason: 'wrong-owner', params: { quota: q.id, by: s.by, chosen: s.chosen, owner: line.owner } });
      for (const p of problems) line.reasons.push({ reason: p.reason, params: p.params, evidence: ev });
      continue;
    }
    if (r.when && !onOrBefore(r.when, due)) ev.late = true;
    line.evidence.push(ev);
  }
  for (const line of lines.values()) settle(ctx, line);
  return [...lines.values(), ...none];
}

/** pass when enough were chosen on time; late when only late choices make it up; fail past due or over max. */
function settle(ctx: Ctx, line: Obligation): void {
  const all = line.evidence.length;
  const onTime = line.evidence.filter((e) => !e.late).length;
  line.actual = all;
  if (line.max !== undefined && all > line.max) {
    line.outcome = 'fail';
    line.reasons.push({ reason: 'over-max', params: { actual: all, max: line.max } });
  } else if (onTime >= line.required) line.outcome = 'pass';
  else if (onOrBefore(ctx.asOf, line.due)) line.outcome = 'pending';
  else if (all >= line.required) line.outcome = 'late';
  else {
    line.outcome = 'fail';
    line.reasons.push({ reason: 'short', params: { actual: all, required: line.required, due: line.due } });
  }
}

export function quotaObligations(ctx: Ctx): Obligation[] {
  return (ctx.plan.movements ?? []).flatMap((m) => (m.quotas ?? []).flatMap((q) => quotaLines(ctx, q, m)));
}
