import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { escapeXml } from './escape.js';
import type { TextRenderer } from './render-context.js';
import type { ValidateResult } from './validate-result.js';

const attr = (s: string | number): string => escapeXml(String(s), { attribute: true });

function failureText(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column}`, d.message];
  if (d.hint) lines.push(d.hint);
  for (const r of d.related ?? []) lines.push(`${r.file}:${r.line}:${r.column}: ${r.message}`);
  return escapeXml(lines.join('\n'));
}

function testcase(d: Diagnostic): string {
  return [
    `    <testcase classname="${attr(d.file)}" name="${attr(`${d.code} ${d.line}:${d.column}`)}">`,
    `      <failure message="${attr(d.message)}" type="${attr(d.severity)}">${failureText(d)}</failure>`,
    `    </testcase>`,
  ].join('\n');
}

/**
 * JUnit XML: a suite per file, a failing case per finding. Every finding is a
 * `<failure>` (the file was checked and fell short); `<error>` is reserved by
 * JUnit for a test that could not run, which never happens here, so
 * `errors` is always 0.
 */
export const junit: TextRenderer<ValidateResult> = (r) => {
  const byFile = new Map<string, Diagnostic[]>(r.files.map((f) => [f, []]));
  for (const d of sortDiagnostics(r.diagnostics)) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  let tests = 0;
  const suites: string[] = [];
  for (const [file, list] of byFile) {
    // A clean file still gets a case, so dashboards list it as passed rather than omit it.
    const cases = list.length ? list.map(testcase) : [`    <testcase classname="${attr(file)}" name="validate"/>`];
    tests += cases.length;
    suites.push(
      `  <testsuite name="${attr(file)}" tests="${cases.length}" errors="0" failures="${list.length}">`,
      ...cases,
      `  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="thidua" tests="${tests}" errors="0" failures="${r.diagnostics.length}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
