/**
 * The words of the compliance report in both languages: why a record did not
 * count, why a line has its outcome, and what was wrong with the records.
 * Selection reasons reuse the messages of the `selections-qualify` rule, so
 * `validate` and `report` explain a bad selection the same way.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { numberText, percentText } from '../diagnostics/numbers.js';
import { toVN, type CalDate } from '../model/date.js';
import { selectionMessages } from '../rules/messages/selections-qualify.js';
import type { SelectionReason } from '../domain/selections.js';
import type { Place, Reason, ReportFinding } from './compliance-types.js';

type P = Record<string, unknown>;
type Text = { vi: (p: P) => string; en: (p: P) => string };

// Numbers as each language writes them, two decimals at most: a sum of rates must never print as 330.71000000000004.
const value = (lang: Lang) => (v: unknown): string => (typeof v === 'number' ? numberText(v, lang) : String(v ?? ''));
const sv = value('vi');
const se = value('en');
/** A figure of a reason, as a rate (89,91 %) when the target is one. */
const figure = (p: Record<string, unknown>, key: string, lang: Lang): string =>
  p.rate === true && typeof p[key] === 'number' ? percentText(p[key] as number, lang) : value(lang)(p[key]);
const d = (v: unknown): string => (v && typeof v === 'object' && 'y' in v ? toVN(v as CalDate) : String(v ?? ''));
export const placeText = (p: Place): string => `${p.file}:${p.line}`;

const STATUS: Record<string, [string, string]> = { done: ['đã hoàn thành', 'done'], 'in-progress': ['đang thực hiện', 'in progress'], 'not-started': ['chưa thực hiện', 'not started'] };
/** A content status in words: done → "đã hoàn thành". */
export const statusLabel = (v: unknown, lang: Lang): string => STATUS[String(v)]?.[lang === 'vi' ? 0 : 1] ?? String(v ?? '');

const reasons: Record<string, Text> = {
  'wrong-owner': {
    vi: (p) => `"${sv(p.by)}" không phải đơn vị được giao (${sv(p.owner)}); không tính.`,
    en: (p) => `"${se(p.by)}" is not the owner (${se(p.owner)}); not counted.`,
  },
  'after-as-of': {
    vi: (p) => `Ghi ngày ${d(p.date)}, sau ngày báo cáo ${d(p.asOf)}; chưa tính.`,
    en: (p) => `Dated ${d(p.date)}, after the as-of date ${d(p.asOf)}; not counted yet.`,
  },
  'outside-phase': {
    vi: (p) => `Ngày ${d(p.date)} nằm ngoài đợt thi đua (${d(p.from)}–${d(p.to)}); không tính.`,
    en: (p) => `${d(p.date)} is outside the phase (${d(p.from)}–${d(p.to)}); not counted.`,
  },
  'over-max': {
    vi: (p) => `Đã chọn ${sv(p.actual)}, vượt mức tối đa ${sv(p.max)}.`,
    en: (p) => `${se(p.actual)} chosen, more than the maximum of ${se(p.max)}.`,
  },
  'rates-not-combined': {
    vi: (p) => `${sv(p.count)} đơn vị báo cáo tỷ lệ hoặc mức không kèm mẫu số (of): không cộng được, cũng không tính bình quân được; hạn ${d(p.due)}.`,
    en: (p) => `${se(p.count)} units report bare rates or amounts without a denominator (of): they neither add up nor average; due ${d(p.due)}.`,
  },
  short: {
    vi: (p) => `Đến hạn ${d(p.due)} mới đạt ${figure(p, 'actual', 'vi')}/${figure(p, 'required', 'vi')}.`,
    en: (p) => `Only ${figure(p, 'actual', 'en')}/${figure(p, 'required', 'en')} by the due date ${d(p.due)}.`,
  },
  overdue: {
    vi: (p) => `Quá hạn ${d(p.due)}, chưa hoàn thành.`,
    en: (p) => `Overdue since ${d(p.due)}, not done.`,
  },
  'no-activity': {
    vi: (p) => `Không có hoạt động kỷ niệm nào trong đợt (${d(p.from)}–${d(p.to)}).`,
    en: (p) => `No commemorative activity recorded in the phase (${d(p.from)}–${d(p.to)}).`,
  },
  'no-evidence': {
    vi: (p) => `"${sv(p.by)}" báo cáo đã xong ngày ${d(p.date)} nhưng không nêu văn bản minh chứng (document); chưa tính là hoàn thành.`,
    en: (p) => `"${se(p.by)}" reports it done on ${d(p.date)} but names no evidence (document); not counted as done.`,
  },
  'in-progress': {
    vi: (p) => `"${sv(p.by)}" báo cáo đang thực hiện (ngày ${d(p.date)}).`,
    en: (p) => `"${se(p.by)}" reports it in progress (on ${d(p.date)}).`,
  },
  'not-started': {
    vi: (p) => `"${sv(p.by)}" báo cáo chưa thực hiện (ngày ${d(p.date)}).`,
    en: (p) => `"${se(p.by)}" reports it not started (on ${d(p.date)}).`,
  },
  'event-unconfirmed': {
    vi: (p) => `Chưa ghi ngày thực tế diễn ra; ngày dự kiến ${d(p.from)}–${d(p.to)} đã qua. Ghi ngày vào events[].actual của kế hoạch hoặc events[].held của tệp tiến độ.`,
    en: (p) => `No record of when it really took place; the planned days ${d(p.from)}–${d(p.to)} have passed. Record them in the plan's events[].actual or a progress file's events[].held.`,
  },
  'no-owner': {
    vi: (p) => `Không có đơn vị nào ứng với ${sv(p.owner)} vào ngày ${d(p.on)}.`,
    en: (p) => `No unit answers to ${se(p.owner)} on ${d(p.on)}.`,
  },
};

const isSelectionReason = (r: string): r is SelectionReason => Object.prototype.hasOwnProperty.call(selectionMessages, r);

/** One line of text for a reason; selection problems use the rule's own message. */
export function reasonText(r: Reason, lang: Lang): string {
  if (isSelectionReason(r.reason) && (r.evidence?.record ?? 'selection') === 'selection') return selectionMessages[r.reason][lang](r.params);
  const m = reasons[r.reason];
  return m ? m[lang](r.params) : r.reason;
}

const what: Record<ReportFinding['record'], Text> = {
  selection: { vi: (p) => `Lượt chọn "${sv(p.chosen)}" của "${sv(p.by)}" (chỉ tiêu "${sv(p.quota)}")`, en: (p) => `The selection of "${se(p.chosen)}" by "${se(p.by)}" (quota "${se(p.quota)}")` },
  activity: { vi: (p) => `Hoạt động kỷ niệm "${sv(p.commemorates)}" của "${sv(p.by)}" ngày ${sv(p.date)}`, en: (p) => `The activity for "${se(p.commemorates)}" by "${se(p.by)}" on ${se(p.date)}` },
  target: { vi: (p) => `Kết quả chỉ tiêu "${sv(p.target)}" của "${sv(p.by)}" (${sv(p.achieved)})`, en: (p) => `The result of "${se(p.by)}" on target "${se(p.target)}" (${se(p.achieved)})` },
  content: { vi: (p) => `Báo cáo nội dung "${sv(p.content)}" của "${sv(p.by)}" (${statusLabel(p.status, 'vi')})`, en: (p) => `The report on content "${se(p.content)}" by "${se(p.by)}" (${statusLabel(p.status, 'en')})` },
  milestone: { vi: (p) => `Mốc "${sv(p.milestone)}" của "${sv(p.by)}" (${sv(p.done)})`, en: (p) => `Milestone "${se(p.milestone)}" by "${se(p.by)}" (${se(p.done)})` },
};

const recordNames: Record<ReportFinding['record'], [string, string]> = {
  selection: ['Lượt chọn', 'A selection'],
  activity: ['Hoạt động', 'An activity'],
  target: ['Kết quả chỉ tiêu', 'A target result'],
  content: ['Báo cáo nội dung', 'A content report'],
  milestone: ['Mốc', 'A milestone record'],
};

export function findingText(f: ReportFinding, lang: Lang): string {
  const s = value(lang);
  const at = `${placeText(f.place)}: `;
  const first = f.first ? placeText(f.first) : '';
  if (f.kind === 'unknown-obligation') {
    const [vi, en] = recordNames[f.record];
    return at + (lang === 'vi' ? `${vi} tham chiếu "${s(f.params.id)}", không có trong kế hoạch; không tính.` : `${en} refers to "${s(f.params.id)}", which the plan does not have; not counted.`);
  }
  if (f.kind === 'target-conflict') {
    return at + (lang === 'vi'
      ? `Kết quả chỉ tiêu "${s(f.params.target)}" của "${s(f.params.by)}" cùng ngày báo cáo ghi ${s(f.params.achieved)}, khác ${s(f.params.kept)} ở ${first}; lấy ${s(f.params.kept)}.`
      : `The result of "${s(f.params.by)}" on target "${s(f.params.target)}" for the same report day says ${s(f.params.achieved)}, but ${first} says ${s(f.params.kept)}; ${s(f.params.kept)} is used.`);
  }
  return at + what[f.record][lang](f.params) + (lang === 'vi' ? ` đã được ghi ở ${first}; chỉ tính một lần.` : ` is already recorded at ${first}; counted once.`);
}
