import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { parseDate, toVN } from '../model/date.js';
import { inRange, planRange, windowParams } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';

/**
 * An anniversary's `date` names the occurrence the plan works toward; a date
 * no window of the plan contains names nothing the plan does (often a year
 * copied from another plan, or a drive written without its `period`).
 */
export default defineRule({
  id: 'anniversary-date-in-window',
  description: {
    vi: 'Ngày kỷ niệm ghi trong date nằm trong thời gian của kế hoạch (năm kế hoạch, hoặc period).',
    en: "An anniversary's date lies inside the plan's window (its year, or its period).",
  },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Kỷ niệm ${q(p.id)} ghi date ${p.date}, nằm ngoài ${p.windowVi}.`,
      en: (p) => `Anniversary ${q(p.id)} gives date ${p.date}, outside ${p.windowEn}.`,
      hint: {
        vi: (p) => `Sửa date thành ngày kỷ niệm trong khoảng ${p.from} – ${p.to}; nếu kế hoạch hướng tới một lần kỷ niệm ở năm sau (một đợt thi đua), ghi thời gian kế hoạch: period: { from: …, to: ${p.date} }.`,
        en: (p) => `Give the day it falls within ${p.from} – ${p.to}; if the plan works toward an occurrence in a later year (a drive), give its window: period: { from: …, to: ${p.date} }.`,
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    for (const doc of plans(ws)) {
      const range = planRange(doc.data);
      // How the message names the window, made only for a finding: nearly every plan has none.
      const where = (): object => ({ ...windowParams(doc.data), from: toVN(range.from), to: toVN(range.to) });
      (doc.data.anniversaries ?? []).forEach((a, i) => {
        const d = a.date ? parseDate(a.date) : undefined;
        if (d && !inRange(d, range)) out.push({ doc, path: ['anniversaries', i, 'date'], params: { id: a.id, date: toVN(d), ...where() } });
      });
    }
    return out;
  },
});
