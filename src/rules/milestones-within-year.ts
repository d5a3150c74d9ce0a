import { toVN } from '../model/date.js';
import { deadlineOf } from '../domain/deadlines.js';
import { inRange, planRange, plansInTheirWindow, windowParams } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/milestones-within-year.js';

/** Registration, reviews and reports of a year's plan fall in that year (a late final review may be intended: strict tier). */
export default defineRule({
  id: 'milestones-within-year',
  description: { vi: 'Hạn của mỗi mốc (đăng ký, sơ kết, tổng kết, báo cáo) nằm trong năm kế hoạch.', en: 'Each milestone (registration, review, report) is due inside the plan year.' },
  severity: 'warning',
  tier: 'strict',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plansInTheirWindow(ws)) {
      const range = planRange(doc.data);
      (doc.data.milestones ?? []).forEach((m, i) => {
        const d = deadlineOf(m.due)?.last;
        if (d && !inRange(d, range)) out.push({ doc, path: ['milestones', i, 'due'], params: { id: m.id, due: toVN(d), ...windowParams(doc.data), review: m.type === 'review' } });
      });
    }
    return out;
  },
});
