/**
 * Quotas (chọn điểm): one line per owner — each unit of the kind for
 * `{kind: K}` owners — counting the qualifying selections against min/max by
 * the quota's due date (default: the end of the plan year).
 */
import { isUnder } from '../domain/scope.js';
import type { Quota, Selection } from '../model/types.js';
import { missingTags, selectionProblems } from '../rules/support/selection-helpers.js';
import { afterAsOf, type Rec } from './compliance-records.js';
import { dateOr, evidenceOf, lineFor, newLine, noOwnerLine, onOrBefore, ownerIds, type Ctx } from './compliance-context.js';
import type { Obligation } from './compliance-types.js';

/**
 * The common case answered with Map lookups only. `selectionProblems` walks
 * every unit of an owner kind per call (quadratic on a province's 10,000
 * communes), so it is asked only to explain a selection that fails here.
 */
function qualifies(ctx: Ctx, s: Selection, q: Quota, isOwner: boolean): boolean {
  const chosen = ctx.units.get(s.chosen)?.unit;
  if (!isOwner || !chosen || chosen.kind !== q.select) return false;
  if (missingTags(chosen, q.where?.tags).length) return false;
  if (q.within === 'owner' && !isUnder(ctx.units, chosen.id, s.by)) return false;
  const forms = q.forms?.map((f) => f.id);
  return !forms || (s.form !== undefined && forms.includes(s.form));
}

function quotaLines(ctx: Ctx, q: Quota, movement: string): Obligation[] {
  const due = dateOr(q.due, ctx.yearEnd);
  const required = q.min ?? 1;
  const extra: Partial<Obligation> = { movement, required, ...(q.purpose && { title: q.purpose }), ...(q.max !== undefined && { max: q.max }) };
  const { ids, missing } = ownerIds(ctx, q.owner);
  if (missing !== undefined) return [noOwnerLine(ctx, 'quota', q.id, missing, due, extra)];
  const lines = new Map(ids.map((id) => [id, newLine(ctx, 'quota', q.id, id, due, extra)] as const));
  const first = lines.get(ids[0]!)!;
  for (const r of ctx.records.selections.get(q.id) ?? ([] as Rec<Selection>[])) {
    const s = r.rec;
    const own = lines.get(s.by);
    const line = own ?? lineFor(lines, s.by, ctx.units) ?? first;
    const ev = evidenceOf(ctx, r, 'selection', s.chosen, s.by, s.form !== undefined ? { form: s.form } : {});
    if (afterAsOf(r.when, ctx.asOf)) {
      line.reasons.push({ reason: 'after-as-of', params: { date: r.when, asOf: ctx.asOf }, evidence: ev });
      continue;
    }
    if (!qualifies(ctx, s, q, own !== undefined)) {
      // With a known owner, naming it directly spares the helper a scan of every unit of the kind.
      const problems = selectionProblems(s, own ? { ...q, owner: s.by } : q, ctx.units);
      // An owner of the kind that did not exist on the issue date has no line of its own.
      if (problems.length === 0) problems.push({ reason: 'wrong-owner', params: { quota: q.id, by: s.by, chosen: s.chosen, owner: line.owner } });
      for (const p of problems) line.reasons.push({ reason: p.reason, params: p.params, evidence: ev });
      continue;
    }
    if (r.when && !onOrBefore(r.when, due)) ev.late = true;
    line.evidence.push(ev);
  }
  for (const line of lines.values()) settle(ctx, line);
  return [...lines.values()];
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
  return (ctx.plan.movements ?? []).flatMap((m) => (m.quotas ?? []).flatMap((q) => quotaLines(ctx, q, m.id)));
}
