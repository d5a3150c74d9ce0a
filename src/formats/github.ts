import { sortDiagnostics, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { escapeGithubData, escapeGithubProperty, escapeTerminal } from './escape.js';
import type { TextRenderer } from './render-context.js';
import type { ValidateResult } from './validate-result.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// The Actions log renders ANSI sequences, so user text is defused for the
// terminal first and only then encoded for the workflow-command syntax.
const data = (s: string): string => escapeGithubData(escapeTerminal(s));
const prop = (s: string): string => escapeGithubProperty(escapeTerminal(s));

// Annotations are matched against repository paths, which use forward slashes.
const slashes = (file: string): string => file.replace(/\\/g, '/');

function line(d: Diagnostic): string {
  const props = [
    `file=${prop(slashes(d.file))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${prop(d.code)}`,
  ].join(',');
  let text = d.hint ? `${d.message} (${d.hint})` : d.message;
  // An annotation has one location; the others go into its text, which GitHub shows with line breaks.
  for (const r of d.related ?? []) text += `\n${slashes(r.file)}:${r.line}:${r.column}: ${r.message}`;
  return `::${command[d.severity]} ${props}::${data(text)}`;
}

/** GitHub Actions workflow commands, one annotation per finding. */
export const github: TextRenderer<ValidateResult> = (r) =>
  sortDiagnostics(r.diagnostics)
    .map((d) => line(d) + '\n')
    .join('');
