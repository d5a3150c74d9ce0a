import { plans, progressDocs } from '../load/workspace.js';
import { closest } from '../model/text.js';
import type { DataPath } from '../model/types.js';
import { DECLARE_UNIT, listText, planIds, planObligations, unknownRef, UNITS_WHERE, type Bi } from './ref-helpers.js';
import { defineRule, type Finding } from './rule.js';

const IN_PLAN: Bi = { vi: 'trong kế hoạch {plan}', en: 'in plan {plan}' };
const inPlan = (what: Bi, list: string): ReturnType<typeof unknownRef> =>
  unknownRef(what, IN_PLAN, { vi: `Dùng một mã có trong ${list} của kế hoạch {plan}.`, en: `Use an id from the ${list} of plan {plan}.` });

/** A progress file reports on one plan it can find, with that plan's ids and the units it sees. */
export default defineRule({
  id: 'progress-references-resolve',
  description: { vi: 'Tệp tiến độ chỉ đúng một kế hoạch, và mọi mã trong đó có trong kế hoạch hoặc trong các đơn vị nhìn thấy được.', en: 'A progress file names exactly one plan, and every id in it exists in that plan or among the visible units.' },
  severity: 'error',
  tier: 'default',
  messages: {
    'plan-not-found': {
      vi: (p) => `Không tìm thấy kế hoạch "${String(p.value)}"${p.planYear !== undefined ? ` năm ${String(p.planYear)}` : ''}.`,
      en: (p) => `No plan "${String(p.value)}"${p.planYear !== undefined ? ` of year ${String(p.planYear)}` : ''} was found.`,
      hint: {
        vi: (p) => (p.suggestion ? `Có phải ý bạn là "${String(p.suggestion)}"?` : p.years ? `Kế hoạch "${String(p.value)}" chỉ có năm ${String(p.years)}: sửa planYear.` : 'Đặt tệp tiến độ trong thư mục của kế hoạch hoặc thư mục con của nó, và kiểm tra cùng kế hoạch.'),
        en: (p) => (p.suggestion ? `Did you mean "${String(p.suggestion)}"?` : p.years ? `Plan "${String(p.value)}" exists only for ${String(p.years)}: fix planYear.` : "Put the progress file in the plan's folder or below it, and check them together."),
      },
    },
    'plan-ambiguous': {
      vi: (p) => `Số kế hoạch "${String(p.value)}" khớp với ${String(p.count)} kế hoạch: ${String(p.list)}.`,
      en: (p) => `Plan "${String(p.value)}" matches ${String(p.count)} plans: ${String(p.list)}.`,
      hint: {
        vi: (p) => (p.sameYear ? 'Các kế hoạch này trùng cả số lẫn năm: đánh số lại một kế hoạch, hoặc tách chúng vào các thư mục riêng.' : 'Thêm planYear (năm của kế hoạch) để chỉ rõ kế hoạch được báo cáo.'),
        en: (p) => (p.sameYear ? 'These plans share both number and year: renumber one, or move them into separate folders.' : 'Add planYear (the plan year) to say which plan this reports on.'),
      },
    },
    'unknown-unit': unknownRef({ vi: 'đơn vị', en: 'unit' }, UNITS_WHERE, DECLARE_UNIT),
    'unknown-quota': inPlan({ vi: 'chỉ tiêu chọn điểm', en: 'quota' }, 'movements[].quotas'),
    'unknown-anniversary': inPlan({ vi: 'ngày kỷ niệm', en: 'anniversary' }, 'anniversaries'),
    'unknown-target': inPlan({ vi: 'chỉ tiêu', en: 'target' }, 'movements[].targets'),
    'unknown-milestone': inPlan({ vi: 'mốc thời hạn', en: 'milestone' }, 'milestones'),
    'unknown-obligation': inPlan({ vi: 'nghĩa vụ', en: 'obligation' }, 'quotas, targets, milestones, anniversaries'),
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
    for (const doc of progressDocs(ws)) {
      const p = doc.data;
      const units = scope.unitsFor(doc);
      const unit = (path: DataPath, value: string | undefined): void => {
        if (value !== undefined && !units.has(value)) out.push({ doc, path, messageId: 'unknown-unit', params: { value, suggestion: closest(value, units.keys()) } });
      };
      unit(['reporter'], p.reporter);
      for (const key of ['selections', 'activities', 'targets', 'milestones'] as const) (p[key] ?? []).forEach((r, i) => unit([key, i, 'by'], r.by));
      (p.selections ?? []).forEach((s, i) => unit(['selections', i, 'chosen'], s.chosen));
      (p.waivers ?? []).forEach((w, i) => unit(['waivers', i, 'unit'], w.unit));
      const match = scope.planFor(doc);
      if (!match.plan) {
        const all = plans(ws).filter((x) => x.data.id === p.plan);
        const years = match.candidates.length ? [] : [...new Set(all.map((x) => x.data.year))].sort();
        const list = listText(match.candidates.map((x) => `${x.file.path} (${x.data.year})`));
        if (match.candidates.length) out.push({ doc, path: ['plan'], messageId: 'plan-ambiguous', params: { value: p.plan, count: match.candidates.length, list, sameYear: new Set(match.candidates.map((x) => x.data.year)).size < match.candidates.length } });
        else out.push({ doc, path: ['plan'], messageId: 'plan-not-found', params: { value: p.plan, planYear: p.planYear, years: years.join(', '), suggestion: all.length ? undefined : closest(p.plan, plans(ws).map((x) => x.data.id)) } });
        continue;
      }
      const ids = planIds(match.plan.data);
      const ref = (path: DataPath, value: string, known: string[], messageId: string): void => {
        if (!known.includes(value)) out.push({ doc, path, messageId, params: { value, plan: p.plan, suggestion: closest(value, known) } });
      };
      (p.selections ?? []).forEach((s, i) => ref(['selections', i, 'quota'], s.quota, ids.quotas, 'unknown-quota'));
      (p.activities ?? []).forEach((a, i) => ref(['activities', i, 'commemorates'], a.commemorates, ids.anniversaries, 'unknown-anniversary'));
      (p.targets ?? []).forEach((t, i) => ref(['targets', i, 'target'], t.target, ids.targets, 'unknown-target'));
      (p.milestones ?? []).forEach((m, i) => ref(['milestones', i, 'milestone'], m.milestone, ids.milestones, 'unknown-milestone'));
      const obligations = planObligations(match.plan.data);
      (p.waivers ?? []).forEach((w, i) => ref(['waivers', i, 'obligation'], w.obligation, obligations, 'unknown-obligation'));
    }
    return out;
  },
});
