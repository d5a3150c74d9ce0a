import { dirname } from 'node:path';
import { parseDate, compareDates, type CalDate } from '../model/date.js';
import type { PlanDoc, ProgressDoc, Unit, UnitsDoc } from '../model/types.js';
import { plans, progressDocs, unitsDocs, type LoadedDoc, type Workspace } from './workspace.js';

export interface UnitEntry {
  unit: Unit;
  doc: LoadedDoc<UnitsDoc>;
  index: number;
}

export type UnitMap = ReadonlyMap<string, UnitEntry>;

export interface PlanMatch {
  plan?: LoadedDoc<PlanDoc>;
  /** More than one plan fits: the reference is ambiguous. */
  candidates: LoadedDoc<PlanDoc>[];
}

/**
 * How references find their targets in a repository holding many offices'
 * files: a document sees the units and plans of its own directory and of
 * every ancestor directory, the nearest first (so sibling folders — two
 * provinces — never see each other's `so-tu-phap`). When nothing is visible
 * that way, the whole workspace is searched.
 */
export class Scope {
  private unitCache = new Map<string, Map<string, UnitEntry>>();
  private byDirUnits = new Map<string, LoadedDoc<UnitsDoc>[]>();
  private byDirPlans = new Map<string, LoadedDoc<PlanDoc>[]>();

  constructor(private ws: Workspace) {
    for (const d of unitsDocs(ws)) push(this.byDirUnits, d.file.dir, d);
    for (const d of plans(ws)) push(this.byDirPlans, d.file.dir, d);
  }

  /**
   * Units visible from a directory; a nearer definition shadows a farther one.
   * A folder without units files shares its parent's map, so a repository of
   * thousands of folders builds one map per units-bearing folder, not per file.
   */
  unitsAt(dir: string): UnitMap {
    const map = this.visible(dir);
    if (map.size > 0) return map;
    this.global ??= this.mapOf(unitsDocs(this.ws), new Map());
    if (this.global.size > 0) this.usedFallback = true;
    return this.global;
  }

  /**
   * Set once a reference was resolved across the whole workspace rather than by
   * folder: a run split by folder would then not see what a single run sees.
   */
  usedFallback = false;

  private global: Map<string, UnitEntry> | undefined;

  private visible(dir: string): Map<string, UnitEntry> {
    let map = this.unitCache.get(dir);
    if (map) return map;
    const parent = dirname(dir);
    const above = parent === dir ? new Map<string, UnitEntry>() : this.visible(parent);
    const own = this.byDirUnits.get(dir);
    map = own ? this.mapOf(own, new Map(above)) : above;
    this.unitCache.set(dir, map);
    return map;
  }

  private mapOf(docs: LoadedDoc<UnitsDoc>[], map: Map<string, UnitEntry>): Map<string, UnitEntry> {
    for (const doc of docs) doc.data.units.forEach((unit, index) => map.set(unit.id, { unit, doc, index }));
    return map;
  }

  unitsFor(doc: LoadedDoc): UnitMap {
    return this.unitsAt(doc.file.dir);
  }

  /** The plan a progress file reports on: by id, then `planYear`, then the year of `asOf`. */
  private planCache = new WeakMap<LoadedDoc<ProgressDoc>, PlanMatch>();

  planFor(progress: LoadedDoc<ProgressDoc>): PlanMatch {
    let m = this.planCache.get(progress);
    if (!m) this.planCache.set(progress, (m = this.findPlan(progress)));
    return m;
  }

  private findPlan(progress: LoadedDoc<ProgressDoc>): PlanMatch {
    const { plan: id, planYear, asOf } = progress.data;
    const fits = (p: LoadedDoc<PlanDoc>): boolean => p.data.id === id && (planYear === undefined || p.data.year === planYear);
    let found: LoadedDoc<PlanDoc>[] = [];
    // planYear filters at each level, so a nearer plan of another year does not hide the right one.
    for (const d of ancestors(progress.file.dir)) {
      found = (this.byDirPlans.get(d) ?? []).filter(fits);
      if (found.length) break;
    }
    if (!found.length) {
      if (!this.plansById) {
        this.plansById = new Map();
        for (const p of plans(this.ws)) push(this.plansById, p.data.id, p);
      }
      found = (this.plansById.get(id) ?? []).filter(fits);
      if (found.length) this.usedFallback = true;
    }
    const asOfYear = asOf ? parseDate(asOf)?.y : undefined;
    if (found.length > 1 && asOfYear !== undefined) {
      const same = found.filter((p) => p.data.year === asOfYear);
      if (same.length) found = same;
    }
    return found.length === 1 ? { plan: found[0], candidates: found } : { candidates: found };
  }

  private plansById: Map<string, LoadedDoc<PlanDoc>[]> | undefined;
  private byPlan: Map<LoadedDoc<PlanDoc>, LoadedDoc<ProgressDoc>[]> | undefined;

  /** Every progress document that reports on this plan (indexed once per workspace). */
  progressFor(plan: LoadedDoc<PlanDoc>): LoadedDoc<ProgressDoc>[] {
    if (!this.byPlan) {
      this.byPlan = new Map();
      for (const d of progressDocs(this.ws)) {
        const p = this.planFor(d).plan;
        if (p) push(this.byPlan, p, d);
      }
    }
    return this.byPlan.get(plan) ?? [];
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function ancestors(dir: string): string[] {
  const out = [dir];
  for (let d = dir, p = dirname(d); p !== d; d = p, p = dirname(p)) out.push(p);
  return out;
}

/** True when `id` sits (at any depth) under `ancestor` in the unit tree. */
export function isUnder(units: UnitMap, id: string, ancestor: string): boolean {
  const seen = new Set<string>();
  for (let cur = units.get(id)?.unit.parent; cur !== undefined && !seen.has(cur); cur = units.get(cur)?.unit.parent) {
    if (cur === ancestor) return true;
    seen.add(cur);
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

const childrenCache = new WeakMap<UnitMap, Map<string, UnitEntry[]>>();

/** Every unit below `id` in the tree (children, their children…), via an index built once per map. */
export function descendants(units: UnitMap, id: string): UnitEntry[] {
  let children = childrenCache.get(units);
  if (!children) {
    children = new Map();
    for (const e of units.values()) {
      if (e.unit.parent === undefined) continue;
      const list = children.get(e.unit.parent);
      if (list) list.push(e);
      else children.set(e.unit.parent, [e]);
    }
    childrenCache.set(units, children);
  }
  const out: UnitEntry[] = [];
  const seen = new Set<string>([id]);
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const e = stack.pop()!;
    if (seen.has(e.unit.id)) continue; // a cycle is unit-references-resolve's finding
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
