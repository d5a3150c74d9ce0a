/** Words the anniversary formats share, so the table, Markdown and CSV say the same thing. */
import type { Lang } from '../diagnostics/diagnostic.js';
import type { AnniversaryKind } from '../model/catalogue.js';
import type { AnniversaryReport, AnniversaryRow } from '../views/anniversaries.js';

/** Năm tròn / năm lẻ 5, or nothing. */
export function markOf(r: AnniversaryRow, lang: Lang): string {
  if (r.round) return lang === 'vi' ? 'năm tròn' : 'round';
  if (r.five) return lang === 'vi' ? 'năm lẻ 5' : 'ends in 5';
  return '';
}

const kinds: Record<AnniversaryKind, [string, string]> = {
  major: ['ngày lễ lớn', 'major holiday'],
  tradition: ['ngày truyền thống', 'tradition day'],
  observance: ['ngày kỷ niệm khác', 'observance'],
};

export const kindLabel = (k: AnniversaryKind, lang: Lang): string => kinds[k][lang === 'vi' ? 0 : 1];

/** "Tết Nguyên đán (1/1 âm lịch)": the lunar day a solar date was computed from. */
export function titleOf(r: AnniversaryRow, lang: Lang): string {
  if (!r.lunar) return r.title;
  return `${r.title} (${r.lunar.day}/${r.lunar.month} ${lang === 'vi' ? 'âm lịch' : 'lunar'})`;
}

/** The heading line: year and filters. */
export function heading(rep: AnniversaryReport, lang: Lang): string {
  const vi = lang === 'vi';
  const parts = [vi ? `Ngày kỷ niệm năm ${rep.year}` : `Commemorative days in ${rep.year}`];
  if (rep.filter.round) parts.push(vi ? 'năm tròn và năm lẻ 5' : 'round years and years ending in 5');
  if (rep.filter.sector) parts.push(vi ? `ngành ${rep.filter.sector}` : `sector ${rep.filter.sector}`);
  return parts.join(' — ');
}

export const secondaryNote = (lang: Lang): string =>
  lang === 'vi'
    ? '* Theo nguồn thứ cấp: kiểm chứng trước khi dùng trong văn bản.'
    : '* From a secondary source: verify before citing it in a document.';
