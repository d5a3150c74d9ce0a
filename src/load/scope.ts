import { dirname } from 'node:path';
import { parseDate, compareDates, type CalDate } from '../model/date.js';
import type { PlanDoc, ProgressDoc, Unit, UnitsDoc } from '../model/types.js';
import { plans, unitsDocs, type LoadedDoc, type Workspace } from './workspace.js';

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

  /** Units visible from a directory; a nearer definition shadows a farther one. */
  unitsAt(dir: string): UnitMap {
    let map = this.unitCache.get(dir);
    if (map) return map;
    const levels = ancestors(dir).map((d) => this.byDirUnits.get(d) ?? []).filter((l) => l.length > 0);
    const docs = levels.length > 0 ? levels.reverse().flat() : unitsDocs(this.ws);
    map = new Map();
    for (const doc of docs) doc.data.units.forEach((unit, index) => map!.set(unit.id, { unit, doc, index }));
    this.unitCache.set(dir, map);
    return map;
  }

  unitsFor(doc: LoadedDoc): UnitMap {
    return this.unitsAt(doc.file.dir);
  }

  /** The plan a progress file reports on: by id, then `planYear`, then the year of `asOf`. */
  planFor(progress: LoadedDoc<ProgressDoc>): PlanMatch {
    const { plan: id, planYear, asOf } = progress.data;
    let found: LoadedDoc<PlanDoc>[] = [];
    for (const d of ancestors(progress.file.dir)) {
      found = (this.byDirPlans.get(d) ?? []).filter((p) => p.data.id === id);
      if (found.length) break;
    }
    if (!found.length) found = plans(this.ws).filter((p) => p.data.id === id);
    if (planYear !== undefined) found = found.filter((p) => p.data.year === planYear);
    const asOfYear = asOf ? parseDate(asOf)?.y : undefined;
    if (found.length > 1 && asOfYear !== undefined) {
      const same = found.filter((p) => p.data.year === asOfYear);
      if (same.length) found = same;
    }
    return found.length === 1 ? { plan: found[0], candidates: found } : { candidates: found };
  }

  /** Every progress document that reports on this plan. */
  progressFor(plan: LoadedDoc<PlanDoc>): LoadedDoc<ProgressDoc>[] {
    return this.ws.docs.filter(
      (d): d is LoadedDoc<ProgressDoc> => d.valid && d.kind === 'progress' && this.planFor(d as LoadedDoc<ProgressDoc>).plan === plan,
    );
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

/** Units an owner names: the unit itself, or each unit of the kind. */
export function ownerUnits(units: UnitMap, owner: string | { kind: string }): UnitEntry[] {
  if (typeof owner === 'string') {
    const u = units.get(owner);
    return u ? [u] : [];
  }
  return [...units.values()].filter((e) => e.unit.kind === owner.kind);
}
