import { plans } from '../load/workspace.js';
import { compareDates, parseDate, toVN } from '../model/date.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/basis-dated-before-plan.js';

/** A plan can only rest on documents that existed when it was signed. */
export default defineRule({
  id: 'basis-dated-before-plan',
  description: { vi: 'Văn bản căn cứ có ngày ban hành không sau ngày ban hành kế hoạch.', en: 'Each basis document is dated no later than the plan.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      const issued = doc.data.issued ? parseDate(doc.data.issued) : undefined;
      if (!issued) continue;
      (doc.data.basis ?? []).forEach((b, i) => {
        const d = b.date ? parseDate(b.date) : undefined;
        if (d && compareDates(d, issued) > 0) out.push({ doc, path: ['basis', i, 'date'], params: { ref: b.ref ?? b.title ?? '',  date: toVN(d), issued: toVN(issued) } });
      });
    }
    return out;
  },
});
