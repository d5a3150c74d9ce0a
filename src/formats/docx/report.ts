/**
 * `thidua report --format docx`: the report as a Báo cáo in the form of NĐ
 * 30/2020/NĐ-CP Phụ lục I — the same heading, recipients and signer as the
 * plan's document (frame), then outcomes by movement, phase and unit,
 * the obligations with the evidence cited per line, the plan against the
 * law, and findings in the records. The frame is Vietnamese, as the form
 * is; section titles and tables follow the run's language.
 */
import type { FileChild } from 'docx';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { numberText } from '../../diagnostics/numbers.js';
import { toVN } from '../../model/date.js';
import { findingText } from '../../views/compliance-messages.js';
import { OUTCOMES, type ComplianceReport, type GroupTotal, type Obligation } from '../../views/compliance-types.js';
import { contentItemLabel, contentLabel, dueText, evidenceText, lineTitle, outcomeLabel, ownerLabel, progressText, reasonLine, regimeLabel, typeLabel, waiverText, word } from '../report-labels.js';
import { pick } from '../shared-text.js';
import { documentFrame, type DocumentFrame } from '../../views/document-frame.js';
import type { RenderContext } from '../render-context.js';
import { summaryOf } from '../../views/plan-document.js';
import { closing, heading } from './frame.js';
import { dataTable, docxBytes, para, wordDocument } from './kit.js';
import { romanOf } from './plan-wording.js';

/** The heading, recipients and signer come in `ctx.document` (views/document-frame.ts, type BC, dated the as-of day). */
export type ReportDocxContext = Pick<RenderContext, 'lang' | 'document'>;

/** Without a frame from the CLI (a script calling the renderer): the report's own plan facts, blanks for the rest. */
function fallbackFrame(r: ComplianceReport): DocumentFrame {
  const plan = { thidua: 1 as const, kind: 'plan' as const, id: r.plan.id, year: r.plan.year, ...(r.plan.issuerName && { issuingAgency: r.plan.issuerName }) };
  return documentFrame(plan, new Map(), { type: 'BC', date: r.asOf });
}

const section = (n: number, title: string): FileChild => para(`${romanOf(n)}. ${title.toLocaleUpperCase('vi')}`, { bold: true, align: 'left', indent: true, before: 6, keepNext: true });
const sub = (text: string): FileChild => para(text, { bold: true, keepNext: true });

function totals(title: string, groups: readonly GroupTotal[], lang: Lang): FileChild[] {
  if (!groups.length) return [];
  const head = [word('group', lang), ...OUTCOMES.map((o) => outcomeLabel(o, lang)), word('total', lang), word('outcome', lang)];
  const rows = groups.map((g) => [g.name, ...OUTCOMES.map((o) => numberText(g.counts[o], lang)), numberText(g.counts.total, lang), outcomeLabel(g.outcome, lang)]);
  return [sub(title), dataTable(head, rows, [3.2, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 1.2], 11), para('', { after: 6 })];
}

function evidenceCell(o: Obligation, lang: Lang): string {
  const lines = o.evidence.map((e) => evidenceText(e, lang));
  for (const r of o.reasons) lines.push(`${r.evidence ? `${word('notCounted', lang)}: ` : ''}${reasonLine(r, lang)}`);
  if (o.waiver) lines.push(waiverText(o.waiver, lang));
  return lines.join('\n');
}

function obligations(r: ComplianceReport, lang: Lang): FileChild[] {
  if (!r.obligations.length) return [para(word('none', lang))];
  const head = ['#', word('type', lang), pick(lang)('Nội dung', 'Item'), word('owner', lang), word('progress', lang), word('due', lang), word('outcome', lang), word('evidence', lang)];
  const rows = r.obligations.map((o, i) => [String(i + 1), typeLabel(o.type, lang), lineTitle(o, lang) !== o.id ? `${lineTitle(o, lang)}\n(${o.id})` : o.id, ownerLabel(o), progressText(o, lang), dueText(o, lang), outcomeLabel(o.outcome, lang), evidenceCell(o, lang)]);
  return [dataTable(head, rows, [0.45, 0.9, 2.1, 1.5, 0.95, 1.5, 0.9, 2.45], 10)];
}

export function reportDocumentChildren(r: ComplianceReport, ctx: ReportDocxContext): FileChild[] {
  const { lang } = ctx;
  const frame = ctx.document ?? fallbackFrame(r);
  const t = pick(lang);
  const p = r.plan;
  const planRef = `Kế hoạch số ${p.id}${p.issued ? ` ngày ${toVN(p.issued)}` : ''}${p.issuerName ? ` của ${p.issuerName}` : ''}`;
  const summary = `Kết quả thực hiện Kế hoạch số ${p.id}${p.title ? ` về ${summaryOf(p.title).charAt(0).toLocaleLowerCase('vi')}${summaryOf(p.title).slice(1)}` : ''}`;
  const c = r.totals.overall;
  const counts = OUTCOMES.filter((o) => c[o] > 0).map((o) => `${numberText(c[o], lang)} ${outcomeLabel(o, lang)}`).join(', ');
  const out: FileChild[] = [
    ...heading(frame, 'BÁO CÁO', summary),
    para(t(`Thực hiện ${planRef}, báo cáo kết quả thực hiện tính đến ngày ${toVN(r.asOf)} như sau:`, `Under ${planRef}, the outcome as of ${toVN(r.asOf)}:`)),
  ];
  if (r.unit !== undefined) out.push(para(`${word('unitOnly', lang)}: ${r.unit}`));
  let n = 0;
  out.push(section(++n, t('Kết quả chung', 'Overall outcome')));
  out.push(para(`${word('overall', lang)}: ${outcomeLabel(r.outcome, lang)}${counts ? ` (${counts})` : ''}.`));
  out.push(...totals(`1. ${word('byMovement', lang)}`, r.totals.movements, lang));
  out.push(...totals(`2. ${word('byPhase', lang)}`, r.totals.phases, lang));
  out.push(...totals(`3. ${word('byUnit', lang)}`, r.totals.units, lang));
  out.push(section(++n, word('obligations', lang)), ...obligations(r, lang));
  out.push(section(++n, word('contents', lang)), para(`${word('regime', lang)}: ${regimeLabel(r.regime, lang)}.`, { keepNext: true }));
  const contents = r.contents.map((x) => [contentItemLabel(x.id, lang), contentLabel(x.outcome, lang), x.basis, x.message[lang]]);
  out.push(dataTable([word('item', lang), word('outcome', lang), word('basis', lang), word('note', lang)], contents, [1.6, 0.9, 2, 4.5], 11, r.findings.length === 0));
  if (r.findings.length) out.push(section(++n, word('findings', lang)), ...r.findings.map((f, i) => para(`- ${findingText(f, lang)}`, { keepNext: i === r.findings.length - 1 })));
  const files = r.progressFiles.length ? r.progressFiles.join(', ') : word('none', lang);
  // Kept with Nơi nhận and the signature, so they never stand alone on a page.
  out.push(para(`${word('progressFiles', lang)}: ${files}.`, { size: 12, before: 6, keepNext: true }), ...closing(frame));
  return out;
}

export async function reportDocx(r: ComplianceReport, ctx: ReportDocxContext): Promise<Uint8Array> {
  return docxBytes(wordDocument(reportDocumentChildren(r, ctx), { title: `Báo cáo ${r.plan.id}` }));
}
