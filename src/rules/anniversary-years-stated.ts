import { plans } from '../load/workspace.js';
import { parseDate, toVN } from '../model/date.js';
import { aimedOccurrence } from '../domain/occurrences.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/anniversary-years-stated.js';

/** Plans write "88 năm Ngày thành lập Đảng": stating the ordinal lets `anniversary-years-match` check it. */
export default defineRule({
  id: 'anniversary-years-stated',
  description: { vi: 'Ngày kỷ niệm có ngày gốc thì ghi số năm kỷ niệm (years).', en: 'An anniversary with an origin states its ordinal (years).' },
  severity: 'warning',
  tier: 'strict',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      (doc.data.anniversaries ?? []).forEach((a, i) => {
        const origin = a.origin ? parseDate(a.origin) : undefined;
        // The ordinal to state is the aimed occurrence's (domain/occurrences.ts).
        const year = aimedOccurrence(a, doc.data)?.date.y ?? doc.data.year;
        if (!origin || a.years !== undefined || year - origin.y < 1) return;
        out.push({ doc, path: ['anniversaries', i, 'origin'], params: { id: a.id, origin: toVN(origin), expected: year - origin.y, year, originYear: origin.y } });
      });
    }
    return out;
  },
});
