/** `thidua anniversaries --format markdown`: a table to paste into a plan or a wiki page. */
import type { RenderContext } from './render-context.js';
import { toVN } from '../model/date.js';
import type { AnniversaryReport } from '../views/anniversaries.js';
import { heading, kindLabel, markOf, secondaryNote, titleOf } from './anniversaries-labels.js';
import { escapeMarkdown } from './escape.js';

export function anniversariesMarkdown(rep: AnniversaryReport, { lang }: RenderContext): string {
  const vi = lang === 'vi';
  const head = vi ? ['Ngày', 'Ngày kỷ niệm', 'Số năm', 'Năm tròn/lẻ 5', 'Loại', 'Nguồn'] : ['Date', 'Day', 'Years', 'Round/5', 'Kind', 'Source'];
  const out = [`# ${escapeMarkdown(heading(rep, lang))}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rep.rows) {
    const cells = [
      toVN(r.date),
      escapeMarkdown(titleOf(r, lang)) + (r.confidence === 'secondary' ? ' \\*' : ''),
      r.years === undefined ? '' : String(r.years),
      markOf(r, lang),
      escapeMarkdown(kindLabel(r.kind, lang) + (r.sector ? ` (${r.sector})` : '')),
      escapeMarkdown(r.source ?? ''),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  if (rep.rows.some((r) => r.confidence === 'secondary')) out.push('', escapeMarkdown(secondaryNote(lang)));
  return out.join('\n') + '\n';
}
