/**
 * The schedule as CSV for a spreadsheet (RFC 4180, CRLF, UTF-8 with a BOM),
 * one row per item, the columns documented in docs/schedule.md. Headers and
 * values are words in the run's language and dates read as 30/06/2018, so
 * the file opens right in Excel; `--sep ';'` suits Excel under the Vietnamese
 * regional format. JSON is the format for programs. Cells go through
 * escapeCsvCell, which also defuses spreadsheet formulas.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { toVN } from '../model/date.js';
import type { ScheduleState, ScheduleView } from '../views/schedule.js';
import type { RenderContext } from './render-context.js';
import { csvDocument, ownerCode, pick, yesNo } from './shared-text.js';
import { typeLabel } from './schedule-text.js';

const HEADERS = {
  vi: ['Loại', 'Mã', 'Tên', 'Từ ngày', 'Đến ngày', 'Số năm', 'Năm tròn', 'Năm lẻ 5', 'Đợt', 'Đơn vị', 'Tên đơn vị', 'Trạng thái', 'Số ngày', 'Tính đến ngày'],
  en: ['Type', 'ID', 'Title', 'Start', 'End', 'Years', 'Round year', 'Year ending in 5', 'Phase', 'Owner', 'Owner names', 'State', 'Days', 'As of'],
} as const;

/** The header row in a language (tests and docs read it from here). */
export const scheduleCsvColumns = (lang: Lang): readonly string[] => HEADERS[lang];

const STATES: Record<ScheduleState, [string, string]> = {
  upcoming: ['sắp tới', 'upcoming'],
  open: ['đang diễn ra', 'open'],
  closed: ['đã kết thúc', 'closed'],
  today: ['hôm nay', 'today'],
  past: ['đã qua', 'past'],
  overdue: ['quá hạn', 'overdue'],
  done: ['đã xong', 'done'],
};

export function scheduleCsv(v: ScheduleView, ctx: RenderContext): string {
  const { lang } = ctx;
  const flag = (b: boolean | undefined, applies: boolean): string => (applies ? yesNo(Boolean(b), lang) : '');
  const rows = v.items.map((i) => [
    typeLabel(i.type, lang),
    i.id,
    i.title,
    toVN(i.start),
    toVN(i.end),
    i.years ?? '',
    flag(i.round, i.type === 'anniversary'),
    flag(i.five, i.type === 'anniversary'),
    i.phase ?? '',
    ownerCode(i.owner),
    (i.owners ?? []).map((u) => u.name).join('; '),
    pick(lang)(...STATES[i.state]),
    i.days,
    toVN(v.asOf),
  ]);
  return csvDocument([[...HEADERS[lang]], ...rows], ctx.sep);
}
