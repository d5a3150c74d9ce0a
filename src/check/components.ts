import { dirname, sep } from 'node:path';
import { ancestors } from '../load/ancestors.js';
import { plans, progressDocs, unitsDocs, type Workspace } from '../load/workspace.js';
import type { ProgressDoc } from '../model/types.js';
import { planNames } from '../domain/plan-identity.js';

/**
 * A folder tree whose files cannot see any file outside it by folder: references
 * resolve to the file's own folder and the folders above (docs/workspace.md), so
 * files under two folders neither of which is above the other never meet — except
 * through the fallback to the whole workspace, which `Summary` records.
 */
export interface Component {
  /** The top folder. */
  root: string;
  /** Indexes into the run's target list and context list, in their order. */
  targets: number[];
  context: number[];
}

const dirOf = (abs: string, cwd: string): string => (abs === '-' ? cwd : dirname(abs));

/** Splits the files into components, in the order their first target comes. */
export function components(targets: readonly string[], context: readonly string[], cwd: string): Component[] {
  // Each file's folder; files come sorted, so a folder's files are consecutive and share
  // one string (whose hash the sets and maps below then compute once).
  const folders = (list: readonly string[]): string[] => {
    let prev = '';
    return list.map((f) => {
      const n = prev.length;
      if (n && f.startsWith(prev) && f[n] === sep && f.indexOf(sep, n + 1) === -1) return prev;
      return (prev = dirOf(f, cwd));
    });
  };
  const tDirs = folders(targets);
  const cDirs = folders(context);
  const dirs = new Set([...tDirs, ...cDirs]);
  // The topmost folder holding files at or above each folder, memoised up the tree so a
  // repository of thousands of folders walks each folder once.
  const topOf = new Map<string, string | undefined>();
  const top = (dir: string): string | undefined => {
    if (topOf.has(dir)) return topOf.get(dir);
    const parent = dirname(dir);
    const r = (parent === dir ? undefined : top(parent)) ?? (dirs.has(dir) ? dir : undefined);
    topOf.set(dir, r);
    return r;
  };
  const byRoot = new Map<string, Component>();
  let last: { dir: string; c: Component } | undefined;
  const add = (dir: string, i: number, list: 'targets' | 'context'): void => {
    if (last?.dir !== dir) {
      const r = top(dir)!;
      let c = byRoot.get(r);
      if (!c) byRoot.set(r, (c = { root: r, targets: [], context: [] }));
      last = { dir, c };
    }
    last.c[list].push(i);
  };
  tDirs.forEach((d, i) => add(d, i, 'targets'));
  cDirs.forEach((d, i) => add(d, i, 'context'));
  return [...byRoot.values()];
}

/** What a component's check needs from, or gives to, the rest of the workspace. */
export interface Summary {
  planIds: string[];
  /** Some valid units file declares at least one unit. */
  hasUnits: boolean;
  /** Some file sees no units by folder, so it sees every unit of the workspace. */
  unitsFallback: boolean;
  /** Plan ids that some progress file looks up in the whole workspace, not finding them by folder. */
  planFallback: string[];
  /** Ids of plans here that carry waivers, and plan ids progress files here name: waivers.ts joins them by id. */
  waiverPlans: string[];
  reportsOn: string[];
}

/**
 * When `Scope` falls back to the whole workspace (src/domain/scope.ts: `unitsAt`,
 * `findPlan`), decided here from the loaded docs alone; it may say yes where Scope
 * would not look (a file no rule asks about), which only costs a check of more files.
 */
export function summarize(ws: Workspace): Summary {
  // Loops, not filter/map chains: this runs once per tree, thousands of times a run.
  const unitDirs = new Set<string>();
  for (const d of unitsDocs(ws)) if (d.data.units.length > 0) unitDirs.add(d.file.dir);
  const planIds = new Set<string>();
  const plansAt = new Map<string, { id: string; year: number }[]>();
  const waiverPlans: string[] = [];
  for (const p of plans(ws)) {
    const waivers = Boolean(p.data.waivers?.length);
    for (const id of planNames(p.data)) {
      planIds.add(id);
      if (waivers) waiverPlans.push(id);
      const l = plansAt.get(p.file.dir);
      if (l) l.push({ id, year: p.data.year });
      else plansAt.set(p.file.dir, [{ id, year: p.data.year }]);
    }
  }
  // Memoised per folder (and per reference): a tree's files share their folders.
  const seesUnits = new Map<string, boolean>();
  const sees = (dir: string): boolean => {
    let r = seesUnits.get(dir);
    if (r === undefined) {
      const parent = dirname(dir);
      seesUnits.set(dir, (r = unitDirs.has(dir) || (parent !== dir && sees(parent))));
    }
    return r;
  };
  const unitsFallback = ws.docs.some((d) => !sees(d.file.dir));
  const planFallback = new Set<string>();
  const looked = new Set<string>();
  const reportsOn = new Set<string>();
  // A folder's progress files come together and name the same plan: the one before is asked first.
  let last: ProgressDoc | undefined;
  let lastDir = '';
  for (const d of progressDocs(ws)) {
    const { plan, planYear } = d.data;
    reportsOn.add(plan);
    if (last && lastDir === d.file.dir && last.plan === plan && last.planYear === planYear) continue;
    last = d.data;
    lastDir = d.file.dir;
    const key = `${d.file.dir}\n${plan}\n${planYear}`;
    if (looked.has(key)) continue;
    looked.add(key);
    const fits = (x: { id: string; year: number }): boolean => x.id === plan && (planYear === undefined || x.year === planYear);
    if (!ancestors(d.file.dir).some((a) => plansAt.get(a)?.some(fits))) planFallback.add(plan);
  }
  return { waiverPlans, reportsOn: [...reportsOn], planIds: [...planIds], hasUnits: unitDirs.size > 0, unitsFallback, planFallback: [...planFallback] };
}
