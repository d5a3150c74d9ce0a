import { dirname } from 'node:path';
import { parseDate } from '../model/date.js';
import type { PlanDoc, ProgressDoc, Unit, UnitsDoc } from '../model/types.js';
import { plans, progressDocs, unitsDocs, type LoadedDoc, type Workspace } from '../load/workspace.js';
import { namesPlan, planNames } from './plan-identity.js';

export interface UnitEntry {
  unit: Unit;
  doc: LoadedDoc<UnitsDoc>;
  index: number;
}

export type UnitMap = ReadonlyMap<string, UnitEntry>;

/** A progress document with what it refers to, resolved once for every rule that walks them all. */
export interface ProgressEntry {
  doc: LoadedDoc<ProgressDoc>;
  /** As `planFor` finds it. */
  match: PlanMatch;
  /** As `unitsFor` finds them. */
  units: UnitMap;
}

export interface PlanMatch {
  plan?: LoadedDoc<PlanDoc>;
  /** More than one plan fits: the reference is ambiguous. */
  candidates: LoadedDoc<PlanDoc>[];
  /**
   * No valid plan fits, but a plan document of that name failed its schema and was not
   * salvaged (a required field missing): the reference is right, the plan's own finding says
   * what is wrong, and the progress file is not checked against it.
   */
  refused?: LoadedDoc;
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
  private byDirRefused = new Map<string, LoadedDoc[]>();

  /**
   * `planIds`: every plan id of the whole repository, in file order, when `ws` is only the
   * part of it being checked (src/check/run.ts checks folder trees one at a time).
   */
  constructor(
    private ws: Workspace,
    private outside: { planIds?: readonly string[] } = {},
  ) {
    for (const d of unitsDocs(ws)) push(this.byDirUnits, d.file.dir, d);
    for (const d of plans(ws)) push(this.byDirPlans, d.file.dir, d);
    for (const d of ws.docs) if (d.kind === 'plan' && !d.valid) push(this.byDirRefused, d.file.dir, d);
  }

  /** The ids of every plan a "did you mean" may suggest. */
  planIds(): readonly string[] {
    return this.outside.planIds ?? plans(this.ws).map((p) => p.data.id);
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
    return this.global;
  }


  private global: Map<string, UnitEntry> | undefined;

  private visible(dir: string): Map<string, UnitEntry> {
    let map = this.unitCache.get(dir);
    if (map) return map;
    const parent = dirname(dir);
    const above = parent === dir ? new Map<string, UnitEntry>() : this.visible(parent);
    const own = this.byDirUnits.get(dir);
    map = own ? this.mapOf(own, above) : above;
    this.unitCache.set(dir, map);
    return map;
  }

  /**
   * True when the units files of `dir` name each unit once and shadow no unit of the folders
   * above: the folder's map then grew by exactly their units. Read from the sizes of the maps
   * references use, so a clean repository builds no second index of its unit ids.
   */
  unitIdsDistinct(dir: string): boolean {
    const own = this.byDirUnits.get(dir);
    if (!own) return true;
    const parent = dirname(dir);
    let n = parent === dir ? 0 : this.visible(parent).size;
    for (const d of own) n += d.data.units.length;
    return this.visible(dir).size === n;
  }

  /**
   * `docs` shadow the units of the folders above (`above`); among `docs` themselves the first
   * declaration of an id stands, the one unique-ids reports the others against.
   */
  private mapOf(docs: LoadedDoc<UnitsDoc>[], above: ReadonlyMap<string, UnitEntry>): Map<string, UnitEntry> {
    const map = new Map(above);
    for (const doc of docs) {
      const units = doc.data.units;
      for (let index = 0; index < units.length; index++) {
        const id = units[index]!.id;
        const prev = map.get(id);
        if (prev === undefined || prev === above.get(id)) map.set(id, { unit: units[index]!, doc, index });
      }
    }
    return map;
  }

  unitsFor(doc: LoadedDoc): UnitMap {
    // A folder's files come one after another and every rule asks for each: the last answer is kept.
    const dir = doc.file.dir;
    if (dir !== this.lastDir || !this.lastUnits) {
      this.lastUnits = this.unitsAt(dir);
      this.lastDir = dir;
    }
    return this.lastUnits;
  }

  private lastDir: string | undefined;
  private lastUnits: UnitMap | undefined;

  /** The plan a progress file reports on: by id, then `planYear`, then the year of `asOf`. */
  private planCache = new WeakMap<LoadedDoc<ProgressDoc>, PlanMatch>();

  /**
   * The answer depends only on the folder, `plan`, `planYear` and `asOf`; a folder's dozens of
   * progress files come one after another and name the same plan, so they share one search
   * (and one PlanMatch, never mutated).
   */
  private lastPlan: { dir: string; id: string; planYear?: number; asOf?: string; match: PlanMatch } | undefined;

  planFor(progress: LoadedDoc<ProgressDoc>): PlanMatch {
    let m = this.planCache.get(progress);
    if (!m) this.planCache.set(progress, (m = this.resolvePlan(progress)));
    return m;
  }

  private resolvePlan(progress: LoadedDoc<ProgressDoc>): PlanMatch {
    const { plan: id, planYear, asOf } = progress.data;
    const dir = progress.file.dir;
    const last = this.lastPlan;
    if (last && last.dir === dir && last.id === id && last.planYear === planYear && last.asOf === asOf) return last.match;
    const match = this.findPlan(dir, id, planYear, asOf ? parseDate(asOf)?.y : undefined);
    this.lastPlan = { dir, id, planYear, asOf, match };
    return match;
  }

  private findPlan(dir: string, id: string, planYear: number | undefined, asOfYear: number | undefined): PlanMatch {
    const fits = (p: LoadedDoc<PlanDoc>): boolean => namesPlan(p.data, id) && (planYear === undefined || p.data.year === planYear);
    let found: LoadedDoc<PlanDoc>[] = [];
    // planYear filters at each level, so a nearer plan of another year does not hide the right one.
    // Up the folders one by one, with no list of them: a repository has thousands of folders.
    for (let d = dir, up = dirname(d); ; d = up, up = dirname(up)) {
      const here = this.byDirPlans.get(d);
      if (here?.some(fits)) {
        found = here.filter(fits);
        break;
      }
      // Found by folder only, as the nearest plan would be: a run checks a folder tree with the folders above it.
      const refused = this.byDirRefused.get(d)?.find((r) => refusedFits(r.data, id, planYear));
      if (refused) return { candidates: [], refused };
      if (up === d) break;
    }
    if (!found.length) {
      if (!this.plansById) {
        this.plansById = new Map();
        for (const p of plans(this.ws)) for (const name of planNames(p.data)) push(this.plansById, name, p);
      }
      found = (this.plansById.get(id) ?? []).filter(fits);
    }
    if (found.length > 1 && asOfYear !== undefined) {
      const same = found.filter((p) => p.data.year === asOfYear);
      if (same.length) found = same;
    }
    return found.length === 1 ? { plan: found[0], candidates: found } : { candidates: found };
  }

  private plansById: Map<string, LoadedDoc<PlanDoc>[]> | undefined;
  private byPlan: Map<LoadedDoc<PlanDoc>, LoadedDoc<ProgressDoc>[]> | undefined;

  private entries: ProgressEntry[] | undefined;

  /**
   * Every valid progress document with its plan and its units, in workspace order, resolved
   * once: five rules walk ten thousand of them, and then look nothing up per file.
   */
  progress(): readonly ProgressEntry[] {
    this.entries ??= progressDocs(this.ws).map((doc) => ({ doc, match: this.planCache.get(doc) ?? this.resolvePlan(doc), units: this.unitsFor(doc) }));
    return this.entries;
  }

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

/** A refused plan's data is as written: its name and year are trusted only when they have their types. */
function refusedFits(data: unknown, id: string, planYear: number | undefined): boolean {
  const { id: name, uid, year } = data as { id?: unknown; uid?: unknown; year?: unknown };
  // Named as a valid plan is (plan-identity.ts): by its number, or by its uid.
  const named = namesPlan({ id: typeof name === 'string' ? name : '', uid: typeof uid === 'string' ? uid : undefined }, id);
  return named && (planYear === undefined || typeof year !== 'number' || year === planYear);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
