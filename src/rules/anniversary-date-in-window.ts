import { parseDate, toVN } from '../model/date.js';
import { inRange, planRange, plansInTheirWindow, windowParams } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/anniversary-date-in-window.js';

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
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plansInTheirWindow(ws)) {
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
