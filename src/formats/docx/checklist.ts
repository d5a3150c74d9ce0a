/**
 * `thidua checklist --format docx`: a printable sheet of boxes to tick. With
 * `--by unit` each unit starts a new page, so the sheets can be handed out;
 * by phase, the phases follow one another. A4 and Times New Roman like the
 * documents, but a working sheet, not an administrative document: no heading
 * form, no page numbers.
 */
import type { FileChild } from 'docx';
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { CheckGroup, ChecklistView } from '../../views/checklist.js';
import { checklistHeading, dueText, evidenceText, groupTitle, itemText, progressText, statusText, totalsText } from '../checklist-text.js';
import { asOfText, pick } from '../shared-text.js';
import { dataTable, docxBytes, para, wordDocument } from './kit.js';

export const BOX = '☐';
export const TICKED = '☒';

/** The title lines: the plan's, or with --by unit a unit's own heading and counts on its page. */
function title(v: ChecklistView, lang: Lang, pageBreakBefore: boolean): FileChild[] {
  return [
    para(checklistHeading(v, lang), { bold: true, align: 'center', indent: false, pageBreakBefore }),
    para(v.plan.title, { align: 'center', indent: false, italics: true }),
    para(`${asOfText(v.asOf, lang)} · ${totalsText(v, lang)}`, { align: 'center', indent: false, size: 12, after: 12 }),
  ];
}

/** The view as one unit's page sees it: that unit named in the heading, its own counts. */
function unitPage(v: ChecklistView, g: CheckGroup): ChecklistView {
  const totals = { items: g.items.length, done: g.items.filter((i) => i.done).length, overdue: g.items.filter((i) => i.overdue).length };
  return { ...v, unit: { id: g.id ?? '', name: g.title, kind: '' }, totals, groups: [g] };
}

export function checklistDocumentChildren(v: ChecklistView, lang: Lang): FileChild[] {
  const t = pick(lang);
  const head = ['', t('Việc', 'Item'), t('Hạn', 'Due'), t('Trạng thái', 'Status'), t('Ghi chú', 'Notes')];
  const out: FileChild[] = [];
  const perPage = v.by === 'unit';
  if (!perPage || !v.groups.length) out.push(...title(v, lang, false));
  if (!v.groups.length) out.push(para(t('Không có việc nào.', 'Nothing to do.')));
  v.groups.forEach((g, n) => {
    if (perPage && g.type === 'unit') out.push(...title(unitPage(v, g), lang, n > 0));
    else out.push(para(groupTitle(g, lang), { bold: true, align: 'left', indent: false, keepNext: true, before: 6, pageBreakBefore: perPage && n > 0 }));
    const rows = g.items.map((i) => [
      i.done ? TICKED : BOX,
      [itemText(i, lang, !perPage && !v.unit), progressText(i, lang)].filter(Boolean).join(' '),
      dueText(i, lang),
      statusText(i, lang),
      i.evidence.map((e) => evidenceText(e, i, lang)).join('\n'),
    ]);
    out.push(dataTable(head, rows, [0.5, 4.4, 1.5, 1.5, 3.1], 12), para('', { after: 6 }));
  });
  return out;
}

export async function checklistDocx(v: ChecklistView, ctx: { lang: Lang }): Promise<Uint8Array> {
  return docxBytes(wordDocument(checklistDocumentChildren(v, ctx.lang), { title: checklistHeading(v, ctx.lang), pageNumbers: false }));
}
