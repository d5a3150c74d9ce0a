/** Loads a folder as the report commands do, for tests of the schedule and checklist builders. */
import { join } from 'node:path';
import { check } from '../../src/check/check.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { Scope } from '../../src/domain/scope.js';
import { plans, type LoadedDoc, type Workspace } from '../../src/load/workspace.js';
import type { PlanDoc } from '../../src/model/types.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const tienGiangDir = join(repoRoot, 'examples', 'tien-giang-2018');
export const dongThapDir = join(repoRoot, 'examples', 'dong-thap-2026');
/** A second, made-up workspace, so nothing works only on the bundled examples. */
export const phuThoDir = join(repoRoot, 'test', 'fixtures', 'report', 'phu-tho-2030');

export interface PlanWs {
  ws: Workspace;
  scope: Scope;
  plan: LoadedDoc<PlanDoc>;
}

/** Fails loudly when the folder has an error: the commands would refuse it. */
export function loadPlanWs(dir: string): PlanWs {
  const { files } = expandPaths([dir], repoRoot);
  const ws = loadWorkspace(files, { lang: 'en', cwd: repoRoot });
  const scope = new Scope(ws);
  const errors = check(ws, {}, scope).filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`${dir} does not validate: ${errors.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
  const all = plans(ws);
  if (all.length !== 1) throw new Error(`${all.length} plans in ${dir}`);
  return { ws, scope, plan: all[0]! };
}
