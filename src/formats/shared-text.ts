/**
 * Wording shared by the report formats (schedule, checklist): the as-of line,
 * dates, unit kinds and owners, in Vietnamese or English. Returns plain text;
 * each format escapes it with src/formats/escape.ts.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { numberText } from '../diagnostics/numbers.js';
import { compareDates, toISO, toVN, type CalDate } from '../model/date.js';
import type { Owners } from '../model/types.js';
import { ownerList } from '../domain/units.js';
import { escapeCsvCell } from './escape.js';

export const pick = (lang: Lang) => (vi: string, en: string): string => (lang === 'vi' ? vi : en);

/** Every report states the day it was computed for. */
export const asOfText = (d: CalDate, lang: Lang): string => pick(lang)(`Tính đến ngày ${toVN(d)}`, `As of ${toVN(d)}`);

/** `01/01/2018 – 30/06/2018`, or one date when the range is one day. */
export const rangeVN = (start: CalDate, end: CalDate): string => (compareDates(start, end) === 0 ? toVN(start) : `${toVN(start)} – ${toVN(end)}`);

/** A plan as a title names it: its year, or (a drive, a school year) its own window. */
export interface TitledPlan {
  year: number;
  window?: { from: CalDate; to: CalDate };
}

/** "năm 2025" / "2025" for a yearly plan; "02/06/2024 – 06/01/2026" for a plan with its own window. */
export const windowText = (p: TitledPlan, lang: Lang): string => (p.window ? rangeVN(p.window.from, p.window.to) : pick(lang)(`năm ${p.year}`, String(p.year)));

/** For names that cannot hold "/" (spreadsheet sheets, file titles): "2025", or "2025-2026" for a window across years. */
export const windowYears = (p: TitledPlan): string => (p.window && p.window.from.y !== p.window.to.y ? `${p.window.from.y}-${p.window.to.y}` : String(p.window?.from.y ?? p.year));

/**
 * A deadline as the plan words it: "trước ngày 15/10/2025" / "before
 * 15/10/2025", "đến hết ngày 15/10/2025" / "by the end of 15/10/2025"; a bare
 * date as the day. `due` is the last day that counts (what is judged).
 */
export function dueLabel(due: CalDate, dueAs: { form: 'before' | 'by'; date: CalDate } | undefined, lang: Lang): string {
  if (!dueAs) return toVN(due);
  const t = pick(lang);
  return dueAs.form === 'before' ? t(`trước ngày ${toVN(dueAs.date)}`, `before ${toVN(dueAs.date)}`) : t(`đến hết ngày ${toVN(dueAs.date)}`, `by the end of ${toVN(dueAs.date)}`);
}

/** A schedule item's days: its range, or a worded deadline as the plan words it. */
export const itemDays = (i: { start: CalDate; end: CalDate; dueAs?: { form: 'before' | 'by'; date: CalDate } }, lang: Lang): string =>
  i.dueAs ? dueLabel(i.start, i.dueAs, lang) : rangeVN(i.start, i.end);

/** "N ngày" / "1 day", "N days". */
export const daysText = (n: number, lang: Lang): string => (lang === 'vi' ? `${n} ngày` : `${n} ${n === 1 ? 'day' : 'days'}`);

/** Vietnamese documents write small counts with two digits ("01 xã"). */
export const countVi = (n: number): string => String(n).padStart(2, '0');

// The unit kinds the examples and most plans use; any other kind prints as its slug.
const KINDS: Record<string, [vi: string, en: string]> = {
  so: ['Sở', 'department'],
  'phong-tu-phap': ['Phòng Tư pháp', 'district justice office'],
  'phong-chuyen-mon': ['phòng chuyên môn', 'division'],
  phong: ['phòng', 'division'],
  'don-vi-su-nghiep': ['đơn vị sự nghiệp', 'public service unit'],
  xa: ['xã', 'commune'],
  phuong: ['phường', 'ward'],
  'thi-tran': ['thị trấn', 'township'],
  truong: ['trường', 'school'],
};

export function kindName(kind: string, lang: Lang, many = false): string {
  const k = KINDS[kind];
  if (!k) return kind;
  return lang === 'vi' ? k[0] : many ? `${k[1]}s` : k[1];
}

/** An owner as the plan writes it, for machine formats: a unit id or `kind:K`; several joined by `;`. */
export const ownerCode = (o: Owners | undefined): string => ownerList(o).map((x) => (typeof x === 'string' ? x : `kind:${x.kind}`)).join(';');

/**
 * Who an item falls on, for people: the names when there are a few, else
 * "mỗi Phòng Tư pháp (11 đơn vị)"; for several owners, each one so, joined by "; ".
 */
export function ownersText(owner: Owners | undefined, owners: readonly { name: string; kind?: string }[], lang: Lang): string {
  const list = ownerList(owner);
  if (list.length === 1 && typeof list[0] !== 'string' && owners.length > 3) {
    return pick(lang)(`mỗi ${kindName(list[0]!.kind, lang)} (${owners.length} đơn vị)`, `each ${kindName(list[0]!.kind, lang)} (${owners.length} units)`);
  }
  if (list.length <= 1) return owners.map((o) => o.name).join('; ');
  const many = new Map<string, number>();
  for (const o of list) {
    const n = typeof o === 'string' ? 0 : owners.filter((u) => u.kind === o.kind).length;
    if (typeof o !== 'string' && n > 3) many.set(o.kind, n);
  }
  const named = owners.filter((u) => u.kind === undefined || !many.has(u.kind)).map((u) => u.name);
  const kinds = [...many].map(([k, n]) => pick(lang)(`mỗi ${kindName(k, lang)} (${n} đơn vị)`, `each ${kindName(k, lang)} (${n} units)`));
  return [...named, ...kinds].join('; ');
}

const isCalDate = (v: unknown): v is CalDate =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 3 && 'y' in v && 'm' in v && 'd' in v;

/** JSON with every calendar date written as ISO `YYYY-MM-DD`, two-space indented, ending in a newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (isCalDate(v) ? toISO(v) : v), 2)}\n`;
}

/** RFC 4180 lines (CRLF), every cell escaped, with a BOM so spreadsheet apps read the Vietnamese as UTF-8. */
export function csvDocument(rows: readonly (readonly (string | number)[])[], sep: string = ','): string {
  return `\ufeff${rows.map((r) => r.map((c) => escapeCsvCell(c)).join(sep)).join('\r\n')}\r\n`;
}

/** Yes/no in the run's language, for CSV cells a spreadsheet user reads. */
export const yesNo = (b: boolean, lang: Lang): string => pick(lang)(b ? 'có' : 'không', b ? 'yes' : 'no');

/**
 * A figure for a spreadsheet cell: at most two decimals, the decimal comma in
 * Vietnamese (74,2), so Excel under the vi-VN format reads a number; no
 * thousands separator (1250000), which spreadsheets would read as text.
 */
export const csvNumber = (x: number, lang: Lang): string => numberText(x, lang, { grouping: false });

/** "2 trên 3" / "2 of 3": words, because Excel reads a bare "2/3" as a date. */
export const csvOf = (done: number, of: number, lang: Lang): string => `${csvNumber(done, lang)} ${pick(lang)('trên', 'of')} ${csvNumber(of, lang)}`;

/** Long titles make an unreadable chart or label: keep the start and mark the cut. */
export function shorten(s: string, max = 70): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
