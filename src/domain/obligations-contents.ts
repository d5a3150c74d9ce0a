/**
 * Content items (nội dung): what a plan asks each owner to do, with no count.
 * Nothing is counted, so no "0/1": a line's outcome comes from the statuses
 * its owner reports (`done`, `in-progress`, `not-started`). Each reporting
 * unit's latest status on the as-of day stands (a status is a state, like a
 * target's running figure); the line is done once one of them is `done` with
 * a document as evidence — on time (pass) or after the due day (late). A
 * `done` with no document does not count (reason `no-evidence`): the line
 * stays pending until its due day and fails after it, as when nothing was
 * reported. A record counts for the owner that made it or the nearest owner
 * above it (domain/units.ts `creditedOwner`), as every record does.
 */
import type { Content, ContentRecord, Movement } from '../model/types.js';
import { afterAsOf, type Rec } from './records.js';
import { dueOf } from './plan-facts.js';
import { dueWording } from './deadlines.js';
import { evidenceOf, lineFor, onOrBefore, ownerLines, type Ctx } from './obligations-context.js';
import type { Evidence, Obligation } from './obligation-types.js';

/** Each unit's latest status known on `day`; of two on one day, the later in file order. */
function latestBy(records: readonly Rec<ContentRecord>[], day: Ctx['asOf']): Rec<ContentRecord>[] {
  const best = new Map<string, Rec<ContentRecord>>();
  for (const r of records) {
    if (afterAsOf(r.when, day)) continue;
    const cur = best.get(r.rec.by);
    if (!cur || (r.when && (!cur.when || onOrBefore(cur.when, r.when)))) best.set(r.rec.by, r);
  }
  return [...best.values()];
}

const evidenceFields = (rec: ContentRecord): Partial<Evidence> => ({
  status: rec.status,
  ...(rec.document !== undefined && { document: rec.document }),
  ...(rec.note !== undefined && { note: rec.note }),
});

/** A `done` that counts: it names its evidence. */
export const contentDone = (rec: ContentRecord): boolean => rec.status === 'done' && rec.document !== undefined && rec.document.trim() !== '';

function contentLines(ctx: Ctx, c: Content, movement: Movement): Obligation[] {
  const due = dueOf(ctx.plan, c.due, movement);
  const wording = dueWording(c.due);
  const extra: Partial<Obligation> = { movement: movement.id, uncounted: true, title: c.title, ...(wording && { dueAs: wording }) };
  const { lines, none } = ownerLines(ctx, 'content', c.id, c.owner, due, extra);
  const first = lines.values().next().value;
  if (!first) return none;
  const whole = lines.size === 1 && lines.has('');
  const byLine = new Map<Obligation, Rec<ContentRecord>[]>();
  for (const r of ctx.records.contents.get(c.id) ?? []) {
    const ev = (): Evidence => evidenceOf(ctx, r, 'content', r.rec.by, r.rec.by, evidenceFields(r.rec));
    const line = whole ? first : lineFor(lines, r.rec.by, ctx.units, r.when);
    if (!line) first.reasons.push({ reason: 'wrong-owner', params: { by: r.rec.by, owner: first.owner, content: c.id }, evidence: ev() });
    else if (afterAsOf(r.when, ctx.asOf)) line.reasons.push({ reason: 'after-as-of', params: { date: r.when, asOf: ctx.asOf }, evidence: ev() });
    else byLine.set(line, [...(byLine.get(line) ?? []), r]);
  }
  for (const line of lines.values()) {
    const now = latestBy(byLine.get(line) ?? [], ctx.asOf);
    // The earliest done-with-evidence among the units' current statuses is when it was done.
    const done = now.filter((r) => contentDone(r.rec)).sort((a, b) => (a.when && b.when ? (onOrBefore(a.when, b.when) ? -1 : 1) : a.when ? 1 : -1))[0];
    if (done) {
      const late = done.when !== undefined && !onOrBefore(done.when, due);
      line.evidence = [evidenceOf(ctx, done, 'content', done.rec.by, done.rec.by, { ...evidenceFields(done.rec), ...(late && { late: true }) })];
      line.actual = 1;
      line.outcome = late ? 'late' : 'pass';
      continue;
    }
    for (const r of now) {
      const reason = r.rec.status === 'done' ? 'no-evidence' : r.rec.status;
      line.reasons.push({ reason, params: { by: r.rec.by, date: r.when }, evidence: evidenceOf(ctx, r, 'content', r.rec.by, r.rec.by, evidenceFields(r.rec)) });
    }
    if (onOrBefore(ctx.asOf, due)) line.outcome = 'pending';
    else {
      line.outcome = 'fail';
      line.reasons.push({ reason: 'overdue', params: { due } });
    }
  }
  return [...lines.values(), ...none];
}

export function contentObligations(ctx: Ctx): Obligation[] {
  return (ctx.plan.movements ?? []).flatMap((m) => (m.contents ?? []).flatMap((c) => contentLines(ctx, c, m)));
}
