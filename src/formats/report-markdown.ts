/**
 * `thidua report --format markdown`: a review annex (phụ lục sơ kết / tổng
 * kết) a clerk can paste into a document or an issue. GitHub-flavoured
 * tables; every user value goes through escapeMarkdown.
 */
import type { TextRenderer } from './render-context.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { numberText } from '../diagnostics/numbers.js';
import { findingText } from '../views/compliance-messages.js';
import { OUTCOMES, type ComplianceReport, type GroupTotal, type Obligation } from '../views/compliance-types.js';
import { escapeMarkdown } from './escape.js';
import {
  asOfText,
  contentLabel,
  dueText,
  evidenceText,
  outcomeLabel,
  ownerLabel,
  planHeading,
  progressText,
  reasonLine,
  regimeLabel,
  typeLabel,
  waiverText,
  word,
  waivedText,
  basisText,
  lineTitle,
} from './report-labels.js';

const e = escapeMarkdown;

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function totalsTable(title: string, groups: readonly GroupTotal[], lang: Lang): string[] {
  if (!groups.length) return [];
  const head = [word('group', lang), ...OUTCOMES.map((o) => outcomeLabel(o, lang)), word('total', lang), word('outcome', lang)];
  const rows = groups.map((g) => [e(g.name === g.id ? g.id : `${g.name} (${g.id})`), ...OUTCOMES.map((o) => numberText(g.counts[o], lang)), numberText(g.counts.total, lang), `**${outcomeLabel(g.outcome, lang)}**`]);
  return ['', `## ${title}`, '', ...table(head, rows)];
}

/** Evidence, what was not counted, and any waiver, in one cell separated by semicolons. */
function evidenceCell(o: Obligation, lang: Lang): string {
  const parts = o.evidence.map((x) => e(evidenceText(x, lang)));
  for (const r of o.reasons) parts.push(`${r.evidence ? `${word('notCounted', lang)}: ` : ''}${e(reasonLine(r, lang))}`);
  if (o.waiver) parts.push(e(waiverText(o.waiver, lang)));
  return parts.join('; ') || '—';
}

export const reportMarkdown: TextRenderer<ComplianceReport> = (r, opts) => {
  const { lang } = opts;
  const c = r.totals.overall;
  const summary = OUTCOMES.filter((o) => c[o] > 0).map((o) => `${c[o]} ${outcomeLabel(o, lang)}`).join(', ');
  const out: string[] = [
    `# ${word('title', lang)}`,
    '',
    `**${e(planHeading(r, lang))}**`,
    '',
    `${asOfText(r, lang)}. ${word('overall', lang)}: **${outcomeLabel(r.outcome, lang)}**${summary ? ` (${summary})` : ''}.`,
  ];
  if (r.unit !== undefined) out.push('', `${word('unitOnly', lang)}: ${e(r.unit)}`);
  out.push(...totalsTable(word('byMovement', lang), r.totals.movements, lang));
  out.push(...totalsTable(word('byPhase', lang), r.totals.phases, lang));
  out.push(...totalsTable(word('byUnit', lang), r.totals.units, lang));
  out.push('', `## ${word('obligations', lang)}`, '');
  if (r.obligations.length === 0) out.push(word('none', lang));
  else {
    const head = ['#', word('type', lang), word('id', lang), word('owner', lang), word('progress', lang), word('due', lang), word('outcome', lang), word('evidence', lang)];
    const rows = r.obligations.map((o, i) => [
      String(i + 1),
      typeLabel(o.type, lang),
      `${e(o.id)}${lineTitle(o, lang) !== o.id ? `<br>${e(lineTitle(o, lang))}` : ''}`,
      e(ownerLabel(o)),
      progressText(o, lang),
      dueText(o, lang),
      `**${outcomeLabel(o.outcome, lang)}**`,
      evidenceCell(o, lang),
    ]);
    out.push(...table(head, rows));
  }
  out.push('', `## ${word('contents', lang)}`, '', `${word('regime', lang)}: ${e(regimeLabel(r.regime, lang))}`, '');
  out.push(...table([word('item', lang), word('outcome', lang), word('basis', lang), word('note', lang)], r.contents.map((x) => [e(x.id), `**${contentLabel(x.outcome, lang)}**`, e(basisText(x, lang)), e(x.message[lang])])));
  if (r.waivedFindings.length) out.push('', `## ${word('waivedFindings', lang)}`, '', ...r.waivedFindings.map((w) => `- ${e(waivedText(w, lang))}`));
  if (r.findings.length) {
    out.push('', `## ${word('findings', lang)}`, '', ...r.findings.map((f) => `- ${e(findingText(f, lang))}`));
  }
  out.push('', `${word('progressFiles', lang)}: ${r.progressFiles.length ? r.progressFiles.map((f) => `\`${f.replace(/`/g, '')}\``).join(', ') : word('none', lang)}`);
  return out.join('\n') + '\n';
};
