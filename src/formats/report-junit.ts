/**
 * `thidua report --format junit`: one test case per obligation, so a CI
 * dashboard lists every line of the plan. A case fails (`<failure>`) exactly
 * when its outcome is in the --fail-on set, which is also when the exit code
 * is 1; every other case passes and says its outcome in `<system-out>`. The
 * legal contents form one more suite; they fail only with `--fail-on contents`.
 */
import type { RenderContext, TextRenderer } from './render-context.js';
import { toISO } from '../model/date.js';
import { findingText, reasonText } from '../views/compliance-messages.js';
import type { ComplianceReport, Obligation, ObligationType } from '../views/compliance-types.js';
import { escapeXml } from './escape.js';
import { basisText, evidenceText, failing, failOnOf, progressText, waiverText } from './report-labels.js';

const attr = (s: string | number): string => escapeXml(String(s), { attribute: true });
const TYPES: readonly ObligationType[] = ['quota', 'target', 'content', 'milestone', 'anniversary', 'event'];

function details(o: Obligation, opts: RenderContext): string {
  const lines = [`outcome: ${o.outcome}`, `progress: ${progressText(o, 'machine')}`, `due: ${toISO(o.due)}`];
  for (const e of o.evidence) lines.push(`evidence: ${evidenceText(e, opts.lang, 'machine')}`);
  for (const r of o.reasons) lines.push(`reason: ${r.evidence ? `${r.evidence.file}:${r.evidence.line}: ` : ''}${reasonText(r, opts.lang)}`);
  if (o.waiver) lines.push(`waiver: ${waiverText(o.waiver, opts.lang)}`);
  return escapeXml(lines.join('\n'));
}

function testcase(r: ComplianceReport, o: Obligation, opts: RenderContext): string {
  const id = o.instance ? `${o.id} (${o.instance})` : o.id;
  const name = o.owner ? `${id} — ${o.ownerName ?? o.owner}` : id;
  const open = `    <testcase classname="${attr(`${r.plan.id}.${o.type}`)}" name="${attr(name)}">`;
  const body = failing(o, opts)
    ? `      <failure message="${attr(`${o.outcome} ${progressText(o, 'machine')}`)}" type="${attr(o.outcome)}">${details(o, opts)}</failure>`
    : `      <system-out>${details(o, opts)}</system-out>`;
  return [open, body, '    </testcase>'].join('\n');
}

export const reportJunit: TextRenderer<ComplianceReport> = (r, opts) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const asOf = toISO(r.asOf);
  for (const type of TYPES) {
    const lines = r.obligations.filter((o) => o.type === type);
    if (!lines.length) continue;
    const failed = lines.filter((o) => failing(o, opts)).length;
    tests += lines.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${attr(`${r.plan.id} ${type}`)}" tests="${lines.length}" errors="0" failures="${failed}" timestamp="${asOf}">`,
      ...lines.map((o) => testcase(r, o, opts)),
      '  </testsuite>',
    );
  }
  if (r.contents.length) {
    const fails = failOnOf(opts).has('contents');
    const failed = r.contents.filter((c) => fails && c.outcome === 'fail').length;
    tests += r.contents.length;
    failures += failed;
    suites.push(`  <testsuite name="${attr(`${r.plan.id} contents`)}" tests="${r.contents.length}" errors="0" failures="${failed}" timestamp="${asOf}">`);
    for (const c of r.contents) {
      const text = escapeXml(`${c.outcome}: ${c.message[opts.lang]} (${basisText(c, opts.lang)})`);
      const body = fails && c.outcome === 'fail' ? `      <failure message="${attr(c.message[opts.lang])}" type="contents">${text}</failure>` : `      <system-out>${text}</system-out>`;
      suites.push(`    <testcase classname="${attr(`${r.plan.id}.contents`)}" name="${attr(c.id)}">`, body, '    </testcase>');
    }
    suites.push('  </testsuite>');
  }
  // Findings on the records (duplicates…) belong to no case; JUnit allows system-err only inside a suite.
  if (r.findings.length && suites.length) {
    suites.splice(suites.length - 1, 0, `    <system-err>${escapeXml(r.findings.map((f) => findingText(f, opts.lang)).join('\n'))}</system-err>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`thidua report ${r.plan.id} as of ${asOf}`)}" tests="${tests}" errors="0" failures="${failures}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
