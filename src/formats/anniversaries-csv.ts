/**
 * `thidua anniversaries --format csv`: one row per day, RFC 4180 (CRLF),
 * UTF-8 with a BOM so Excel reads the Vietnamese. Headers and values are
 * words in the run's language and dates read as 30/04/2025, as the table
 * says them; `--sep` picks the separator. JSON is the format for programs.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import type { Confidence } from '../model/catalogue.js';
import { toVN } from '../model/date.js';
import type { AnniversaryReport } from '../views/anniversaries.js';
import { kindLabel, markOf } from './anniversaries-labels.js';
import type { RenderContext } from './render-context.js';
import { csvDocument, pick } from './shared-text.js';

const HEADERS = {
  vi: ['Ngày', 'Mã', 'Tên', 'Số năm', 'Năm tròn/lẻ 5', 'Loại', 'Ngành', 'Lịch', 'Ngày âm lịch', 'Ngày gốc', 'Nguồn', 'Độ tin cậy'],
  en: ['Date', 'ID', 'Title', 'Years', 'Round/ends in 5', 'Kind', 'Sector', 'Calendar', 'Lunar day', 'Origin', 'Source', 'Confidence'],
} as const;

/** The header row in a language (tests and docs read it from here). */
export const anniversariesCsvColumns = (lang: Lang): readonly string[] => HEADERS[lang];

const CONFIDENCE: Record<Confidence, [string, string]> = {
  verified: ['đã kiểm chứng', 'verified'],
  secondary: ['nguồn thứ cấp', 'secondary source'],
};

export function anniversariesCsv(rep: AnniversaryReport, ctx: RenderContext): string {
  const t = pick(ctx.lang);
  const rows = rep.rows.map((r) => [
    toVN(r.date),
    r.id,
    r.title,
    r.years ?? '',
    markOf(r, ctx.lang),
    kindLabel(r.kind, ctx.lang),
    r.sector ?? '',
    r.calendar === 'lunar' ? t('âm lịch', 'lunar') : t('dương lịch', 'solar'),
    // Words after the day, because Excel reads a bare "1/1" as a date.
    r.lunar ? t(`${r.lunar.day}/${r.lunar.month} âm lịch`, `${r.lunar.day}/${r.lunar.month} lunar`) : '',
    r.origin ? toVN(r.origin) : '',
    r.source ?? '',
    t(...CONFIDENCE[r.confidence]),
  ]);
  return csvDocument([[...HEADERS[ctx.lang]], ...rows], ctx.sep);
}
