/**
 * The check a plan command (report, schedule, checklist, document, new) runs before it
 * reads one plan, in the memory of the largest folder tree rather than of the repository:
 * the trees are checked one batch at a time as `validate` checks them (run.ts), and of
 * each only its plans' names outlive the check; then the chosen plan's workspace is
 * loaded alone — its tree and the trees the fallback to the whole workspace joins to it
 * (run.ts `groups`), which are all the files whose answers about the plan (its units, the
 * progress files reporting on it) one load of every file could change.
 */
import { Scope } from '../domain/scope.js';
import { loadWorkspace } from '../load/load.js';
import { isPlan, type LoadedDoc, type LoadOptions, type Workspace } from '../load/workspace.js';
import type { CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import type { RuleSelection } from './check.js';
import { groups, runCheck, type CheckedRun } from './run.js';

/** A valid plan of the run, as much of it as choosing one by `--plan` needs. */
export interface PlanCandidate {
  id: string;
  uid?: string;
  year: number;
  /** Its file, as displayed. */
  path: string;
  role: 'target' | 'context';
  /** Its file's place in the run (targets, then context files) and its document's in the file. */
  at: number;
  index: number;
  tree: number;
}

export interface PlanWorkspaceOf {
  ws: Workspace;
  scope: Scope;
  plan: LoadedDoc<PlanDoc>;
}

export interface PlanRun extends CheckedRun {
  /** Every valid plan, in the order one load of every file lists them (`plans(ws)`). */
  plans: readonly PlanCandidate[];
  /**
   * The plan's workspace, loaded again; undefined when the plan is no longer in its file
   * (the file changed since the check read it).
   */
  open(p: PlanCandidate): PlanWorkspaceOf | undefined;
}

const byNumber = (a: number, b: number): number => a - b;

export function checkPlans(targets: string[], context: string[], opts: LoadOptions, sel: RuleSelection, asOf: CalDate): PlanRun {
  const found: PlanCandidate[] = [];
  const run = runCheck(targets, context, opts, sel, asOf, undefined, (ws, at, tree) =>
    ws.files.forEach((f, k) => {
      for (const d of f.docs) {
        if (!isPlan(d)) continue;
        const { id, uid, year } = d.data;
        found.push({ id, ...(uid !== undefined && { uid }), year, path: f.path, role: f.role, at: at[k]!, index: d.index, tree: tree[k]! });
      }
    }),
  );
  found.sort((a, b) => a.at - b.at || a.index - b.index);
  const open = (p: PlanCandidate): PlanWorkspaceOf | undefined => {
    const group = groups(run.summaries).find((g) => g.includes(p.tree)) ?? [p.tree];
    const trees = group.map((i) => run.trees[i]!);
    // In the run's order, as one load of every file has them: the fallback's units map is built in that order.
    const t = trees.flatMap((c) => c.targets).sort(byNumber);
    const c = trees.flatMap((x) => x.context).sort(byNumber);
    const ws = loadWorkspace(
      t.map((i) => targets[i]!),
      opts,
      c.map((i) => context[i]!),
    );
    const k = p.at < targets.length ? t.indexOf(p.at) : t.length + c.indexOf(p.at - targets.length);
    const plan = ws.files[k]?.docs.find((d): d is LoadedDoc<PlanDoc> => d.index === p.index && isPlan(d));
    if (!plan || plan.data.id !== p.id || plan.data.year !== p.year) return undefined;
    return { ws, plan, scope: new Scope(ws, { planIds: found.map((x) => x.id) }) };
  };
  return { ...run, plans: found, open };
}
