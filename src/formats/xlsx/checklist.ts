/**
 * `thidua checklist --format xlsx`: a row per box — group (phase or unit),
 * owner, the item as a sentence, due date, progress, status and evidence —
 * so a clerk can sort and filter what is left. Words in the run's language.
 */
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { CheckKind, ChecklistView } from '../../views/checklist.js';
import { evidenceText, groupTitle, itemText, progressFigures, statusText } from '../checklist-text.js';
import { pick, windowYears } from '../shared-text.js';
import { xlsxBytes, type SheetSpec } from './kit.js';

const KIND: Record<CheckKind, [string, string]> = {
  commemorate: ['kỷ niệm', 'commemoration'],
  event: ['sự kiện', 'event'],
  quota: ['chọn điểm', 'quota'],
  target: ['chỉ tiêu', 'target'],
  content: ['nội dung', 'content item'],
  milestone: ['mốc thời hạn', 'milestone'],
};

export function checklistSheet(v: ChecklistView, lang: Lang): SheetSpec {
  const t = pick(lang);
  return {
    name: t('Việc cần làm', 'Checklist'),
    columns: [
      { header: v.by === 'unit' ? t('Đơn vị', 'Unit') : t('Đợt', 'Phase'), max: 45 },
      { header: t('Loại', 'Kind') },
      { header: t('Mã', 'ID'), max: 30 },
      { header: t('Đơn vị thực hiện', 'Owner'), max: 45 },
      { header: t('Việc', 'Item'), max: 80 },
      { header: t('Hạn', 'Due') },
      { header: t('Tiến độ', 'Progress') },
      { header: t('Trạng thái', 'Status'), max: 30 },
      { header: t('Căn cứ', 'Evidence'), max: 80 },
    ],
    rows: v.groups.flatMap((g) =>
      g.items.map((i) => [
        groupTitle(g, lang),
        t(...KIND[i.kind]),
        i.id,
        i.owner?.name,
        itemText(i, lang, false),
        i.due,
        progressFigures(i, lang) || undefined,
        statusText(i, lang),
        i.evidence.map((e) => evidenceText(e, i, lang)).join('\n') || undefined,
      ]),
    ),
  };
}

export function checklistXlsx(v: ChecklistView, ctx: { lang: Lang }): Promise<Uint8Array> {
  return xlsxBytes([checklistSheet(v, ctx.lang)], { title: `${v.plan.id} ${windowYears(v.plan)}` });
}
