import { countDiagnostics, sortDiagnostics, type Diagnostic, type Related } from '../diagnostics/diagnostic.js';
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

/** A finding a waiver in force covers, with the waiver that covers it. */
export interface JsonWaived extends JsonDiagnostic {
  waiver: { rule: string; item?: string; unit?: string; reason: string; document: string; expires?: string; file: string; line: number; column: number };
}

export interface JsonOutput {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: JsonDiagnostic[];
  /** Present only when a waiver covered a finding, so the contract of a run without waivers is unchanged. */
  waived?: JsonWaived[];
}

function entry(d: Diagnostic): JsonDiagnostic {
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
  if (d.related?.length) j.related = d.related.map((x) => ({ file: x.file, line: x.line, column: x.column, message: x.message }));
  return j;
}

/** The stable machine contract of `thidua validate --format json`. */
export const json: TextRenderer<ValidateResult> = (r) => {
  const counts = countDiagnostics(r.diagnostics);
  const out: JsonOutput = {
    files: r.files.length,
    errors: counts.errors,
    warnings: counts.warnings,
    diagnostics: sortDiagnostics(r.diagnostics).map(entry),
  };
  if (r.waived?.length) {
    out.waived = r.waived.map(({ diagnostic, waiver: w }) => ({
      ...entry(diagnostic),
      waiver: {
        rule: w.rule,
        ...(w.item !== undefined && { item: w.item }),
        ...(w.unit !== undefined && { unit: w.unit }),
        reason: w.reason,
        document: w.document,
        ...(w.expires !== undefined && { expires: w.expires }),
        file: w.file,
        line: w.line,
        column: w.column,
      },
    }));
  }
  return JSON.stringify(out, null, 2) + '\n';
};
