/**
 * The checklist as CSV for a spreadsheet (RFC 4180, CRLF, UTF-8 with a BOM),
 * one row per box, the columns documented in docs/checklist.md. Headers and
 * values are words in the run's language, dates read as 30/06/2018, and
 * `--sep` picks the separator. Cells go through escapeCsvCell (formula guard
 * included).
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { toVN } from '../model/date.js';
import type { CheckKind, ChecklistView } from '../views/checklist.js';
import type { RenderContext } from './render-context.js';
import { csvDocument, csvOf, pick, yesNo } from './shared-text.js';
import { evidenceText, groupTitle, itemText } from './checklist-text.js';

const HEADERS = {
  vi: ['Nhóm', 'Loại việc', 'Mã', 'Mã đơn vị', 'Đơn vị', 'Việc', 'Hạn', 'Đã xong', 'Tiến độ', 'Quá hạn', 'Số ngày', 'Căn cứ', 'Tính đến ngày'],
  en: ['Group', 'Kind', 'ID', 'Unit ID', 'Unit', 'Item', 'Due', 'Done', 'Progress', 'Overdue', 'Days', 'Evidence', 'As of'],
} as const;

/** The header row in a language (tests and docs read it from here). */
export const checklistCsvColumns = (lang: Lang): readonly string[] => HEADERS[lang];

const KINDS: Record<CheckKind, [string, string]> = {
  commemorate: ['kỷ niệm', 'commemorate'],
  event: ['sự kiện', 'event'],
  quota: ['chọn điểm', 'quota'],
  target: ['chỉ tiêu', 'target'],
  content: ['nội dung', 'content item'],
  milestone: ['mốc thời hạn', 'milestone'],
};

export function checklistCsv(v: ChecklistView, o: RenderContext): string {
  const { lang } = o;
  const rows = v.groups.flatMap((g) =>
    g.items.map((i) => [
      groupTitle(g, lang),
      pick(lang)(...KINDS[i.kind]),
      i.id,
      i.owner?.id ?? '',
      i.owner?.name ?? '',
      itemText(i, lang, false),
      toVN(i.due),
      yesNo(i.done, lang),
      i.progress ? csvOf(i.progress.done, i.progress.of, lang) : '',
      yesNo(i.overdue, lang),
      i.days,
      i.evidence.map((e) => evidenceText(e, i, lang)).join(' | '),
      toVN(v.asOf),
    ]),
  );
  return csvDocument([[...HEADERS[lang]], ...rows], o.sep);
}
