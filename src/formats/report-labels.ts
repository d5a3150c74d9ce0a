/**
 * What the human formats of `thidua report` (table, markdown, html) call
 * things, in Vietnamese and English, and how they write a line's parts.
 * Plain text out: each renderer escapes for its own format.
 */
import type { RenderContext } from './render-context.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { dueLabel } from './shared-text.js';
import { toVN } from '../model/date.js';
import { ordinalEn } from './schedule-text.js';
import { rangeVN } from './shared-text.js';
import { DEFAULT_DECIMALS, decimalsOf, numberText, percentText } from '../diagnostics/numbers.js';
import { placeText, reasonText } from '../views/compliance-messages.js';
import type { ComplianceReport, ContentItem, Evidence, Obligation, ObligationType, Outcome, Reason, Regime, WaivedFindingLine, WaiverInfo } from '../views/compliance-types.js';

const OUTCOME: Record<Outcome, [string, string]> = {
  pass: ['đạt', 'pass'],
  fail: ['không đạt', 'fail'],
  late: ['trễ hạn', 'late'],
  pending: ['chưa đến hạn', 'pending'],
  waived: ['được miễn', 'waived'],
  'not-applicable': ['không áp dụng', 'not applicable'],
};
const TYPE: Record<ObligationType, [string, string]> = {
  quota: ['chọn điểm', 'quota'],
  target: ['chỉ tiêu', 'target'],
  content: ['nội dung', 'content item'],
  milestone: ['mốc thời hạn', 'milestone'],
  anniversary: ['ngày kỷ niệm', 'anniversary'],
  event: ['sự kiện', 'event'],
};
const CONTENT: Record<ContentItem['outcome'], [string, string]> = { pass: ['đạt', 'pass'], fail: ['thiếu', 'missing'], note: ['lưu ý', 'note'] };
const REGIME: Record<Regime, [string, string]> = {
  'luat-06-2022': ['Luật Thi đua, khen thưởng 06/2022/QH15 (kế hoạch ban hành từ 01/01/2024)', 'Law on Emulation and Commendation 06/2022/QH15 (plans issued from 01/01/2024)'],
  'nd-91-2017': ['Luật Thi đua, khen thưởng 2003 và Nghị định 91/2017/NĐ-CP (kế hoạch ban hành trước 2024)', 'Law on Emulation and Commendation 2003 and Decree 91/2017/NĐ-CP (plans issued before 2024)'],
};

const pick = (pair: [string, string], lang: Lang): string => (lang === 'vi' ? pair[0] : pair[1]);

export const outcomeLabel = (o: Outcome, lang: Lang): string => pick(OUTCOME[o], lang);
export const typeLabel = (t: ObligationType, lang: Lang): string => pick(TYPE[t], lang);
export const contentLabel = (o: ContentItem['outcome'], lang: Lang): string => pick(CONTENT[o], lang);
export const regimeLabel = (r: Regime, lang: Lang): string => pick(REGIME[r], lang);

/** The legal check's items by name, for the office's documents (docx, xlsx) where an id like `tradition-day:x` means nothing to a reader. */
const ITEM: Record<string, [string, string]> = {
  decree: ['Nghị định hướng dẫn', 'Implementing decree'],
  objectives: ['Mục tiêu', 'Objectives'],
  scope: ['Phạm vi', 'Scope'],
  participants: ['Đối tượng', 'Participants'],
  'content-and-criteria': ['Nội dung, tiêu chí', 'Content and criteria'],
  targets: ['Chỉ tiêu', 'Targets'],
  timing: ['Thời gian', 'Timing'],
  measures: ['Biện pháp', 'Measures'],
  launch: ['Phát động, triển khai', 'Launch'],
  oversight: ['Kiểm tra, giám sát', 'Oversight'],
  models: ['Nhân rộng điển hình', 'Spreading examples'],
  review: ['Sơ kết, tổng kết', 'Closing review'],
  'mid-term-review': ['Sơ kết giữa đợt', 'Mid-term review'],
  forms: ['Hình thức thi đua', 'Forms'],
  'tradition-day': ['Ngày truyền thống', 'Tradition day'],
};
export function contentItemLabel(id: string, lang: Lang): string {
  const cut = id.indexOf(':');
  const head = cut < 0 ? id : id.slice(0, cut);
  const name = ITEM[head] ? pick(ITEM[head], lang) : head;
  return cut < 0 ? name : `${name} (${id.slice(cut + 1)})`;
}

const WORDS = {
  title: ['Báo cáo thực hiện kế hoạch thi đua', 'Emulation plan compliance report'],
  plan: ['Kế hoạch', 'Plan'],
  asOf: ['Tính đến ngày', 'As of'],
  overall: ['Kết quả chung', 'Overall outcome'],
  unitOnly: ['Chỉ đơn vị', 'Unit only'],
  type: ['Loại', 'Type'],
  id: ['Mã', 'ID'],
  owner: ['Đơn vị', 'Unit'],
  progress: ['Thực hiện', 'Done'],
  due: ['Hạn', 'Due'],
  outcome: ['Kết quả', 'Outcome'],
  evidence: ['Căn cứ', 'Evidence'],
  obligations: ['Chi tiết nghĩa vụ', 'Obligations'],
  byMovement: ['Tổng hợp theo phong trào', 'Totals per movement'],
  byPhase: ['Tổng hợp theo đợt thi đua', 'Totals per phase'],
  byUnit: ['Tổng hợp theo đơn vị', 'Totals per unit'],
  group: ['Nhóm', 'Group'],
  total: ['Tổng', 'Total'],
  breakdown: ['Phân loại', 'Breakdown'],
  contents: ['Nội dung kế hoạch theo quy định', 'The plan against the law'],
  regime: ['Áp dụng', 'Regime'],
  item: ['Mục', 'Item'],
  basis: ['Căn cứ pháp lý', 'Legal basis'],
  note: ['Nhận xét', 'Finding'],
  findings: ['Phát hiện về số liệu', 'Findings in the records'],
  waivedFindings: ['Phát hiện được miễn trừ', 'Waived findings'],
  progressFiles: ['Tệp tiến độ', 'Progress files'],
  none: ['(không có)', '(none)'],
  notCounted: ['Không tính', 'Not counted'],
  late: ['trễ', 'late'],
} satisfies Record<string, [string, string]>;

export type Word = keyof typeof WORDS;
export const word = (w: Word, lang: Lang): string => pick(WORDS[w], lang);

/**
 * How a format writes a figure: human formats as the language does (74,2 ·
 * 1.250.000 in Vietnamese), machine formats (JSON, JUnit) as plain numbers
 * (74.2, 1250000), as they always have.
 */
export type Figures = Lang | 'machine';
const figure = (x: number, f: Figures, decimals = DEFAULT_DECIMALS): string =>
  f === 'machine' ? numberText(x, 'en', { decimals, grouping: false }) : numberText(x, f, { decimals });
const percent = (x: number, f: Figures, decimals = DEFAULT_DECIMALS): string =>
  f === 'machine' ? `${figure(x, f, decimals)}%` : percentText(x, f, { decimals });

/**
 * "3/5", "64,66 %/≥ 80 %", "74,2/74,2 triệu đồng" ("64.66%/≥ 80%" in English),
 * "—" for a target with no figure and nothing reported; "2/3 (≤ 3)" when a
 * quota also has a maximum. Written to two decimals, or to the target's own
 * precision when it is finer.
 */
export const progressText = (o: Obligation, f: Figures): string => {
  const decimals = Math.max(DEFAULT_DECIMALS, decimalsOf(o.required));
  const n = (x: number): string => figure(x, f, decimals);
  // A content item is never counted: its outcome and evidence say whether it is done.
  if (o.type === 'content') return '—';
  // An event is not counted: it takes place or it does not.
  if (o.type === 'event') return '—';
  if (o.uncounted) return o.evidence.length ? n(o.actual) : '—';
  const rate = o.measure === 'rate';
  const value = (x: number): string => (rate ? percent(x, f, decimals) : n(x));
  const unit = !rate && o.measureUnit ? ` ${o.measureUnit}` : '';
  const sense = o.sense === 'reduce-to' ? '≤ ' : o.sense === 'keep' ? '= ' : '';
  const actual = o.measure && o.measure !== 'count' && !o.evidence.length ? '—' : value(o.actual);
  return `${actual}/${sense}${value(o.required)}${unit}${o.max !== undefined && o.max !== o.required ? ` (≤ ${n(o.max)})` : ''}`;
};

/**
 * What a line is about, in words: an anniversary's occurrence with its own
 * ordinal and day ("Kỷ niệm 80 năm … (06/01/2026)"), an event with its days
 * as known ("dự kiến" while only planned; planned vs actual once held), else
 * the plan's title for it.
 */
export function lineTitle(o: Obligation, lang: Lang): string {
  const vi = lang === 'vi';
  const title = o.title ?? o.id;
  if (o.type === 'anniversary' && o.years !== undefined && o.years > 0 && o.date) {
    return vi ? `Kỷ niệm ${o.years} năm ${title} (${toVN(o.date)})` : `${ordinalEn(o.years)} anniversary of ${title} (${toVN(o.date)})`;
  }
  if (o.type === 'event') {
    const days = rangeVN(o.from ?? o.due, o.due);
    if (o.provisional) return vi ? `${title} (dự kiến ${days})` : `${title} (planned ${days})`;
    if (o.planned) return vi ? `${title} (dự kiến ${rangeVN(o.planned.from, o.planned.to)}; thực tế ${days})` : `${title} (planned ${rangeVN(o.planned.from, o.planned.to)}; held ${days})`;
  }
  return title;
}

/** The id, with the occurrence's ordinal when a window holds several ("tong-tuyen-cu (80 năm)"). */
export const lineId = (o: Obligation, lang: Lang): string => (o.instance && o.years !== undefined ? `${o.id} (${o.years} ${lang === 'vi' ? 'năm' : 'years'})` : o.id);

export const ownerLabel = (o: Obligation): string => o.ownerName ?? (o.owner || '—');

/** The due date; an anniversary shows the window of its phase. */
export const dueText = (o: Obligation, lang: Lang): string => (o.from && toVN(o.from) !== toVN(o.due) ? `${toVN(o.from)}–${toVN(o.due)}` : dueLabel(o.due, o.dueAs, lang));

/** "Xã Tân Thành (xa-tan-thanh), tu-sach-phap-luat — progress.yaml:14". */
export function evidenceText(e: Evidence, lang: Lang, f: Figures = lang): string {
  const who = e.unitName ? `${e.unitName} (${e.unit})` : e.unit;
  const parts = [who];
  if (e.achieved !== undefined) parts.push(figure(e.achieved, f, Math.max(DEFAULT_DECIMALS, decimalsOf(e.achieved))));
  if (e.form) parts.push(e.form);
  if (e.document) parts.push(e.document);
  if (e.date && e.record !== 'selection' && e.record !== 'target') parts.push(toVN(e.date));
  if (e.title) parts.push(e.title);
  if (e.note) parts.push(e.note);
  const late = e.late ? ` [${word('late', lang)}]` : '';
  return `${parts.join(', ')}${late} — ${placeText(e)}`;
}

/** A reason with the record it is about: "✗ Xã A (xa-a) — file:3: …". */
export function reasonLine(r: Reason, lang: Lang): string {
  const where = r.evidence ? `${r.evidence.unitName ?? r.evidence.unit} — ${placeText(r.evidence)}: ` : '';
  return `${where}${reasonText(r, lang)}`;
}

export function waiverText(w: WaiverInfo, lang: Lang): string {
  const until = w.expires ? toVN(w.expires) : lang === 'vi' ? 'không thời hạn' : 'no expiry';
  const real = outcomeLabel(w.realOutcome, lang);
  if (lang === 'vi') {
    return w.inForce
      ? `Miễn theo ${w.document}, đến hết ${until}: ${w.reason} (thực tế: ${real}) — ${placeText(w.place)}`
      : `Miễn theo ${w.document} đã hết hạn ${until}: ${w.reason} — ${placeText(w.place)}`;
  }
  return w.inForce
    ? `Waived by ${w.document} until ${until}: ${w.reason} (really: ${real}) — ${placeText(w.place)}`
    : `Waiver ${w.document} expired ${until}: ${w.reason} — ${placeText(w.place)}`;
}

export function planHeading(r: ComplianceReport, lang: Lang): string {
  const p = r.plan;
  const issued = p.issued ? (lang === 'vi' ? ` ngày ${toVN(p.issued)}` : ` of ${toVN(p.issued)}`) : '';
  const by = p.issuerName ? (lang === 'vi' ? ` của ${p.issuerName}` : `, ${p.issuerName}`) : '';
  return `${word('plan', lang)} ${p.id}${issued}${by}${p.title ? `: ${p.title}` : ''}`;
}

export const asOfText = (r: ComplianceReport, lang: Lang): string => `${word('asOf', lang)} ${toVN(r.asOf)}`;

/** Does this line fail the run under `--fail-on`? */
/** `--fail-on` as the CLI gave it; a run that names none fails on `fail` only. */
export const failOnOf = (opts: RenderContext): ReadonlySet<string> => opts.failOn ?? DEFAULT_FAIL_ON;
const DEFAULT_FAIL_ON: ReadonlySet<string> = new Set(['fail']);

export const failing = (o: Obligation, opts: RenderContext): boolean => failOnOf(opts).has(o.outcome);

/** One waived check finding, as a sentence: where, which rule, under which document, until when, why. */
export function waivedText(w: WaivedFindingLine, lang: Lang): string {
  const until = w.expires ? (lang === 'vi' ? ` (đến hết ${toVN(w.expires)})` : ` (until ${toVN(w.expires)})`) : '';
  return `${w.file}:${w.line} ${w.rule}: ${w.message} — ${lang === 'vi' ? 'miễn theo' : 'waived by'} ${w.document}${until}: ${w.reason}`;
}

/** A content item's legal basis with what the clause says: "Luật 06/2022/QH15 Điều 17 khoản 5: "Sơ kết, tổng kết và khen thưởng."". */
export const basisText = (c: ContentItem, lang: Lang): string => `${c.basis}: ${c.says[lang]}`;
