/**
 * How a checklist item reads in every checklist format: the sentence ("Phòng
 * Tư pháp huyện Cái Bè: chọn ít nhất 01 xã …"), its count, due day, status
 * and the evidence that ticked it. Plain text; each format escapes it.
 */
import type { Lang } from '../diagnostics/diagnostic.js';
import { DEFAULT_DECIMALS, decimalsOf, numberText } from '../diagnostics/numbers.js';
import { toVN } from '../model/date.js';
import type { CheckGroup, CheckItem, ChecklistView, ContentState, Evidence } from '../views/checklist.js';
import { countVi, daysText, dueLabel, kindName, pick, rangeVN, windowText } from './shared-text.js';
import { ordinalEn } from './schedule-text.js';

export function checklistHeading(v: ChecklistView, lang: Lang): string {
  const t = pick(lang);
  const whose = v.unit ? t(` của ${v.unit.name}`, ` for ${v.unit.name}`) : '';
  return t(`Việc cần làm${whose} — Kế hoạch số ${v.plan.id} (${windowText(v.plan, lang)})`, `Checklist${whose} — plan ${v.plan.id} (${windowText(v.plan, lang)})`);
}

export function totalsText(v: ChecklistView, lang: Lang): string {
  const { items, done, overdue } = v.totals;
  return pick(lang)(`${items} việc · ${done} đã xong · ${overdue} quá hạn`, `${items} items · ${done} done · ${overdue} overdue`);
}

export function groupTitle(g: CheckGroup, lang: Lang): string {
  if (g.type === 'other') return pick(lang)('Ngoài các đợt thi đua', 'Outside the phases');
  return g.from && g.to ? `${g.title} (${rangeVN(g.from, g.to)})` : g.title;
}

/** How many to choose: "ít nhất 01 xã", "03 xã", "từ 02 đến 03 xã". */
function howMany(i: CheckItem, lang: Lang): string {
  const n = (k: number): string => (lang === 'vi' ? countVi(k) : String(k));
  const what = kindName(i.select ?? '', lang, lang === 'en' && (i.max ?? i.min ?? 1) > 1);
  const { min, max } = i;
  if (min !== undefined && max !== undefined) return min === max ? `${n(min)} ${what}` : pick(lang)(`từ ${n(min)} đến ${n(max)} ${what}`, `${n(min)} to ${n(max)} ${what}`);
  if (max !== undefined) return pick(lang)(`tối đa ${n(max)} ${what}`, `at most ${n(max)} ${what}`);
  return pick(lang)(`ít nhất ${n(min ?? 1)} ${what}`, `at least ${n(min ?? 1)} ${what}`);
}

/** The item as a sentence; `withOwner` puts the owner's name in front (off when the group or the whole list is the unit's). */
export function itemText(i: CheckItem, lang: Lang, withOwner = true): string {
  const t = pick(lang);
  let s: string;
  switch (i.kind) {
    case 'commemorate': {
      const mark = i.round ? t(' (năm tròn)', ' (round year)') : i.five ? t(' (năm lẻ 5)', ' (year ending in 5)') : '';
      s = i.years ? t(`Tổ chức kỷ niệm ${i.years} năm ${i.title}`, `Commemorate the ${ordinalEn(i.years)} anniversary of ${i.title}`) : t(`Tổ chức kỷ niệm ${i.title}`, `Commemorate ${i.title}`);
      s += mark;
      break;
    }
    case 'event': {
      const days = rangeVN(i.from ?? i.due, i.due);
      const planned = i.planned ? rangeVN(i.planned.from, i.planned.to) : '';
      const when = i.provisional ? t(`dự kiến ${days}`, `planned ${days}`) : planned ? t(`dự kiến ${planned}; thực tế ${days}`, `planned ${planned}; held ${days}`) : days;
      s = `${t('Sự kiện', 'Event')}: ${i.title} (${when})`;
      break;
    }
    case 'quota': {
      const tags = i.tags?.length ? t(` (nhãn: ${i.tags.join(', ')})`, ` (tagged ${i.tags.join(', ')})`) : '';
      const within = i.withinOwner ? t(' trên địa bàn', ' under it') : '';
      const forms = i.forms?.length ? t(`; hình thức: ${i.forms.map((f) => f.title).join('; ')}`, `; forms: ${i.forms.map((f) => f.title).join('; ')}`) : '';
      s = `${t('chọn', 'choose')} ${howMany(i, lang)}${tags}${within} — ${i.title}${forms}`;
      break;
    }
    case 'target': {
      const count = i.count === undefined ? '' : numberText(i.count, lang, { decimals: figureDecimals(i.count) });
      s = i.count !== undefined ? t(`${i.title} — chỉ tiêu ${count}`, `${i.title} — target ${count}`) : i.title;
      break;
    }
    case 'content':
    case 'milestone':
      s = i.title;
      break;
  }
  return withOwner && i.owner ? `${i.owner.name}: ${s}` : s;
}

/** `2/3` for counted items (`74,2/80` in Vietnamese), empty otherwise. */
export function progressFigures(i: CheckItem, lang: Lang): string {
  if (!i.progress) return '';
  const decimals = figureDecimals(i.progress.of);
  return `${numberText(i.progress.done, lang, { decimals })}/${numberText(i.progress.of, lang, { decimals })}`;
}
/** `[2/3]` for counted items, empty otherwise. */
export const progressText = (i: CheckItem, lang: Lang): string => (i.progress ? `[${progressFigures(i, lang)}]` : '');
const figureDecimals = (x: number): number => Math.max(DEFAULT_DECIMALS, decimalsOf(x));

export const dueText = (i: CheckItem, lang: Lang): string =>
  i.kind === 'commemorate' || i.kind === 'event'
    ? pick(lang)(`ngày ${rangeVN(i.from ?? i.due, i.due)}`, `on ${rangeVN(i.from ?? i.due, i.due)}`)
    : pick(lang)(`hạn ${dueLabel(i.due, i.dueAs, lang)}`, `due ${dueLabel(i.due, i.dueAs, lang)}`);

const STATE: Record<Exclude<ContentState, 'done'>, [string, string]> = {
  'no-evidence': ['báo cáo đã xong nhưng thiếu văn bản minh chứng', 'reported done without evidence'],
  'in-progress': ['đang thực hiện', 'in progress'],
  'not-started': ['chưa thực hiện', 'not started'],
};

export function statusText(i: CheckItem, lang: Lang): string {
  const t = pick(lang);
  if (i.kind === 'event') {
    if (i.done) return t('đã diễn ra', 'held');
    if (i.days < 0) return t('chưa ghi ngày thực tế', 'real days not recorded');
    if (i.days === 0) return t('hôm nay', 'today');
  }
  if (i.done) return t('đã xong', 'done');
  // A content item not done says where it stands, as its owner reported.
  const state = i.contentState && i.contentState !== 'done' ? `${t(...STATE[i.contentState])}; ` : '';
  if (i.overdue) return state + t(`quá hạn ${-i.days} ngày`, `${daysText(-i.days, lang)} overdue`);
  if (i.days === 0) return state + t('đến hạn hôm nay', 'due today');
  return state + t(`còn ${i.days} ngày`, `${daysText(i.days, lang)} left`);
}

/** One record that counts towards the item: which commune, which form, on which day. */
export function evidenceText(e: Evidence, i: CheckItem, lang: Lang): string {
  const t = pick(lang);
  const when = e.date ? t(`ngày ${toVN(e.date)}`, `on ${toVN(e.date)}`) : e.reported ? t(`theo báo cáo ngày ${toVN(e.reported)}`, `reported ${toVN(e.reported)}`) : '';
  switch (i.kind) {
    case 'quota':
      return [e.chosen?.name, e.form && t(`hình thức: ${e.form.title}`, `form: ${e.form.title}`), when].filter(Boolean).join(' — ');
    case 'commemorate':
      return [e.by?.name, when, e.title].filter(Boolean).join(' — ');
    case 'target': {
      const achieved = e.achieved === undefined ? '' : numberText(e.achieved, lang, { decimals: figureDecimals(e.achieved) });
      return [t(`đạt ${achieved}`, `achieved ${achieved}`), e.by && i.owner?.id !== e.by.id ? e.by.name : '', when].filter(Boolean).join(' — ');
    }
    case 'content':
      return [e.document && t(`văn bản ${e.document}`, `document ${e.document}`), e.by && i.owner?.id !== e.by.id ? e.by.name : '', when, e.note].filter(Boolean).join(' — ');
    case 'milestone':
      return e.date ? t(`hoàn thành ngày ${toVN(e.date)}`, `done on ${toVN(e.date)}`) : t('hoàn thành', 'done');
    case 'event':
      return '';
  }
}
