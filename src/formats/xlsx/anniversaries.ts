/**
 * `thidua anniversaries --format xlsx`: the catalogue for a year, a row per
 * day: the date and origin as Excel dates, the ordinal as a number, năm tròn
 * or năm lẻ 5, and the source. Headers and words in the run's language.
 */
import type { Lang } from '../../diagnostics/diagnostic.js';
import type { AnniversaryReport } from '../../views/anniversaries.js';
import { kindLabel, markOf, titleOf } from '../anniversaries-labels.js';
import { pick } from '../shared-text.js';
import { xlsxBytes, type SheetSpec } from './kit.js';

export function anniversariesSheet(rep: AnniversaryReport, lang: Lang): SheetSpec {
  const t = pick(lang);
  return {
    name: t(`Ngày kỷ niệm ${rep.year}`, `Anniversaries ${rep.year}`),
    columns: [
      { header: t('Ngày', 'Date') },
      { header: t('Mã', 'ID'), max: 30 },
      { header: t('Tên', 'Title'), max: 70 },
      { header: t('Số năm', 'Years') },
      { header: t('Năm tròn / lẻ 5', 'Round / 5') },
      { header: t('Loại', 'Kind') },
      { header: t('Ngành', 'Sector') },
      { header: t('Ngày gốc', 'Origin') },
      { header: t('Nguồn', 'Source'), max: 60 },
      { header: t('Độ tin cậy', 'Confidence') },
    ],
    rows: rep.rows.map((r) => [
      r.date,
      r.id,
      titleOf(r, lang),
      r.years,
      markOf(r, lang) || undefined,
      kindLabel(r.kind, lang),
      r.sector,
      r.origin,
      r.source,
      r.confidence === 'secondary' ? t('nguồn thứ cấp', 'secondary') : t('đã kiểm chứng', 'verified'),
    ]),
  };
}

export function anniversariesXlsx(rep: AnniversaryReport, ctx: { lang: Lang }): Promise<Uint8Array> {
  return xlsxBytes([anniversariesSheet(rep, ctx.lang)], { title: `thidua anniversaries ${rep.year}` });
}
