/**
 * The checklist as JSON (contract in docs/checklist.md): the groups and their
 * items as data, ISO dates, no wording — a tool words it itself.
 */
import type { ChecklistView } from '../views/checklist.js';
import { toJson } from './shared-text.js';

export function checklistJson(v: ChecklistView): string {
  return toJson({
    plan: v.plan.id,
    title: v.plan.title,
    year: v.year,
    asOf: v.asOf,
    by: v.by,
    ...(v.unit && { unit: { id: v.unit.id, name: v.unit.name } }),
    totals: v.totals,
    groups: v.groups.map((g) => ({
      type: g.type,
      ...(g.id !== undefined && { id: g.id }),
      ...(g.type !== 'other' && { title: g.title }),
      ...(g.from && { from: g.from, to: g.to }),
      items: g.items.map((i) => ({
        ...i,
        ...(i.owner && { owner: { id: i.owner.id, name: i.owner.name } }),
      })),
    })),
  });
}
