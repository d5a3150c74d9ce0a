import { parseDate, toVN } from '../model/date.js';
import { inRange, planRange, plansInTheirWindow, windowParams } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/phases-within-year.js';

/** Đợt thi đua divide the plan's window (its year, or its own period); a phase reaching outside it belongs to another plan. */
export default defineRule({
  id: 'phases-within-year',
  description: { vi: 'Ngày bắt đầu và kết thúc của mỗi đợt thi đua nằm trong năm kế hoạch.', en: 'Each phase starts and ends inside the plan year.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plansInTheirWindow(ws)) {
      const range = planRange(doc.data);
      // How the message names the window, made only for a finding: nearly every plan has none.
      const where = (): object => ({ ...windowParams(doc.data), from: toVN(range.from), to: toVN(range.to) });
      (doc.data.phases ?? []).forEach((p, i) => {
        for (const key of ['from', 'to'] as const) {
          const d = parseDate(p[key]);
          if (d && !inRange(d, range)) out.push({ doc, path: ['phases', i, key], params: { id: p.id, value: toVN(d), ...where() } });
        }
      });
    }
    return out;
  },
});
