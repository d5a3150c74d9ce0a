import { resolve } from 'node:path';
import { compareDiagnostics, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Scope } from '../domain/scope.js';
import { displayPaths } from '../load/files.js';
import { loadWorkspace } from '../load/load.js';
import { readSource } from '../load/read.js';
import { textOf, type LoadOptions, type SourceFile, type Workspace } from '../load/workspace.js';
import { CheckCache, sha1 } from './cache.js';
import type { CachedResult } from './cache-shape.js';
import { check, selectRules, type RuleSelection } from './check.js';
import { components, summarize, type Component, type Summary } from './components.js';
import { toISO, type CalDate } from '../model/date.js';
import { applyRuleWaivers, type WaivedFinding, type WaiverOutcome } from './waivers.js';

/** What a run of the rules over some paths found. */
export interface CheckedRun {
  /** Target files, as displayed, in the order they were read. */
  files: string[];
  diagnostics: Diagnostic[];
  /** Findings a rule waiver in force on the as-of day covers; not in `diagnostics`. */
  waived: WaivedFinding[];
  /** A file's text, for code frames, read again from disk (the run keeps no file's text); undefined when it cannot be read. */
  source(path: string): string | undefined;
  /** The folder trees, and what each needs from the others (`groups` joins them). */
  trees: readonly Component[];
  summaries: readonly Summary[];
}

/**
 * Sees each batch of trees while it is loaded, before it is released: `at[k]` is the place
 * of `ws.files[k]` in the run (a target's index, or a context file's after every target),
 * `tree[k]` its tree. Trees a cache answers are not loaded, so not seen.
 */
export type BatchHook = (ws: Workspace, at: readonly number[], tree: readonly number[]) => void;

export interface CacheOptions {
  /** Where the cache file lives. */
  location: string;
  /** What else a cached result depends on: the tool's version and its schemas. */
  salt: string;
  /** When the run started (src/check/cache.ts: RACY_MS); now unless a test says otherwise. */
  started?: number;
}

/**
 * The cache of a run with these options; opened before the folders are walked, whose
 * listings it keeps too (`list`, for expandPaths and contextFiles).
 */
export function openCache(cacheOpts: CacheOptions, opts: LoadOptions, sel: RuleSelection, asOf: CalDate): CheckCache {
  const rules = selectRules(sel).map((r) => r.id);
  // The as-of day decides which waivers are in force.
  return new CheckCache(cacheOpts.location, sha1(JSON.stringify([cacheOpts.salt, rules, opts.lang, opts.cwd, Boolean(opts.full), toISO(asOf)])), cacheOpts.started);
}

/**
 * Loads the target files (with context files for references) and runs the selected
 * rules, one folder tree at a time (src/check/components.ts): only the diagnostics
 * outlive a tree's check, so memory follows the largest tree, not the repository.
 * The findings are those of one check over every file: trees that reach each other
 * through the fallback to the whole workspace are checked again together.
 */
export function runCheck(targets: string[], context: string[], opts: LoadOptions, sel: RuleSelection, asOf: CalDate, cache?: CheckCache, seen?: BatchHook): CheckedRun {
  const checkWs = (ws: Workspace, scope: Scope): WaiverOutcome => applyRuleWaivers(ws, check(ws, sel, scope), asOf);
  const comps = cache ? cache.components(targets, context, () => components(targets, context, opts.cwd)) : components(targets, context, opts.cwd);
  // Standard input cannot be read again for a code frame: its text is kept.
  let stdinText = '';
  const load = (c: Pick<Component, 'targets' | 'context'>): Workspace => {
    const ws = loadWorkspace(
      c.targets.map((i) => targets[i]!),
      opts,
      c.context.map((i) => context[i]!),
    );
    for (const f of ws.files) if (f.abs === '-') stdinText = textOf(f);
    return ws;
  };
  const keys = cache ? cache.treeKeys(comps, targets, context) : comps.map(() => undefined);
  const results = keys.map((k) => (k ? cache!.get(k) : undefined));
  const fresh = new Set<number>();
  // Trees of a few files each are checked some together, which costs less than one check
  // each; what one tree may see of another in the batch is the fallback, which `groups`
  // joins and checks again.
  let batch: number[] = [];
  let size = 0;
  const flush = (): void => {
    if (!batch.length) return;
    const part = batch.map((i) => comps[i]!);
    const ws = load({ targets: part.flatMap((c) => c.targets), context: part.flatMap((c) => c.context) });
    const owner = [...part.flatMap((c, j) => c.targets.map(() => j)), ...part.flatMap((c, j) => c.context.map(() => j))];
    seen?.(ws, [...part.flatMap((c) => c.targets), ...part.flatMap((c) => c.context.map((i) => targets.length + i))], owner.map((j) => batch[j]!));
    split(ws, checkWs(ws, new Scope(ws)), owner, part.length).forEach((r, j) => {
      results[batch[j]!] = r;
      fresh.add(batch[j]!);
    });
    batch = [];
    size = 0;
  };
  comps.forEach((c, i) => {
    if (results[i]) return;
    batch.push(i);
    size += c.targets.length + c.context.length;
    if (size >= BATCH_FILES) flush();
  });
  flush();
  const done = results as CachedResult[];
  const found: Diagnostic[][] = done.map((r) => r.diagnostics);
  const waived: WaivedFinding[][] = done.map((r) => r.waived);
  const allPlanIds = new Set<string>();
  for (const r of done) for (const id of r.planIds) allPlanIds.add(id);
  for (const g of groups(done)) {
    // A tree's own plans are counted only when it looked for a plan elsewhere: most trees did not, and a warm run has 10,000 of them.
    const suggests = g.some((i) => done[i]!.planFallback.length > 0) && planCount(done, g) < allPlanIds.size;
    if (g.length === 1 && !suggests) {
      // Only a tree that saw nothing of the others is kept as checked alone.
      if (fresh.has(g[0]!) && keys[g[0]!]) cache!.set(keys[g[0]!]!, done[g[0]!]!);
      continue;
    }
    const ids = [...allPlanIds].sort();
    const members = g.map((i) => keys[i]);
    const key = cache && members.every(Boolean) ? sha1(JSON.stringify(['group', members, sha1(ids.join('\n'))])) : undefined;
    let r = key ? cache!.get(key) : undefined;
    if (!r) {
      const ws = load({ targets: g.flatMap((i) => comps[i]!.targets).sort((a, b) => a - b), context: g.flatMap((i) => comps[i]!.context).sort((a, b) => a - b) });
      r = { ...checkWs(ws, new Scope(ws, { planIds: ids })), planIds: [], hasUnits: false, unitsFallback: false, planFallback: [], waiverPlans: [], reportsOn: [] };
      if (key) cache!.set(key, r);
    }
    g.forEach((i) => {
      found[i] = [];
      waived[i] = [];
    });
    found[g[0]!] = r.diagnostics;
    waived[g[0]!] = r.waived;
  }
  cache?.save();
  return {
    files: displayPaths(targets, opts.cwd),
    diagnostics: sortDiagnostics(found.flat()),
    waived: waived.flat().sort((a, b) => compareDiagnostics(a.diagnostic, b.diagnostic)),
    source: (p) => (p === '<stdin>' ? stdinText : (readSource(resolve(opts.cwd, p)).text)),
    trees: comps,
    summaries: done,
  };
}

/**
 * Enough files that a batch's fixed cost is small beside its checks, few enough that its
 * data dies young: a batch's files are live from their load to the end of its check, and
 * 100 files (about 3 MB allocated on the realistic corpus) fit between two scavenges (one
 * each 10-15 MB), where 1,000 outlived two and were copied into the old generation. On
 * 10,000 realistic files 1,000 -> 100 moved 52 -> 44 MB into the old generation, and peak
 * memory 150 -> 140 MB; what a run allocates stays the same (275 MB).
 */
const BATCH_FILES = 100;

/** A batch's findings and summary per tree: `owner[k]` is the tree of the batch's file k. */
function split(ws: Workspace, { diagnostics, waived }: WaiverOutcome, owner: number[], n: number): CachedResult[] {
  const files: SourceFile[][] = Array.from({ length: n }, () => []);
  const byPath = new Map<string, number>();
  ws.files.forEach((f, k) => {
    files[owner[k]!]!.push(f);
    if (f.role === 'target') byPath.set(f.path, owner[k]!);
  });
  const found: Diagnostic[][] = files.map(() => []);
  for (const d of diagnostics) found[byPath.get(d.file)!]!.push(d);
  const kept: WaivedFinding[][] = files.map(() => []);
  for (const w of waived) kept[byPath.get(w.diagnostic.file)!]!.push(w);
  return files.map((f, j) => ({ diagnostics: found[j]!, waived: kept[j]!, ...summarize({ files: f, docs: f.flatMap((x) => x.docs), lang: ws.lang }) }));
}

/**
 * Components that the fallback to the whole workspace joins: a file that sees no units by
 * folder sees every component's units; a plan looked up everywhere may be in any component;
 * a plan's waivers reach every progress file that names the plan.
 */
export function groups(results: readonly Summary[]): number[][] {
  const up = results.map((_, i) => i);
  const find = (i: number): number => {
    while (up[i] !== i) i = up[i] = up[up[i]!]!;
    return i;
  };
  const join = (a: number, b: number): void => void (up[find(a)] = find(b));
  // Plain loops: a warm run asks this of 10,000 trees, most of which join nothing.
  const withUnits: number[] = [];
  const byPlan = new Map<string, number[]>();
  const reporting = new Map<string, number[]>();
  let fallback = false;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.hasUnits) withUnits.push(i);
    if (r.unitsFallback || r.planFallback.length || r.waiverPlans.length) fallback = true;
  }
  if (fallback) {
    for (let i = 0; i < results.length; i++) {
      for (const id of results[i]!.planIds) push(byPlan, id, i);
      for (const id of results[i]!.reportsOn) push(reporting, id, i);
    }
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.unitsFallback) for (const j of withUnits) join(i, j);
      for (const id of r.planFallback) for (const j of byPlan.get(id) ?? []) join(i, j);
      // A plan's waivers cover the progress files naming its id, wherever they are (waivers.ts).
      for (const id of r.waiverPlans) for (const j of reporting.get(id) ?? []) join(i, j);
    }
  }
  const out = new Map<number, number[]>();
  for (let i = 0; i < results.length; i++) push(out, find(i), i);
  return [...out.values()];
}

/** How many plans the trees of `g` hold between them. */
function planCount(results: readonly Summary[], g: readonly number[]): number {
  const own = new Set<string>();
  for (const i of g) for (const id of results[i]!.planIds) own.add(id);
  return own.size;
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
