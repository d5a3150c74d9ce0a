import { countDiagnostics, sortDiagnostics, type Related } from '../diagnostics/diagnostic.js';
import type { TextRenderer } from './render-context.js';
import type { ValidateResult } from './validate-result.js';

/** One entry of the JSON contract; key order is part of it, so it is spelled out. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  /** Always present so consumers never meet `undefined` or `null`; `""` when there is none. */
  hint: string;
  related?: Related[];
}

export interface JsonOutput {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: JsonDiagnostic[];
}

/** The stable machine contract of `thidua validate --format json`. */
export const json: TextRenderer<ValidateResult> = (r) => {
  const counts = countDiagnostics(r.diagnostics);
  const out: JsonOutput = {
    files: r.files.length,
    errors: counts.errors,
    warnings: counts.warnings,
    diagnostics: sortDiagnostics(r.diagnostics).map((d) => {
      const j: JsonDiagnostic = {
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        severity: d.severity,
        code: d.code,
        message: d.message,
        hint: d.hint ?? '',
      };
      if (d.related?.length) {
        j.related = d.related.map((x) => ({ file: x.file, line: x.line, column: x.column, message: x.message }));
      }
      return j;
    }),
  };
  return JSON.stringify(out, null, 2) + '\n';
};
