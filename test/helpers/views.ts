/** Loads a folder and builds every view of its plan on one as-of day, for the agreement tests. */
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { Scope } from '../../src/domain/scope.js';
import { plans } from '../../src/load/workspace.js';
import { parseDate } from '../../src/model/date.js';
import { buildChecklist, type ChecklistView } from '../../src/views/checklist.js';
import { buildCompliance } from '../../src/views/compliance.js';
import type { ComplianceReport } from '../../src/views/compliance-types.js';
import { buildSchedule, type ScheduleView } from '../../src/views/schedule.js';
import { repoRoot } from './plan-ws.js';

export interface Views {
  report: ComplianceReport;
  checklist: ChecklistView;
  schedule: ScheduleView;
}

/** The three views as the commands build them; fails loudly on a file that does not load. */
export function viewsOf(dir: string, asOf: string): Views {
  const { files } = expandPaths([dir], repoRoot);
  const ws = loadWorkspace(files, { lang: 'en', cwd: repoRoot });
  const bad = ws.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error'));
  if (bad.length) throw new Error(`workspace does not load: ${bad.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
  const scope = new Scope(ws);
  const [plan] = plans(ws);
  if (!plan) throw new Error(`no plan in ${dir}`);
  const day = parseDate(asOf)!;
  return {
    report: buildCompliance({ ws, scope, plan, asOf: day }),
    checklist: buildChecklist({ ws, scope, plan, asOf: day }),
    schedule: buildSchedule({ ws, scope, plan, asOf: day }),
  };
}
