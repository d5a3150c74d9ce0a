/**
 * What each unit has to do under a plan, as boxes to tick: commemorate each
 * anniversary, make each quota's selections, reach each target, meet each
 * milestone. Progress files tick the boxes and say how; the as-of day decides
 * what is overdue. Pure: the CLI and every checklist format share this view.
 */
import { compareDates, daysBetween, endOfYear, parseDate, type CalDate } from '../model/date.js';
import { compareVi } from '../model/text.js';
import type { MilestoneType, PlanDoc } from '../model/types.js';
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc, Workspace } from '../load/workspace.js';
import { indexProgress } from '../domain/progress-index.js';
import { ownersOf, phaseAt, phaseOfAnniversary, phaseWindows, resolveAnniversary, unitName, type OwnerUnit, type PhaseWindow } from '../domain/plan-facts.js';
import { selectionQualifies } from '../rules/support/selection-helpers.js';

export type CheckKind = 'commemorate' | 'quota' | 'target' | 'milestone';

/** How an item was done, from one progress record. */
export interface Evidence {
  by?: { id: string; name: string };
  /** Quotas: the unit chosen and the form of support. */
  chosen?: { id: string; name: string };
  form?: { id: string; title: string };
  /** The record's own date (a selection's, an activity's, a milestone's done date). */
  date?: CalDate;
  /** When the record carries no date of its own: the asOf of the report that gave it. */
  reported?: CalDate;
  title?: string;
  /** Targets: the figure reported. */
  achieved?: number;
}

export interface CheckItem {
  kind: CheckKind;
  /** The plan item's id (anniversary, quota, target or milestone). */
  id: string;
  /** The owner unit the box belongs to; a `{kind}` owner gives one box per unit. */
  owner?: OwnerUnit;
  movement?: string;
  /** Anniversary, target or milestone title; a quota's purpose. */
  title: string;
  due: CalDate;
  phase?: string;
  /** Commemorations: the ordinal and its marks. */
  years?: number;
  round?: boolean;
  five?: boolean;
  /** Quotas: what is chosen, how many, where, and the forms allowed. */
  select?: string;
  min?: number;
  max?: number;
  tags?: string[];
  withinOwner?: boolean;
  forms?: { id: string; title: string }[];
  /** Targets: the number promised. */
  count?: number;
  milestoneType?: MilestoneType;
  /** Counted items (quotas, targets): how far, e.g. 2 of 3. */
  progress?: { done: number; of: number };
  done: boolean;
  /** Not done and the due day is before the as-of day. */
  overdue: boolean;
  /** Due day − as-of day. */
  days: number;
  evidence: Evidence[];
}

export interface CheckGroup {
  /** `phase` and `unit` groups carry the id; `other` holds items outside every phase. */
  type: 'phase' | 'unit' | 'other';
  id?: string;
  title: string;
  from?: CalDate;
  to?: CalDate;
  items: CheckItem[];
}

export type ChecklistBy = 'phase' | 'unit';

export interface ChecklistView {
  plan: { id: string; title: string; year: number };
  year: number;
  asOf: CalDate;
  by: ChecklistBy;
  unit?: OwnerUnit;
  groups: CheckGroup[];
  totals: { items: number; done: number; overdue: number };
}

export interface ChecklistInput {
  ws: Workspace;
  scope: Scope;
  plan: LoadedDoc<PlanDoc>;
  asOf: CalDate;
  by?: ChecklistBy;
  /** Only the boxes of this unit, including those a `{kind}` owner gives it. */
  unit?: string;
}

const KIND_ORDER: Record<CheckKind, number> = { commemorate: 0, milestone: 1, quota: 2, target: 3 };

function compareItems(a: CheckItem, b: CheckItem): number {
  return (
    compareDates(a.due, b.due) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
    compareVi(a.owner?.name ?? '', b.owner?.name ?? '')
  );
}

export function buildChecklist(input: ChecklistInput): ChecklistView {
  const { scope, asOf } = input;
  const plan = input.plan.data;
  const year = plan.year;
  const units = scope.unitsFor(input.plan);
  const phases = phaseWindows(plan);
  const progress = indexProgress(scope.progressFor(input.plan), { asOf });
  const who = (id: string): { id: string; name: string } => ({ id, name: unitName(units, id) });
  const items: CheckItem[] = [];
  const add = (partial: Omit<CheckItem, 'overdue' | 'days' | 'phase'> & { phase?: string }): void => {
    const phase = partial.phase ?? phaseAt(phases, partial.due)?.id;
    items.push({ ...partial, ...(phase && { phase }), overdue: !partial.done && compareDates(partial.due, asOf) < 0, days: daysBetween(asOf, partial.due) });
  };

  // The issuer organises the commemorations; an activity by any unit ticks the box.
  const issuer = plan.issuer ? ownersOf(units, plan.issuer, plan)[0] : undefined;
  for (const a of plan.anniversaries ?? []) {
    const r = resolveAnniversary(a, year);
    if (!r) continue;
    const acts = progress.activities(r.id);
    const phase = phaseOfAnniversary(phases, r);
    add({
      kind: 'commemorate',
      id: r.id,
      ...(issuer && { owner: issuer }),
      title: r.title,
      due: r.date,
      ...(phase && { phase: phase.id }),
      ...(r.years !== undefined && { years: r.years }),
      round: r.round,
      five: r.five,
      done: acts.length > 0,
      evidence: acts.map((x) => ({ by: who(x.by), ...(x.when && { date: x.when }), ...(x.title && { title: x.title.normalize('NFC').replace(/\s+/g, ' ').trim() }) })),
    });
  }

  for (const m of plan.movements ?? []) {
    for (const q of m.quotas ?? []) {
      const due = (q.due ? parseDate(q.due) : undefined) ?? endOfYear(year);
      const forms = (q.forms ?? []).map((f) => ({ id: f.id, title: (f.title ?? f.id).normalize('NFC') }));
      for (const owner of ownersOf(units, q.owner, plan)) {
        // Only selections that qualify count, as in `thidua report` (which also says why the others do not).
        const sels = progress.selections(q.id, owner.id).filter((s) => selectionQualifies(s, q, units));
        const of = q.min ?? 1;
        add({
          kind: 'quota',
          id: q.id,
          owner,
          movement: m.id,
          title: (q.purpose ?? q.id).normalize('NFC'),
          due,
          select: q.select,
          ...(q.min !== undefined && { min: q.min }),
          ...(q.max !== undefined && { max: q.max }),
          ...(q.where?.tags?.length && { tags: q.where.tags }),
          ...(q.within === 'owner' && { withinOwner: true }),
          ...(forms.length && { forms }),
          progress: { done: sels.length, of },
          done: sels.length >= of,
          evidence: sels.map((s) => {
            const form = s.form ? forms.find((f) => f.id === s.form) ?? { id: s.form, title: s.form } : undefined;
            const own = s.date ? parseDate(s.date) : undefined;
            return { chosen: who(s.chosen), ...(form && { form }), ...(own ? { date: own } : s.source.asOf && { reported: s.source.asOf }) };
          }),
        });
      }
    }
    for (const t of m.targets ?? []) {
      const due = (t.due ? parseDate(t.due) : undefined) ?? endOfYear(year);
      for (const owner of ownersOf(units, t.owner, plan)) {
        const rec = progress.achieved(t.id, owner.id);
        const achieved = rec?.achieved ?? 0;
        add({
          kind: 'target',
          id: t.id,
          owner,
          movement: m.id,
          title: (t.title ?? t.id).normalize('NFC'),
          due,
          ...(t.count !== undefined && { count: t.count, progress: { done: achieved, of: t.count } }),
          // With no number promised, reporting at all is what the box asks.
          done: t.count !== undefined ? achieved >= t.count : rec !== undefined,
          evidence: rec ? [{ by: who(rec.by), achieved: rec.achieved, ...(rec.source.asOf && { reported: rec.source.asOf }) }] : [],
        });
      }
    }
  }

  for (const m of plan.milestones ?? []) {
    const due = parseDate(m.due);
    if (!due) continue;
    for (const owner of ownersOf(units, m.owner, plan)) {
      const rec = progress.milestoneDone(m.id, owner.id);
      add({
        kind: 'milestone',
        id: m.id,
        owner,
        ...(m.movement && { movement: m.movement }),
        title: (m.title ?? m.id).normalize('NFC'),
        due,
        ...(m.type && { milestoneType: m.type }),
        done: rec !== undefined,
        evidence: rec ? [{ ...(rec.when && { date: rec.when }) }] : [],
      });
    }
  }

  const by = input.by ?? 'phase';
  const mine = input.unit === undefined ? items : items.filter((i) => i.owner?.id === input.unit);
  mine.sort(compareItems);
  const groups = by === 'unit' ? groupByUnit(mine, plan.issuer) : groupByPhase(mine, phases);
  return {
    plan: { id: plan.id, title: (plan.title ?? plan.id).normalize('NFC'), year },
    year,
    asOf,
    by,
    ...(input.unit !== undefined && { unit: { id: input.unit, name: unitName(units, input.unit), kind: units.get(input.unit)?.unit.kind ?? '' } }),
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
