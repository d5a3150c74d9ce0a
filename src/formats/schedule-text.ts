/**
 * How a schedule item reads in every human format (table, markdown, html,
 * ics, mermaid): its type, its full title with the ordinal, its marks and its
 * state. Plain text; the format escapes it.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { toVN } from '../model/date.js';
import { isDeadline, type ScheduleItem, type ScheduleItemType, type ScheduleView } from '../views/schedule.js';
import { daysText, ownersText, pick, rangeVN, windowText } from './shared-text.js';

const TYPES: Record<ScheduleItemType, [string, string]> = {
  'plan-issued': ['Ban hành kế hoạch', 'Plan issued'],
  phase: ['Đợt thi đua', 'Phase'],
  movement: ['Phong trào', 'Movement'],
  anniversary: ['Ngày kỷ niệm', 'Anniversary'],
  event: ['Sự kiện', 'Event'],
  milestone: ['Thời hạn', 'Deadline'],
  quota: ['Hạn chọn điểm', 'Quota due'],
  target: ['Hạn chỉ tiêu', 'Target due'],
  content: ['Hạn nội dung', 'Content due'],
};

export const typeLabel = (t: ScheduleItemType, lang: Lang): string => pick(lang)(...TYPES[t]);

/** "Kỷ niệm 88 năm Ngày thành lập Đảng … (03/02/1930 – 03/02/2018)"; other items read as their title. */
export function itemTitle(i: ScheduleItem, lang: Lang): string {
  const t = pick(lang);
  if (i.type === 'anniversary' && i.years !== undefined && i.years > 0) {
    const span = i.origin ? ` (${toVN(i.origin)} – ${toVN(i.start)})` : '';
    return `${t(`Kỷ niệm ${i.years} năm`, `${ordinalEn(i.years)} anniversary of`)} ${i.title}${span}`;
  }
  if (i.type === 'plan-issued') return `${t('Kế hoạch số', 'Plan')} ${i.id}: ${i.title}`;
  return i.title;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Năm tròn / năm lẻ 5: the scale of the ceremony depends on it (NĐ 145/2013, NĐ 111/2018). */
export function markText(i: ScheduleItem, lang: Lang): string {
  if (i.round) return pick(lang)('năm tròn', 'round year');
  if (i.five) return pick(lang)('năm lẻ 5', 'year ending in 5');
  return '';
}

export function stateText(i: ScheduleItem, lang: Lang): string {
  const t = pick(lang);
  const n = Math.abs(i.days);
  switch (i.state) {
    case 'upcoming':
      return i.type === 'phase' || i.type === 'movement' ? t(`sắp bắt đầu (còn ${n} ngày)`, `upcoming (starts in ${daysText(n, lang)})`) : t(`còn ${n} ngày`, `in ${daysText(n, lang)}`);
    case 'open':
      return n === 0 ? t('đang diễn ra, ngày cuối', 'open, last day') : t(`đang diễn ra, còn ${n} ngày`, `open, ${daysText(n, lang)} left`);
    case 'closed':
      return t('đã kết thúc', 'closed');
    case 'today':
      return t('hôm nay', 'today');
    case 'past':
      return t('đã qua', 'past');
    case 'overdue':
      return t(`quá hạn ${n} ngày`, `${daysText(n, lang)} overdue`);
    case 'done':
      return t('đã xong', 'done');
  }
}

/** Who, which phase, which form: whatever the row needs besides its title. */
export function noteText(i: ScheduleItem, view: ScheduleView, lang: Lang): string {
  const t = pick(lang);
  const parts: string[] = [];
  const mark = markText(i, lang);
  if (mark) parts.push(mark);
  if (i.provisional) parts.push(t('ngày dự kiến, có thể thay đổi', 'provisional date, may move'));
  if (i.planned) parts.push(t(`dự kiến ${rangeVN(i.planned.from, i.planned.to)}, thực tế ${rangeVN(i.start, i.end)}`, `planned ${rangeVN(i.planned.from, i.planned.to)}, held ${rangeVN(i.start, i.end)}`));
  if (i.type === 'movement' && i.movementForm) parts.push(i.movementForm === 'regular' ? t('thường xuyên', 'regular') : t('theo chuyên đề', 'thematic'));
  if (isDeadline(i) && i.owners?.length) {
    parts.push(ownersText(i.owner, i.owners, lang));
    if (i.state !== 'done' && i.doneBy) parts.push(t(`${i.doneBy}/${i.owners.length} đơn vị đã xong`, `${i.doneBy}/${i.owners.length} units done`));
  }
  if (i.phase && (i.type === 'anniversary' || isDeadline(i))) {
    const p = view.phases.find((x) => x.id === i.phase);
    if (p) parts.push(p.name);
  }
  return parts.join(' · ');
}

/** Items that deserve attention: an overdue deadline, or a round or five year. */
export const isAlert = (i: ScheduleItem): boolean => i.state === 'overdue';

export function scheduleHeading(v: ScheduleView, lang: Lang): string {
  return pick(lang)(`Lịch ${windowText(v.plan, lang)} — Kế hoạch số ${v.plan.id}`, v.plan.window ? `Schedule ${windowText(v.plan, lang)} — plan ${v.plan.id}` : `${v.year} schedule — plan ${v.plan.id}`);
}
