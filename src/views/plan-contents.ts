/**
 * Is the plan itself complete? Judged by the regime in force on its issue
 * date (docs/report.md lists the items and their articles), and by its shape:
 * - a yearly plan (its window is one calendar year) holds its closing review
 *   (tổng kết) around the year's end: from 01/10 to 31/01 of the next year;
 * - a drive (đợt thi đua: any other window under two years — a school year,
 *   a drive toward an anniversary or an event) holds it as the drive ends or
 *   after: from 30 days before its end to 92 days after, even in the next
 *   year; a drive that ends at an event has no fixed end, so any review
 *   inside or after its window counts;
 * - a stage plan (giai đoạn: two years or more) holds it in its last half
 *   year or up to 92 days after.
 * The law (Luật 06/2022/QH15 Điều 17 khoản 5: "Sơ kết, tổng kết và khen
 * thưởng.") names the reviews but no time: those windows are the tool's, and
 * the messages say so rather than cite the article for them. A mid-term review
 * of a long thematic movement is practice seen in real plans (QĐ 733/QĐ-TTg),
 * not a stated rule, so its absence is a note. The plan's window and shape are
 * the domain's (`planShape`): `period` when the plan has one, else its year.
 */
import { addDays, compareDates, daysBetween, endOfYear, parseDate, toVN, type CalDate } from '../model/date.js';
import { issueDay } from '../domain/plan-facts.js';
import { planShape, type Shape, type ShapedWindow } from '../domain/windows.js';
import type { Movement, PlanDoc } from '../model/types.js';
import { deadlineOf } from '../domain/deadlines.js';
import { listText } from '../rules/support/ref-helpers.js';
import type { Bilingual, ContentItem, Regime } from './compliance-types.js';
import { LAW, decreeOn, type Clause } from './law-text.js';
import { traditionItems } from './plan-contents-tradition.js';

const NEW_REGIME_FROM: CalDate = { y: 2024, m: 1, d: 1 };


export function regimeOf(plan: PlanDoc): Regime {
  return compareDates(issueDay(plan), NEW_REGIME_FROM) >= 0 ? 'luat-06-2022' : 'nd-91-2017';
}

const has = (v: string | readonly string[] | undefined): boolean =>
  typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) && v.some((s) => typeof s === 'string' && s.trim() !== '');

function item(id: string, ok: boolean, clause: Clause, pass: [string, string], fail: [string, string], failOutcome: 'fail' | 'note' = 'fail'): ContentItem {
  const [vi, en] = ok ? pass : fail;
  return { id, outcome: ok ? 'pass' : failOutcome, basis: clause.ref, says: clause.says, message: { vi, en } };
}

const hasCriteria = (m: Movement): boolean => (m.targets?.length ?? 0) + (m.quotas?.length ?? 0) + (m.contents?.length ?? 0) > 0;

const reviewsOf = (plan: PlanDoc, movement?: string): CalDate[] =>
  (plan.milestones ?? []).flatMap((m) => {
    const due = m.type === 'review' && (movement === undefined || m.movement === undefined || m.movement === movement) ? deadlineOf(m.due)?.last : undefined;
    return due ? [due] : [];
  });

/** Where a year-end review may fall: 01/10 of the plan year to 31/01 of the next (tổng kết often slips into January). */
export const yearEndWindow = (year: number): { from: CalDate; to: CalDate } => ({ from: { y: year, m: 10, d: 1 }, to: addDays(endOfYear(year), 31) });

/** Where the closing review of a window may fall, by shape; `to` undefined: open-ended (after an event). */
export function closingWindow(w: ShapedWindow): { from: CalDate; to: CalDate | undefined } {
  if (!w.to) return { from: w.from, to: undefined };
  if (w.shape === 'year') return yearEndWindow(w.to.y);
  return { from: addDays(w.to, w.shape === 'stage' ? -183 : -30), to: addDays(w.to, 92) };
}

const within = (d: CalDate, from: CalDate, to: CalDate | undefined): boolean => compareDates(from, d) <= 0 && (!to || compareDates(d, to) <= 0);

const SHAPE: Record<Shape, Bilingual> = {
  year: { vi: 'Kế hoạch năm', en: 'The yearly plan' },
  drive: { vi: 'Đợt thi đua', en: 'The drive' },
  stage: { vi: 'Kế hoạch giai đoạn', en: 'The stage plan' },
};

function reviewItem(plan: PlanDoc, clause: Clause): ContentItem {
  const w = planShape(plan);
  const { from, to } = closingWindow(w);
  const ok = reviewsOf(plan).some((d) => within(d, from, to));
  const span = to ? { vi: `từ ${toVN(from)} đến ${toVN(to)}`, en: `from ${toVN(from)} to ${toVN(to)}` } : { vi: `từ ${toVN(from)} trở đi (đợt kết thúc khi sự kiện diễn ra)`, en: `from ${toVN(from)} on (the drive ends at an event)` };
  const s = SHAPE[w.shape];
  return item(
    'review',
    ok,
    clause,
    [`${s.vi} có mốc tổng kết (${span.vi}).`, `${s.en} has a closing review milestone (${span.en}).`],
    [
      `${s.vi} không có mốc sơ kết, tổng kết (milestones, type: review) ${span.vi}; thidua tìm mốc tổng kết trong khoảng này — Luật không quy định thời gian.`,
      `${s.en} has no review milestone (milestones, type: review) ${span.en}; thidua looks for the closing review there — the law sets no time.`,
    ],
  );
}

/**
 * Thematic movements of a year or more, with whether a review milestone (tied
 * to the movement, or to none) falls inside the first three quarters of its
 * period: "giữa đợt", not the closing tổng kết. Practice, hence a note.
 */
function midTermItems(plan: PlanDoc, clause: Clause): ContentItem[] {
  const out: ContentItem[] = [];
  for (const mv of plan.movements ?? []) {
    const from = mv.period?.from ? parseDate(mv.period.from) : undefined;
    const to = mv.period?.to ? parseDate(mv.period.to) : undefined;
    if (mv.form !== 'thematic' || !from || !to) continue;
    const days = daysBetween(from, to) + 1;
    if (days < 365) continue;
    const latest = addDays(from, Math.floor((days * 3) / 4));
    const ok = reviewsOf(plan, mv.id).some((d) => within(d, from, latest));
    out.push(
      item(
        `mid-term-review:${mv.id}`,
        ok,
        clause,
        [`Phong trào chuyên đề "${mv.id}" (từ một năm trở lên) có mốc sơ kết giữa đợt.`, `Thematic movement "${mv.id}" (a year or more) has a mid-term review milestone.`],
        [
          `Phong trào chuyên đề "${mv.id}" kéo dài ${days} ngày nhưng không có mốc sơ kết giữa đợt (milestones, type: review) đến ngày ${toVN(latest)}; sơ kết giữa đợt là thông lệ, Luật không quy định thời điểm.`,
          `Thematic movement "${mv.id}" runs ${days} days but has no mid-term review milestone (milestones, type: review) by ${toVN(latest)}; a mid-term review is practice, the law sets no time.`,
        ],
        'note',
      ),
    );
  }
  return out;
}

/** Điều 17 khoản 2–4 are what running a movement involves; a plan usually says how, in its measures or milestones. Notes only. */
function runningItems(plan: PlanDoc): ContentItem[] {
  const text = [...(plan.measures ?? []), ...(plan.milestones ?? []).map((m) => m.title ?? '')].join('\n').toLocaleLowerCase('vi');
  const said = (...words: string[]): boolean => words.some((w) => text.includes(w));
  const registration = (plan.milestones ?? []).some((m) => m.type === 'registration');
  const mk = (id: string, ok: boolean, clause: Clause, what: Bilingual): ContentItem =>
    item(id, ok, clause, [`Kế hoạch nêu ${what.vi}.`, `The plan says how it handles ${what.en}.`], [`Biện pháp (measures) và các mốc không nhắc tới ${what.vi}.`, `Neither measures nor milestones mention ${what.en}.`], 'note');
  return [
    mk('launch', registration || said('phát động', 'triển khai', 'đăng ký'), LAW.launch, { vi: 'việc phát động, triển khai', en: 'launching and deploying the movement' }),
    mk('oversight', said('kiểm tra', 'giám sát'), LAW.oversight, { vi: 'việc kiểm tra, giám sát', en: 'inspection and supervision' }),
    mk('models', said('tuyên truyền', 'điển hình', 'nhân rộng'), LAW.models, { vi: 'việc tuyên truyền, nhân rộng điển hình tiên tiến', en: 'publicising and spreading advanced examples' }),
  ];
}

function decreeItem(plan: PlanDoc): ContentItem {
  const d = decreeOn(issueDay(plan));
  return {
    id: 'decree',
    outcome: 'note',
    basis: d.ref,
    says: d.says,
    message: { vi: `Nghị định hướng dẫn có hiệu lực ngày ban hành kế hoạch (${toVN(issueDay(plan))}): ${d.ref}.`, en: `The implementing decree in force on the issue date (${toVN(issueDay(plan))}): ${d.ref}.` },
  };
}

function law2022(plan: PlanDoc): ContentItem[] {
  const k1 = LAW.contents;
  const movements = plan.movements ?? [];
  const noCriteria = movements.filter((m) => !hasCriteria(m)).map((m) => m.id);
  const windowed = (plan as { period?: unknown }).period !== undefined;
  const timed = windowed || (plan.phases?.length ?? 0) > 0 || (movements.length > 0 && movements.every((m) => m.period?.from && m.period?.to));
  return [
    decreeItem(plan),
    item('objectives', has(plan.objectives), k1, ['Kế hoạch nêu mục tiêu.', 'The plan states its objectives.'], ['Kế hoạch không nêu mục tiêu (objectives).', 'The plan states no objectives (objectives).']),
    item('scope', has(plan.scope), k1, ['Kế hoạch nêu phạm vi.', 'The plan states its scope.'], ['Kế hoạch không nêu phạm vi (scope).', 'The plan states no scope (scope).']),
    item('participants', has(plan.participants), k1, ['Kế hoạch nêu đối tượng.', 'The plan names its participants.'], ['Kế hoạch không nêu đối tượng (participants).', 'The plan names no participants (participants).']),
    item(
      'content-and-criteria',
      movements.length > 0 && noCriteria.length === 0,
      k1,
      ['Mỗi phong trào có nội dung và tiêu chí (chỉ tiêu, nội dung).', 'Every movement has content and criteria (targets, quotas or contents).'],
      movements.length === 0
        ? ['Kế hoạch không có phong trào nào (movements).', 'The plan has no movements (movements).']
        : [`Phong trào chưa có nội dung, tiêu chí (targets/quotas/contents): ${listText(noCriteria)}.`, `Movements without content or criteria (targets/quotas/contents): ${listText(noCriteria)}.`],
    ),
    item('timing', timed, k1, ['Kế hoạch nêu thời gian (thời gian của kế hoạch, đợt thi đua hoặc của từng phong trào).', 'The plan states its timing (its period, phases, or a period for each movement).'], ['Kế hoạch không nêu thời gian: không có period, đợt thi đua (phases), và có phong trào thiếu period.', 'The plan states no timing: no period, no phases, and some movement lacks a period.']),
    item('measures', has(plan.measures), k1, ['Kế hoạch nêu biện pháp.', 'The plan states its measures.'], ['Kế hoạch không nêu biện pháp tổ chức thực hiện (measures).', 'The plan states no measures (measures).']),
    ...runningItems(plan),
    reviewItem(plan, LAW.review),
    ...midTermItems(plan, LAW.review),
    formsItem(plan, LAW.forms),
    ...traditionItems(plan, LAW.nd111),
  ];
}

function nd91(plan: PlanDoc): ContentItem[] {
  const noTargets = (plan.movements ?? []).filter((m) => m.form === 'regular' && !hasCriteria(m)).map((m) => m.id);
  const c = LAW.nd91;
  return [
    decreeItem(plan),
    item('objectives', has(plan.objectives), c, ['Kế hoạch nêu mục đích, yêu cầu.', 'The plan states its purpose and requirements.'], ['Kế hoạch không nêu mục đích, yêu cầu (objectives).', 'The plan states no purpose and requirements (objectives).']),
    item(
      'targets',
      noTargets.length === 0,
      c,
      ['Mỗi phong trào thường xuyên có chỉ tiêu cụ thể.', 'Every regular movement has concrete targets.'],
      [`Phong trào thường xuyên chưa có chỉ tiêu cụ thể (targets/quotas/contents): ${listText(noTargets)}.`, `Regular movements without concrete targets (targets/quotas/contents): ${listText(noTargets)}.`],
    ),
    reviewItem(plan, c),
    ...midTermItems(plan, c),
    formsItem(plan, c),
    ...traditionItems(plan, LAW.nd111),
  ];
}

/** The schema already limits `form` to the two forms; kept so the report states the basis. */
function formsItem(plan: PlanDoc, clause: Clause): ContentItem {
  const other = (plan.movements ?? []).filter((m) => m.form !== 'regular' && m.form !== 'thematic').map((m) => m.id);
  return item(
    'forms',
    other.length === 0,
    clause,
    ['Các phong trào chỉ dùng hai hình thức: thường xuyên và theo chuyên đề.', 'Movements use only the two forms: regular and thematic.'],
    [`Phong trào có hình thức không được quy định: ${listText(other)}.`, `Movements with a form the law does not name: ${listText(other)}.`],
  );
}

export function planContents(plan: PlanDoc): { regime: Regime; items: ContentItem[] } {
  const regime = regimeOf(plan);
  return { regime, items: regime === 'luat-06-2022' ? law2022(plan) : nd91(plan) };
}
