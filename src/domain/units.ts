/**
 * Units: who exists on a day, who sits under whom, which units an owner
 * names, and whose records count for whom. The one place these are decided;
 * rules, views and authoring ask here.
 */
import { compareDates, parseDate, type CalDate } from '../model/date.js';
import { compareVi } from '../model/text.js';
import type { Owner, Owners, PlanDoc, Unit, UnitParent } from '../model/types.js';
import type { UnitEntry, UnitMap } from './scope.js';
import { reversedSpan } from './windows.js';

/**
 * A unit's parent on a day: the entry of `parents` whose days (from, to, both
 * included; an absent end is open) hold it, else `parent`. With no day (a
 * record without a date, the tree drawn once), `parent`, else the latest
 * entry of `parents`: the unit as it stands now. The one place a parent is read.
 */
export function parentOn(unit: Unit | undefined, day?: CalDate): string | undefined {
  if (unit?.parents === undefined) return unit?.parent;
  if (day === undefined) return unit.parent ?? unit.parents[unit.parents.length - 1]?.parent;
  for (const p of unit.parents) {
    const from = p.from ? parseDate(p.from) : undefined;
    const to = p.to ? parseDate(p.to) : undefined;
    if ((!from || compareDates(from, day) <= 0) && (!to || compareDates(day, to) <= 0)) return p.parent;
  }
  return unit.parent;
}

/** The parent of unit `id` on `day` (see parentOn). */
const up = (units: UnitMap, id: string, day?: CalDate): string | undefined => parentOn(units.get(id)?.unit, day);

/** True when `id` sits (at any depth) under `ancestor` in the unit tree (on `day`, when given). */
export function isUnder(units: UnitMap, id: string, ancestor: string, day?: CalDate): boolean {
  // A chain without a loop has at most units.size + 1 links (the last may be unknown): a longer
  // walk only goes round a loop again. Counting steps spares a Set per call on every selection.
  let steps = units.size + 1;
  for (let cur = up(units, id, day); cur !== undefined && steps-- > 0; cur = up(units, cur, day)) {
    if (cur === ancestor) return true;
  }
  return false;
}

/** Whether a unit exists on a day, by its validFrom/validTo. */
export function unitValidOn(unit: Unit, day: CalDate): boolean {
  const from = unit.validFrom ? parseDate(unit.validFrom) : undefined;
  const to = unit.validTo ? parseDate(unit.validTo) : undefined;
  return (!from || compareDates(from, day) <= 0) && (!to || compareDates(day, to) <= 0);
}

const byKindCache = new WeakMap<UnitMap, Map<string, UnitEntry[]>>();

/** Units grouped by kind, built once per unit map: `{kind: K}` owners are looked up per record. */
export function unitsOfKind(units: UnitMap, kind: string): readonly UnitEntry[] {
  let byKind = byKindCache.get(units);
  if (!byKind) {
    byKind = new Map();
    for (const e of units.values()) {
      const list = byKind.get(e.unit.kind);
      if (list) list.push(e);
      else byKind.set(e.unit.kind, [e]);
    }
    byKindCache.set(units, byKind);
  }
  return byKind.get(kind) ?? [];
}

const changedCache = new WeakMap<UnitMap, boolean>();

/** True when some unit ever changed parent (`parents`): then the tree depends on the day. */
export function treeChanged(units: UnitMap): boolean {
  let changed = changedCache.get(units);
  if (changed === undefined) {
    changed = false;
    for (const e of units.values()) if (e.unit.parents !== undefined) changed = true;
    changedCache.set(units, changed);
  }
  return changed;
}

const childrenCache = new WeakMap<UnitMap, Map<string, UnitEntry[]>>();
const subtreeCache = new WeakMap<UnitMap, Map<string, readonly UnitEntry[]>>();

/**
 * Every unit below `id` in the tree (children, their children…), via an index built once per
 * map; kept per map and unit, since each year's plan asks again for the same offices.
 */
export function descendants(units: UnitMap, id: string): readonly UnitEntry[] {
  let subtrees = subtreeCache.get(units);
  if (!subtrees) subtreeCache.set(units, (subtrees = new Map()));
  let list = subtrees.get(id);
  if (!list) subtrees.set(id, (list = collectDescendants(units, id)));
  return list;
}

function collectDescendants(units: UnitMap, id: string): UnitEntry[] {
  let children = childrenCache.get(units);
  if (!children) {
    children = new Map();
    // The tree as it stands now (parentOn with no day).
    for (const e of units.values()) {
      const parent = parentOn(e.unit);
      if (parent === undefined) continue;
      const list = children.get(parent);
      if (list) list.push(e);
      else children.set(parent, [e]);
    }
    childrenCache.set(units, children);
  }
  // Each unit has one parent, so without a loop the walk meets each unit below once: no Set is
  // needed. A walk longer than the map has gone round a loop (unit-references-resolve's
  // finding) and is done again with one.
  const out: UnitEntry[] = [];
  const stack = children.get(id)?.slice() ?? [];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.unit.id === id || out.length >= units.size) return walkWithSeen(children, id);
    out.push(e);
    const below = children.get(e.unit.id);
    if (below) for (const c of below) stack.push(c);
  }
  return out;
}

function walkWithSeen(children: ReadonlyMap<string, UnitEntry[]>, id: string): UnitEntry[] {
  const out: UnitEntry[] = [];
  const seen = new Set<string>([id]);
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const e = stack.pop()!;
    if (seen.has(e.unit.id)) continue;
    seen.add(e.unit.id);
    out.push(e);
    stack.push(...(children.get(e.unit.id) ?? []));
  }
  return out;
}

/** Units an owner names: the unit itself, or each unit of the kind. */
export function ownerUnits(units: UnitMap, owner: string | { kind: string }): UnitEntry[] {
  if (typeof owner === 'string') {
    const u = units.get(owner);
    return u ? [u] : [];
  }
  return [...unitsOfKind(units, owner.kind)];
}

/** A unit's name as users read it (NFC); undefined when no unit has the id (views then show the id). */
export const unitName = (units: UnitMap, id: string): string | undefined => units.get(id)?.unit.name.normalize('NFC');

/** `ptp-my-tho`, or `{kind: phong-tu-phap}`, as the user wrote it. */
export const ownerText = (o: Owner): string => (typeof o === 'string' ? o : `{kind: ${o.kind}}`);

export interface OwnerUnit {
  id: string;
  name: string;
  kind: string;
}

/** The owners an obligation names, as a list: `owner: a`, `owner: [a, {kind: K}]`, or none. */
export const ownerList = (o: Owners | undefined): Owner[] => (o === undefined ? [] : Array.isArray(o) ? o : [o]);

/**
 * The units an owner names on a day (the plan's issue date): the unit itself,
 * or each unit of a kind (`{kind: K}`) that exists that day, sorted by name.
 * Several owners (`[so-tu-phap, {kind: phong-tu-phap}]`) name the units each
 * one names, every unit once: each owes the obligation on its own. With no
 * owner the work is the issuer's. A unit id that resolves to nothing is kept
 * by id (kind ''), so the item is still shown. The one place an owner is
 * resolved: the obligation lines (domain/obligations-context.ts) ask here too.
 */
export function ownersOf(units: UnitMap, owner: Owners | undefined, plan: PlanDoc, day: CalDate): OwnerUnit[] {
  const list = owner === undefined ? ownerList(plan.issuer) : ownerList(owner);
  const seen = new Set<string>();
  const out: OwnerUnit[] = [];
  const add = (u: OwnerUnit): void => {
    if (seen.has(u.id)) return;
    seen.add(u.id);
    out.push(u);
  };
  for (const o of list) {
    if (typeof o === 'string') {
      const u = units.get(o)?.unit;
      add({ id: o, name: (u?.name ?? o).normalize('NFC'), kind: u?.kind ?? '' });
      continue;
    }
    for (const e of unitsOfKind(units, o.kind)) if (unitValidOn(e.unit, day)) add({ id: e.unit.id, name: e.unit.name.normalize('NFC'), kind: e.unit.kind });
  }
  return list.length > 1 || typeof list[0] !== 'string' ? out.sort((a, b) => compareVi(a.name, b.name) || (a.id < b.id ? -1 : 1)) : out;
}

/**
 * Whose obligation a record counts toward — the one rule every command
 * follows (docs/workspace.md, "Whose records count"): the owner that reported
 * it, else the nearest owner above it in the unit tree. A commune's selection
 * or figure is part of its district's work; each unit reports only its own
 * contribution, so a parent's line adds its children's figures to its own.
 * The tree is the one in force on the record's day (`parents`, parentOn): a
 * school's report of 30/06/2025 counts for its district, of 01/07/2025 for
 * its new commune.
 */
export function creditedOwner<T>(owners: ReadonlyMap<string, T>, by: string, units: UnitMap, day?: CalDate): T | undefined {
  const own = owners.get(by);
  if (own !== undefined) return own;
  const seen = new Set<string>();
  for (let cur = up(units, by, day); cur !== undefined && !seen.has(cur); cur = up(units, cur, day)) {
    const l = owners.get(cur);
    if (l !== undefined) return l;
    seen.add(cur);
  }
  return undefined;
}

/** True when a record by `by` (of `day`, when dated) counts toward an owner (`owner` itself or a unit above `by`). */
export function countsToward(units: UnitMap, by: string, owner: Owner, day?: CalDate): boolean {
  if (typeof owner === 'string') return by === owner || isUnder(units, by, owner, day);
  if (units.get(by)?.unit.kind === owner.kind) return true;
  let steps = units.size + 1;
  for (let cur = up(units, by, day); cur !== undefined && steps-- > 0; cur = up(units, cur, day)) {
    if (units.get(cur)?.unit.kind === owner.kind) return true;
  }
  return false;
}

/**
 * A unit's parent spans that cannot all hold (parentOn would take the first
 * in list order): each reversed one (`overlap` undefined), and each that
 * starts on or before the end of an earlier-starting one, with the first day
 * both hold (`day` undefined when both are open at both ends).
 */
export function parentSpans(parents: readonly UnitParent[], found: (index: number, overlap?: { a: string; b: string; day?: CalDate }) => void): void {
  const FAR = { y: 9999, m: 12, d: 31 };
  const NEVER = { y: 0, m: 1, d: 1 };
  const spans = parents.flatMap((p, j) => {
    if (reversedSpan(p.from, p.to)) {
      found(j);
      return [];
    }
    const from = p.from ? parseDate(p.from) : NEVER;
    const to = p.to ? parseDate(p.to) : FAR;
    return from && to ? [{ j, from, to, parent: p.parent }] : [];
  });
  spans.sort((a, b) => compareDates(a.from, b.from) || a.j - b.j);
  for (let k = 1; k < spans.length; k++) {
    const prev = spans[k - 1]!;
    const cur = spans[k]!;
    if (compareDates(cur.from, prev.to) <= 0) {
      // The first day both spans hold: the later start, or (both open at the start) the earlier end.
      const shared = cur.from !== NEVER ? cur.from : compareDates(prev.to, cur.to) <= 0 ? prev.to : cur.to;
      found(cur.j, { a: prev.parent, b: cur.parent, ...(shared === FAR ? {} : { day: shared }) });
    }
  }
}
