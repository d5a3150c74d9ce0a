/**
 * Is the plan itself complete? Judged by the regime in force on its issue
 * date (docs/report.md lists the items and their articles):
 * - from 01/01/2024, Luật Thi đua, khen thưởng 06/2022/QH15: the contents of
 *   Điều 17 khoản 1 (mục tiêu, phạm vi, đối tượng, nội dung và tiêu chí, thời
 *   gian, biện pháp), a review (khoản 5: sơ kết, tổng kết) and only the two
 *   forms of Điều 16;
 * - before, Nghị định 91/2017/NĐ-CP Điều 4: purpose and requirements, concrete
 *   targets for each regular movement, and a year-end review.
 * In both, a thematic movement of a year or more needs a mid-term review, and
 * a sector's tradition day in a year that is not round gets a note (NĐ
 * 111/2018/NĐ-CP Điều 4 khoản 3: activities, but no ceremony). A news summary
 * of a plan (the 2018 founding example) fails some items: that is the finding.
 */
import { addDays, compareDates, daysBetween, endOfYear, parseDate, startOfYear, toVN, type CalDate } from '../model/date.js';
import { catalogue, findEntry } from '../model/catalogue.js';
import { sameName } from '../model/text.js';
import type { Movement, PlanDoc } from '../model/types.js';
import { listText } from '../rules/support/ref-helpers.js';
import type { ContentItem, Regime } from './compliance-types.js';

const LUAT = 'Luật 06/2022/QH15';
const ND91 = 'NĐ 91/2017/NĐ-CP Điều 4';
const ND111 = 'NĐ 111/2018/NĐ-CP Điều 4 khoản 3';
const NEW_REGIME_FROM: CalDate = { y: 2024, m: 1, d: 1 };

export function regimeOf(plan: PlanDoc): Regime {
  const issued = (plan.issued && parseDate(plan.issued)) || startOfYear(plan.year);
  return compareDates(issued, NEW_REGIME_FROM) >= 0 ? 'luat-06-2022' : 'nd-91-2017';
}

const has = (v: string | readonly string[] | undefined): boolean =>
  typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) && v.some((s) => typeof s === 'string' && s.trim() !== '');

function item(id: string, ok: boolean, basis: string, pass: [string, string], fail: [string, string]): ContentItem {
  const [vi, en] = ok ? pass : fail;
  return { id, outcome: ok ? 'pass' : 'fail', basis, message: { vi, en } };
}

const hasCriteria = (m: Movement): boolean => (m.targets?.length ?? 0) + (m.quotas?.length ?? 0) > 0;

/** Where a year-end review may fall: 01/10 of the plan year to 31/01 of the next (tổng kết often slips into January). */
export const yearEndWindow = (year: number): { from: CalDate; to: CalDate } => ({ from: { y: year, m: 10, d: 1 }, to: addDays(endOfYear(year), 31) });

/** A review milestone at or near the end of the plan year. */
function yearEndReview(plan: PlanDoc): boolean {
  const { from, to } = yearEndWindow(plan.year);
  return (plan.milestones ?? []).some((m) => {
    const due = parseDate(m.due);
    return m.type === 'review' && due !== undefined && compareDates(from, due) <= 0 && compareDates(due, to) <= 0;
  });
}

/**
 * Thematic movements of a year or more, with whether a review milestone
 * (tied to the movement, or to none) falls inside the first three quarters of
 * its period: "giữa đợt", not the closing tổng kết.
 */
function midTermItems(plan: PlanDoc, basis: string): ContentItem[] {
  const out: ContentItem[] = [];
  for (const mv of plan.movements ?? []) {
    const from = mv.period?.from ? parseDate(mv.period.from) : undefined;
    const to = mv.period?.to ? parseDate(mv.period.to) : undefined;
    if (mv.form !== 'thematic' || !from || !to) continue;
    const days = daysBetween(from, to) + 1;
    if (days < 365) continue;
    const latest = addDays(from, Math.floor((days * 3) / 4));
    const ok = (plan.milestones ?? []).some((m) => {
      const due = parseDate(m.due);
      return m.type === 'review' && (m.movement === undefined || m.movement === mv.id) && due !== undefined && compareDates(from, due) <= 0 && compareDates(due, latest) <= 0;
    });
    out.push(
      item(
        `mid-term-review:${mv.id}`,
        ok,
        basis,
        [`Phong trào chuyên đề "${mv.id}" (từ một năm trở lên) có mốc sơ kết giữa đợt.`, `Thematic movement "${mv.id}" (a year or more) has a mid-term review milestone.`],
        [
          `Phong trào chuyên đề "${mv.id}" kéo dài ${days} ngày nhưng không có mốc sơ kết giữa đợt (milestones, type: review) đến ngày ${toVN(latest)}.`,
          `Thematic movement "${mv.id}" runs ${days} days but has no mid-term review milestone (milestones, type: review) by ${toVN(latest)}.`,
        ],
      ),
    );
  }
  return out;
}

/** Tradition days (catalogue kind `tradition`): a ceremony only in round years. */
function traditionItems(plan: PlanDoc): ContentItem[] {
  const out: ContentItem[] = [];
  for (const a of plan.anniversaries ?? []) {
    const entry = findEntry(a.ref ?? a.id) ?? (a.title ? catalogue().find((e) => sameName(e.title, a.title!)) : undefined);
    if (!entry || entry.kind !== 'tradition') continue;
    const origin = (a.origin && parseDate(a.origin)) || entry.origin;
    if (!origin || plan.year <= origin.y) continue;
    const years = plan.year - origin.y;
    const round = years % 10 === 0;
    const title = a.title ?? entry.title;
    out.push({
      id: `tradition-day:${a.id}`,
      outcome: round ? 'pass' : 'note',
      basis: ND111,
      message: round
        ? { vi: `${title}: ${years} năm là năm tròn, được tổ chức lễ kỷ niệm.`, en: `${title}: ${years} years is a round year; a ceremony may be held.` }
        : {
            vi: `${title}: ${years} năm không phải năm tròn — chỉ tổ chức các hoạt động thi đua, tuyên truyền, không tổ chức lễ kỷ niệm.`,
            en: `${title}: ${years} years is not a round year — emulation and communication activities only, no ceremony.`,
          },
    });
  }
  return out;
}

function law2022(plan: PlanDoc): ContentItem[] {
  const k1 = `${LUAT} Điều 17 khoản 1`;
  const movements = plan.movements ?? [];
  const noCriteria = movements.filter((m) => !hasCriteria(m)).map((m) => m.id);
  const timed = (plan.phases?.length ?? 0) > 0 || (movements.length > 0 && movements.every((m) => m.period?.from && m.period?.to));
  return [
    item('objectives', has(plan.objectives), k1, ['Kế hoạch nêu mục tiêu.', 'The plan states its objectives.'], ['Kế hoạch không nêu mục tiêu (objectives).', 'The plan states no objectives (objectives).']),
    item('scope', has(plan.scope), k1, ['Kế hoạch nêu phạm vi.', 'The plan states its scope.'], ['Kế hoạch không nêu phạm vi (scope).', 'The plan states no scope (scope).']),
    item('participants', has(plan.participants), k1, ['Kế hoạch nêu đối tượng.', 'The plan names its participants.'], ['Kế hoạch không nêu đối tượng (participants).', 'The plan names no participants (participants).']),
    item(
      'content-and-criteria',
      movements.length > 0 && noCriteria.length === 0,
      k1,
      ['Mỗi phong trào có nội dung và tiêu chí (chỉ tiêu).', 'Every movement has content and criteria (targets or quotas).'],
      movements.length === 0
        ? ['Kế hoạch không có phong trào nào (movements).', 'The plan has no movements (movements).']
        : [`Phong trào chưa có tiêu chí (targets/quotas): ${listText(noCriteria)}.`, `Movements without criteria (targets/quotas): ${listText(noCriteria)}.`],
    ),
    item('timing', timed, k1, ['Kế hoạch nêu thời gian (đợt thi đua hoặc thời gian của từng phong trào).', 'The plan states its timing (phases, or a period for each movement).'], ['Kế hoạch không nêu thời gian: không có đợt thi đua (phases) và có phong trào thiếu period.', 'The plan states no timing: no phases, and some movement lacks a period.']),
    item('measures', has(plan.measures), k1, ['Kế hoạch nêu biện pháp.', 'The plan states its measures.'], ['Kế hoạch không nêu biện pháp tổ chức thực hiện (measures).', 'The plan states no measures (measures).']),
    item('review', yearEndReview(plan), `${LUAT} Điều 17 khoản 5`, ['Kế hoạch có mốc tổng kết cuối năm.', 'The plan has a year-end review milestone.'], ['Kế hoạch không có mốc sơ kết, tổng kết cuối năm (milestones, type: review, từ 01/10).', 'The plan has no year-end review milestone (milestones, type: review, from 1 October).']),
    ...midTermItems(plan, `${LUAT} Điều 17 khoản 5`),
    formsItem(plan, `${LUAT} Điều 16`),
    ...traditionItems(plan),
  ];
}

function nd91(plan: PlanDoc): ContentItem[] {
  const noTargets = (plan.movements ?? []).filter((m) => m.form === 'regular' && !hasCriteria(m)).map((m) => m.id);
  return [
    item('objectives', has(plan.objectives), ND91, ['Kế hoạch nêu mục đích, yêu cầu.', 'The plan states its purpose and requirements.'], ['Kế hoạch không nêu mục đích, yêu cầu (objectives).', 'The plan states no purpose and requirements (objectives).']),
    item(
      'targets',
      noTargets.length === 0,
      ND91,
      ['Mỗi phong trào thường xuyên có chỉ tiêu cụ thể.', 'Every regular movement has concrete targets.'],
      [`Phong trào thường xuyên chưa có chỉ tiêu cụ thể (targets/quotas): ${listText(noTargets)}.`, `Regular movements without concrete targets (targets/quotas): ${listText(noTargets)}.`],
    ),
    item('review', yearEndReview(plan), ND91, ['Kế hoạch có mốc tổng kết cuối năm.', 'The plan has a year-end review milestone.'], ['Kế hoạch không có mốc tổng kết cuối năm (milestones, type: review, từ 01/10).', 'The plan has no year-end review milestone (milestones, type: review, from 1 October).']),
    ...midTermItems(plan, ND91),
    formsItem(plan, ND91),
    ...traditionItems(plan),
  ];
}

/** The schema already limits `form` to the two forms; kept so the report states the basis. */
function formsItem(plan: PlanDoc, basis: string): ContentItem {
  const other = (plan.movements ?? []).filter((m) => m.form !== 'regular' && m.form !== 'thematic').map((m) => m.id);
  return item(
    'forms',
    other.length === 0,
    basis,
    ['Các phong trào chỉ dùng hai hình thức: thường xuyên và theo chuyên đề.', 'Movements use only the two forms: regular and thematic.'],
    [`Phong trào có hình thức không được quy định: ${listText(other)}.`, `Movements with a form the law does not name: ${listText(other)}.`],
  );
}

export function planContents(plan: PlanDoc): { regime: Regime; items: ContentItem[] } {
  const regime = regimeOf(plan);
  return { regime, items: regime === 'luat-06-2022' ? law2022(plan) : nd91(plan) };
}
