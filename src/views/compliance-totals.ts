/**
 * Totals per movement, per phase and per unit, and the overall outcome. The
 * worst outcome of a group is its outcome: fail, then late, then pending,
 * then pass; waived and not-applicable lines neither pass nor fail a group.
 */
import type { PlanDoc } from '../model/types.js';
import type { Counts, GroupTotal, Obligation, Outcome, Totals } from './compliance-types.js';

const emptyCounts = (): Counts => ({ pass: 0, fail: 0, pending: 0, late: 0, 'not-applicable': 0, waived: 0, total: 0 });

export function count(lines: readonly Obligation[]): Counts {
  const c = emptyCounts();
  for (const l of lines) {
    c[l.outcome]++;
    c.total++;
  }
  return c;
}

export function worst(c: Counts): Outcome {
  if (c.fail) return 'fail';
  if (c.late) return 'late';
  if (c.pending) return 'pending';
  if (c.pass) return 'pass';
  if (c.waived) return 'waived';
  return 'not-applicable';
}

function groups(lines: readonly Obligation[], key: (l: Obligation) => string | undefined, order: { id: string; name: string }[]): GroupTotal[] {
  const by = new Map<string, Obligation[]>(order.map((o) => [o.id, []]));
  for (const l of lines) {
    const k = key(l);
    if (k === undefined) continue;
    const list = by.get(k);
    if (list) list.push(l);
    else by.set(k, [l]);
  }
  const names = new Map(order.map((o) => [o.id, o.name]));
  return [...by].map(([id, ls]) => {
    const counts = count(ls);
    return { id, name: names.get(id) ?? id, counts, outcome: worst(counts) };
  });
}

export function totals(plan: PlanDoc, lines: readonly Obligation[]): Totals {
  const units = new Map<string, string>();
  for (const l of lines) if (!units.has(l.owner)) units.set(l.owner, l.ownerName ?? l.owner);
  return {
    overall: count(lines),
    movements: groups(lines, (l) => l.movement, (plan.movements ?? []).map((m) => ({ id: m.id, name: m.title }))),
    phases: groups(lines, (l) => l.phase, (plan.phases ?? []).map((p) => ({ id: p.id, name: p.name ?? p.id }))),
    units: groups(lines, (l) => l.owner, [...units].map(([id, name]) => ({ id, name }))),
  };
}
