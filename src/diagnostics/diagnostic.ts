import type { DataPath } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'vi' | 'en';

export interface Related {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * One finding, whatever produced it: the YAML parser (`yaml/…`), the loader
 * (`load/…`), the schema (`schema/…`) or a rule (its id). Lines and columns
 * are 1-based; the end is exclusive, as editors and SARIF expect.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where in the document's data, when the finding is about a value. */
  path?: DataPath;
  related?: Related[];
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: file, then position, then code, then message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(list: readonly Diagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of list) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
