/**
 * `thidua report --format csv`: one row per obligation and owner, for a
 * spreadsheet (RFC 4180, CRLF, UTF-8 with a BOM). Headers and values are
 * words in the run's language, dates read as 30/06/2018 and figures as
 * Vietnamese write them (74,2) in vi; `--sep` picks the separator. The
 * evidence column names the progress records as file:line. JSON is the
 * format for programs.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { toVN } from '../model/date.js';
import type { Obligation } from '../views/compliance-types.js';
import type { ComplianceReport } from '../views/compliance-types.js';
import { placeText } from '../views/compliance-messages.js';
import type { RenderContext } from './render-context.js';
import { outcomeLabel, typeLabel, lineTitle } from './report-labels.js';
import { csvDocument, csvNumber, pick } from './shared-text.js';

const HEADERS = {
  vi: ['Phong trào', 'Mã nghĩa vụ', 'Nghĩa vụ', 'Loại', 'Mã đơn vị', 'Đơn vị', 'Từ ngày', 'Hạn', 'Cách tính', 'Yêu cầu', 'Thực hiện', 'Đơn vị tính', 'Kết quả', 'Căn cứ', 'Tính đến ngày'],
  en: ['Movement', 'Obligation ID', 'Obligation', 'Type', 'Unit ID', 'Unit', 'From', 'Due', 'Sense', 'Required', 'Actual', 'Measure unit', 'Outcome', 'Evidence', 'As of'],
} as const;

/** The header row in a language (tests and docs read it from here). */
export const reportCsvColumns = (lang: Lang): readonly string[] => HEADERS[lang];

const SENSE: Record<NonNullable<Obligation['sense']>, [string, string]> = {
  'at-least': ['ít nhất', 'at least'],
  keep: ['giữ ở mức', 'keep at'],
  'reduce-to': ['giảm xuống còn', 'reduce to'],
};

function row(o: Obligation, r: ComplianceReport, lang: Lang): (string | number)[] {
  // A figure nobody reported is left empty, not written as 0 (as the human formats show "—").
  const reported = !(o.measure && o.measure !== 'count' && !o.evidence.length) && !(o.uncounted && !o.evidence.length);
  return [
    o.movement ?? '',
    o.id,
    lineTitle(o, lang) === o.id ? '' : lineTitle(o, lang),
    typeLabel(o.type, lang),
    o.owner,
    o.ownerName ?? '',
    o.from ? toVN(o.from) : '',
    toVN(o.due),
    o.sense ? pick(lang)(...SENSE[o.sense]) : '',
    o.uncounted ? '' : csvNumber(o.required, lang),
    reported ? csvNumber(o.actual, lang) : '',
    o.measure === 'rate' ? '%' : (o.measureUnit ?? ''),
    outcomeLabel(o.outcome, lang),
    o.evidence.map(placeText).join('; '),
    toVN(r.asOf),
  ];
}

export function reportCsv(r: ComplianceReport, ctx: RenderContext): string {
  return csvDocument([[...HEADERS[ctx.lang]], ...r.obligations.map((o) => row(o, r, ctx.lang))], ctx.sep);
}
