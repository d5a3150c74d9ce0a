import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadWorkspace } from '../load/load.js';
import { Scope } from '../domain/scope.js';
import { textOf, type LoadOptions, type SourceFile } from '../load/workspace.js';
import { check, type RuleSelection } from './check.js';

/** What a run of the rules over some paths found. */
export interface CheckedRun {
  /** Target files, as displayed, in the order they were read. */
  files: string[];
  diagnostics: Diagnostic[];
  /** A file's text, for code frames; read again from disk when the run did not keep it. */
  source(path: string): string;
}

/** Loads the target files (with context files for references) and runs the selected rules. */
export function runCheck(targets: string[], context: string[], opts: LoadOptions, sel: RuleSelection): CheckedRun {
  const ws = loadWorkspace(targets, opts, context);
  const diagnostics = check(ws, sel, new Scope(ws));
  const byPath = new Map<string, SourceFile>(ws.files.map((f) => [f.path, f]));
  return {
    files: ws.files.filter((f) => f.role === 'target').map((f) => f.path),
    diagnostics,
    source: (p) => {
      const f = byPath.get(p);
      return f ? textOf(f) : '';
    },
  };
}
