import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadWorkspace } from '../load/load.js';
import { Scope } from '../domain/scope.js';
import { textOf, type LoadOptions, type SourceFile } from '../load/workspace.js';
import type { CalDate } from '../model/date.js';
import { check, type RuleSelection } from './check.js';
import { applyRuleWaivers, type WaivedFinding } from './waivers.js';

/** What a run of the rules over some paths found. */
export interface CheckedRun {
  /** Target files, as displayed, in the order they were read. */
  files: string[];
  diagnostics: Diagnostic[];
  /** Findings a rule waiver in force on the as-of day covers; not in `diagnostics`. */
  waived: WaivedFinding[];
  /** A file's text, for code frames; read again from disk when the run did not keep it. */
  source(path: string): string;
}

/** Loads the target files (with context files for references) and runs the selected rules. */
export function runCheck(targets: string[], context: string[], opts: LoadOptions, sel: RuleSelection, asOf: CalDate): CheckedRun {
  const ws = loadWorkspace(targets, opts, context);
  const { diagnostics, waived } = applyRuleWaivers(ws, check(ws, sel, new Scope(ws)), asOf);
  const byPath = new Map<string, SourceFile>(ws.files.map((f) => [f.path, f]));
  return {
    files: ws.files.filter((f) => f.role === 'target').map((f) => f.path),
    diagnostics,
    waived,
    source: (p) => {
      const f = byPath.get(p);
      return f ? textOf(f) : '';
    },
  };
}
