/**
 * `thidua report --format xlsx`: a sheet per table of the report — totals by
 * movement, by phase and by unit, the obligations with their evidence, the
 * plan against the law, and findings in the records when there are any.
 * Figures are numbers, dates Excel dates; words in the run's language.
 */
import type { Lang } from '../../diagnostics/diagnostic.js';
import { findingText, placeText } from '../../views/compliance-messages.js';
import { OUTCOMES, type ComplianceReport, type GroupTotal, type Obligation } from '../../views/compliance-types.js';
import { contentItemLabel, contentLabel, evidenceText, lineTitle, outcomeLabel, ownerLabel, reasonLine, typeLabel, waiverText, word } from '../report-labels.js';
import { pick, windowYears } from '../shared-text.js';
import { xlsxBytes, type SheetSpec } from './kit.js';

function totalsSheet(name: string, groups: readonly GroupTotal[], lang: Lang): SheetSpec {
  return {
    name,
    columns: [{ header: word('id', lang), max: 30 }, { header: word('group', lang), max: 60 }, ...OUTCOMES.map((o) => ({ header: outcomeLabel(o, lang), figure: true })), { header: word('total', lang), figure: true }, { header: word('outcome', lang) }],
    rows: groups.map((g) => [g.id, g.name, ...OUTCOMES.map((o) => g.counts[o]), g.counts.total, outcomeLabel(g.outcome, lang)]),
  };
}

/** Evidence, what was not counted and the waiver: one line each in the cell. */
function evidenceCell(o: Obligation, lang: Lang): string | undefined {
  const lines = o.evidence.map((e) => evidenceText(e, lang));
  for (const r of o.reasons) lines.push(`${r.evidence ? `${word('notCounted', lang)}: ` : ''}${reasonLine(r, lang)}`);
  if (o.waiver) lines.push(waiverText(o.waiver, lang));
  return lines.join('\n') || undefined;
}

export function reportSheets(r: ComplianceReport, lang: Lang): SheetSpec[] {
  const t = pick(lang);
  const obligations: SheetSpec = {
    name: word('obligations', lang),
    columns: [
      { header: '#' },
      { header: word('type', lang) },
      { header: word('id', lang), max: 30 },
      { header: t('Nội dung', 'Title'), max: 60 },
      { header: word('owner', lang), max: 45 },
      { header: t('Đã làm', 'Done'), figure: true },
      { header: t('Yêu cầu', 'Required'), figure: true },
      { header: t('Tối đa', 'Maximum'), figure: true },
      { header: t('Từ ngày', 'From') },
      { header: word('due', lang) },
      { header: word('outcome', lang) },
      { header: word('evidence', lang), max: 90 },
    ],
    rows: r.obligations.map((o, i) => [i + 1, typeLabel(o.type, lang), o.id, lineTitle(o, lang) === o.id ? undefined : lineTitle(o, lang), ownerLabel(o), o.actual, o.required, o.max, o.from, o.due, outcomeLabel(o.outcome, lang), evidenceCell(o, lang)]),
  };
  const contents: SheetSpec = {
    name: t('Nội dung kế hoạch', 'Plan contents'),
    columns: [{ header: word('item', lang), max: 40 }, { header: word('outcome', lang) }, { header: word('basis', lang), max: 45 }, { header: word('note', lang), max: 100 }],
    rows: r.contents.map((c) => [contentItemLabel(c.id, lang), contentLabel(c.outcome, lang), c.basis, c.message[lang]]),
  };
  const sheets = [
    totalsSheet(t('Theo phong trào', 'By movement'), r.totals.movements, lang),
    totalsSheet(t('Theo đợt', 'By phase'), r.totals.phases, lang),
    totalsSheet(t('Theo đơn vị', 'By unit'), r.totals.units, lang),
    obligations,
    contents,
  ];
  if (r.findings.length) {
    sheets.push({
      name: t('Phát hiện', 'Findings'),
      columns: [{ header: t('Vị trí', 'Place'), max: 50 }, { header: word('note', lang), max: 100 }],
      rows: r.findings.map((f) => [placeText(f.place), findingText(f, lang)]),
    });
  }
  return sheets;
}

export function reportXlsx(r: ComplianceReport, ctx: { lang: Lang }): Promise<Uint8Array> {
  return xlsxBytes(reportSheets(r, ctx.lang), { title: `${r.plan.id} ${windowYears(r.plan)}` });
}
