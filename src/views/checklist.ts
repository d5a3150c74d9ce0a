/**
 * What each unit has to do under a plan, as boxes to tick: commemorate each
 * anniversary, make each quota's selections, reach each target, meet each
 * milestone. Whether a box is ticked, and by what, is the domain model's line
 * for that obligation and owner — the same line `thidua report` shows — so
 * the two never disagree; the as-of day decides what is overdue. Pure: the
 * CLI and every checklist format share this view.
 */
import { compareDates, daysBetween } from '../model/date.js';
import { compareVi } from '../model/text.js';
import type { Owners } from '../model/types.js';
import { planModel } from '../domain/model.js';
import type { Evidence as LineEvidence, Obligation } from '../domain/obligation-types.js';
import { phaseAt, type PhaseWindow } from '../domain/occurrences.js';
import { dueOf } from '../domain/plan-facts.js';
import { dueWording } from '../domain/deadlines.js';
import { ownersOf, unitName, type OwnerUnit } from '../domain/units.js';
import { ownWindow } from '../domain/windows.js';
import type { CheckGroup, CheckItem, CheckKind, ChecklistInput, ChecklistView, ContentState, Evidence } from './checklist-types.js';

export type * from './checklist-types.js';

const KIND_ORDER: Record<CheckKind, number> = { commemorate: 0, event: 1, milestone: 2, quota: 3, target: 4, content: 5 };

/** The furthest status a line's reasons report, for a content item not done. */
const STATE_ORDER: readonly ContentState[] = ['no-evidence', 'in-progress', 'not-started'];
const contentState = (line: Obligation | undefined, done: boolean): ContentState | undefined =>
  done ? 'done' : STATE_ORDER.find((s) => line?.reasons.some((r) => r.reason === s));

function compareItems(a: CheckItem, b: CheckItem): number {
  return (
    compareDates(a.due, b.due) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    compareVi(a.owner?.name ?? '', b.owner?.name ?? '')
  );
}

const DONE = new Set(['pass', 'late']);

export function buildChecklist(input: ChecklistInput): ChecklistView {
  const { asOf } = input;
  const model = planModel(input.scope, input.plan, asOf);
  const { plan, units, phases } = model;
  const year = plan.year;
  // The domain's lines decide what counted and whether a box is done; the checklist only draws them.
  const lines = new Map(model.obligations.map((o) => [`${o.type}\0${o.id}\0${o.instance ?? ''}\0${o.owner}`, o] as const));
  const lineOf = (type: Obligation['type'], id: string, owner: string, instance = ''): Obligation | undefined => lines.get(`${type}\0${id}\0${instance}\0${owner}`);
  const who = (id: string): { id: string; name: string } => ({ id, name: unitName(units, id) ?? id });
  const when = (e: LineEvidence): Pick<Evidence, 'date' | 'reported'> => (e.date ? (e.reported ? { reported: e.date } : { date: e.date }) : {});
  const items: CheckItem[] = [];
  const add = (partial: Omit<CheckItem, 'overdue' | 'days' | 'phase' | 'done'> & { phase?: string }, line: Obligation | undefined): void => {
    const phase = partial.phase ?? phaseAt(phases, partial.due)?.id;
    const done = line !== undefined && DONE.has(line.outcome);
    const { evidence, ...rest } = partial;
    // An event is nobody's deadline: it is never overdue, only not yet confirmed.
    const overdue = !done && partial.kind !== 'event' && compareDates(partial.due, asOf) < 0;
    items.push({ ...rest, done, evidence, ...(phase && { phase }), overdue, days: daysBetween(asOf, partial.due) });
  };
  const ownersOn = (owner: Owners | undefined): OwnerUnit[] => ownersOf(units, owner, plan, model.issued);

  // The issuer organises the commemorations; an activity by any unit ticks the box.
  const issuer = plan.issuer ? ownersOn(plan.issuer)[0] : undefined;
  for (const a of model.occurrences) {
    if (a.type !== 'anniversary') continue;
    const line = lineOf('anniversary', a.id, plan.issuer ?? '', a.instance);
    add(
      {
        kind: 'commemorate',
        id: a.id,
        ...(a.instance && { instance: a.instance }),
        ...(issuer && { owner: issuer }),
        title: a.title,
        due: a.start,
        ...(a.phase && { phase: a.phase }),
        ...(a.years !== undefined && { years: a.years }),
        round: Boolean(a.round),
        five: Boolean(a.five),
        evidence: (line?.evidence ?? []).map((e) => ({ by: who(e.by), ...when(e), ...(e.title && { title: e.title.normalize('NFC').replace(/\s+/g, ' ').trim() }) })),
      },
      line,
    );
  }

  // Events the plan celebrates or aims at: the issuer's, ticked once they have taken place.
  for (const e of model.occurrences) {
    if (e.type !== 'event') continue;
    const line = lineOf('event', e.id, plan.issuer ?? '');
    const dates = { from: e.start, ...(e.provisional && { provisional: true }), ...(e.planned && { planned: e.planned }) };
    add({ kind: 'event', id: e.id, ...(issuer && { owner: issuer }), title: e.title, due: e.end, ...dates, ...(e.phase && { phase: e.phase }), evidence: [] }, line);
  }

  for (const m of plan.movements ?? []) {
    for (const q of m.quotas ?? []) {
      const due = dueOf(plan, q.due, m);
      const forms = (q.forms ?? []).map((f) => ({ id: f.id, title: (f.title ?? f.id).normalize('NFC') }));
      for (const owner of ownersOn(q.owner)) {
        const line = lineOf('quota', q.id, owner.id);
        add(
          {
            kind: 'quota',
            id: q.id,
            owner,
            movement: m.id,
            title: (q.purpose ?? q.id).normalize('NFC'),
            due,
            ...(dueWording(q.due) && { dueAs: dueWording(q.due)! }),
            select: q.select,
            ...(q.min !== undefined && { min: q.min }),
            ...(q.max !== undefined && { max: q.max }),
            ...(q.where?.tags?.length && { tags: q.where.tags }),
            ...(q.within === 'owner' && { withinOwner: true }),
            ...(forms.length && { forms }),
            progress: { done: line?.actual ?? 0, of: q.min ?? 1 },
            evidence: (line?.evidence ?? []).map((e) => {
              const form = e.form ? forms.find((f) => f.id === e.form) ?? { id: e.form, title: e.form } : undefined;
              return { chosen: who(e.unit), ...(form && { form }), ...when(e) };
            }),
          },
          line,
        );
      }
    }
    for (const t of m.targets ?? []) {
      const due = dueOf(plan, t.due, m);
      for (const owner of ownersOn(t.owner)) {
        const line = lineOf('target', t.id, owner.id);
        add(
          {
            kind: 'target',
            id: t.id,
            owner,
            movement: m.id,
            title: (t.title ?? t.id).normalize('NFC'),
            due,
            ...(dueWording(t.due) && { dueAs: dueWording(t.due)! }),
            // The domain's figure (a weighted rate, a sum of counts): the checklist and the report never disagree.
            ...((t.value ?? t.count) !== undefined && { count: t.value ?? t.count!, progress: { done: line?.actual ?? 0, of: t.value ?? t.count! } }),
            evidence: (line?.evidence ?? []).map((e) => ({ by: who(e.by), ...(e.achieved !== undefined && { achieved: e.achieved }), ...when(e) })),
          },
          line,
        );
      }
    }
    for (const c of m.contents ?? []) {
      const due = dueOf(plan, c.due, m);
      for (const owner of ownersOn(c.owner)) {
        const line = lineOf('content', c.id, owner.id);
        const state = contentState(line, line !== undefined && DONE.has(line.outcome));
        add(
          {
            kind: 'content',
            id: c.id,
            owner,
            movement: m.id,
            title: (c.title ?? c.id).normalize('NFC'),
            due,
            ...(dueWording(c.due) && { dueAs: dueWording(c.due)! }),
            ...(state && { contentState: state }),
            evidence: (line?.evidence ?? []).map((e) => ({ by: who(e.by), ...when(e), ...(e.document !== undefined && { document: e.document }), ...(e.note !== undefined && { note: e.note }) })),
          },
          line,
        );
      }
    }
  }

  for (const o of model.occurrences) {
    if (o.type !== 'milestone') continue;
    for (const owner of ownersOn(o.owner)) {
      const line = lineOf('milestone', o.id, owner.id);
      add(
        {
          kind: 'milestone',
          id: o.id,
          owner,
          ...(o.movement && { movement: o.movement }),
          title: o.title,
          due: o.start,
          ...(o.dueAs && { dueAs: o.dueAs }),
          ...(o.milestoneType && { milestoneType: o.milestoneType }),
          evidence: (line?.evidence ?? []).map((e) => ({ ...(e.date && { date: e.date }) })),
        },
        line,
      );
    }
  }

  const by = input.by ?? 'phase';
  const mine = input.unit === undefined ? items : items.filter((i) => i.owner?.id === input.unit);
  mine.sort(compareItems);
  const groups = by === 'unit' ? groupByUnit(mine, plan.issuer) : groupByPhase(mine, phases);
  return {
    plan: { id: plan.id, title: (plan.title ?? plan.id).normalize('NFC'), year, ...(ownWindow(plan) && { window: ownWindow(plan) }) },
    year,
    asOf,
    by,
    ...(input.unit !== undefined && { unit: { id: input.unit, name: unitName(units, input.unit) ?? input.unit, kind: units.get(input.unit)?.unit.kind ?? '' } }),
    groups,
    totals: { items: mine.length, done: mine.filter((i) => i.done).length, overdue: mine.filter((i) => i.overdue).length },
  };
}

function groupByPhase(items: CheckItem[], phases: PhaseWindow[]): CheckGroup[] {
  const groups: CheckGroup[] = phases.map((p) => ({ type: 'phase', id: p.id, title: p.name, from: p.from, to: p.to, items: items.filter((i) => i.phase === p.id) }));
  const other = items.filter((i) => !i.phase || !phases.some((p) => p.id === i.phase));
  if (other.length) groups.push({ type: 'other', title: '', items: other });
  return groups.filter((g) => g.items.length > 0);
}

/** The issuer first, then the units by their Vietnamese name. */
function groupByUnit(items: CheckItem[], issuer: string | undefined): CheckGroup[] {
  const map = new Map<string, CheckGroup>();
  for (const i of items) {
    const key = i.owner?.id ?? '';
    let g = map.get(key);
    if (!g) map.set(key, (g = i.owner ? { type: 'unit', id: i.owner.id, title: i.owner.name, items: [] } : { type: 'other', title: '', items: [] }));
    g.items.push(i);
  }
  const rank = (g: CheckGroup): number => (g.type === 'other' ? 2 : g.id === issuer ? 0 : 1);
  return [...map.values()].sort((a, b) => rank(a) - rank(b) || compareVi(a.title, b.title) || ((a.id ?? '') < (b.id ?? '') ? -1 : 1));
}
