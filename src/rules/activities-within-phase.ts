import { q } from '../diagnostics/text.js';
import { progressDocs } from '../load/workspace.js';
import { compareDates, parseDate } from '../model/date.js';
import { toVN } from '../model/date.js';
import { inRange, note, rangeOf, type Range } from './plan-helpers.js';
import { defineRule, type Finding } from './rule.js';

/** An activity "chào mừng" an anniversary is held during a phase that commemorates it. */
const vn = (t: string): string => {
  const d = parseDate(t);
  return d ? toVN(d) : t;
};

export default defineRule({
  id: 'activities-within-phase',
  description: { vi: 'Hoạt động chào mừng một ngày kỷ niệm diễn ra trong đợt thi đua chào mừng ngày đó.', en: 'An activity for an anniversary is held during a phase that commemorates it.' },
  severity: 'warning',
  tier: 'strict',
  messages: {
    default: {
      vi: (p) => `Hoạt động ngày ${p.date} chào mừng ${q(p.id)} nằm ngoài ${Number(p.count) > 1 ? 'các đợt' : 'đợt'} ${p.phases}.`,
      en: (p) => `The activity on ${p.date} for ${q(p.id)} is outside ${Number(p.count) > 1 ? 'phases' : 'phase'} ${p.phases}.`,
      hint: {
        vi: () => 'Kiểm tra ngày của hoạt động (thường sai năm), hoặc ghi hoạt động cho đúng ngày kỷ niệm.',
        en: () => 'Check the activity’s date (often the year), or record it against the right anniversary.',
      },
    },
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
    for (const doc of progressDocs(ws)) {
      const plan = scope.planFor(doc).plan;
      if (!plan) continue;
      (doc.data.activities ?? []).forEach((a, i) => {
        const day = parseDate(a.date);
        const phases = (plan.data.phases ?? []).map((p, k) => ({ p, k })).filter(({ p }) => (p.commemorates ?? []).includes(a.commemorates));
        const ranges = phases.map(({ p }) => rangeOf(p.from, p.to));
        if (!day || !phases.length || ranges.some((r) => !r || compareDates(r.from, r.to) > 0)) return;
        if ((ranges as Range[]).some((r) => inRange(day, r))) return;
        out.push({
          doc,
          path: ['activities', i, 'date'],
          params: { date: toVN(day), id: a.commemorates, phases: phases.map(({ p }) => q(p.id)).join(', '), count: phases.length },
          related: phases.map(({ p, k }) => ({ doc: plan, path: ['phases', k], note: note(ws, `Đợt ${q(p.id)} (${vn(p.from)} – ${vn(p.to)})`, `Phase ${q(p.id)} (${vn(p.from)} – ${vn(p.to)})`) })),
        });
      });
    }
    return out;
  },
});
