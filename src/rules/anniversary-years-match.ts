import { parseDate } from '../model/date.js';
import { misstatedOrdinalYear } from '../domain/occurrences.js';
import { plansInTheirWindow } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/anniversary-years-match.js';

/**
 * Published schedules copy last year's ordinals; the ordinal is computed, never trusted — from
 * the occurrence the plan works toward (domain/occurrences.ts): the one in a yearly plan's
 * year, the one its `date` names, or one inside a drive's window (80 năm for 06/01/2026 in a
 * drive issued in 2024). With several in the window, stating any of them is right.
 */
export default defineRule({
  id: 'anniversary-years-match',
  description: {
    vi: 'Số năm kỷ niệm ghi trong kế hoạch bằng năm của lần kỷ niệm kế hoạch hướng tới trừ năm gốc.',
    en: "The stated anniversary ordinal equals the year of the occurrence the plan works toward minus the origin year.",
  },
  severity: 'error',
  tier: 'default',
  messages,
  fix: (f) => f.params.expected as number,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plansInTheirWindow(ws)) {
      (doc.data.anniversaries ?? []).forEach((a, i) => {
        const origin = a.origin ? parseDate(a.origin) : undefined;
        if (!origin || a.years === undefined) return;
        const year = misstatedOrdinalYear(a, doc.data);
        if (year !== undefined) out.push({ doc, path: ['anniversaries', i, 'years'], params: { id: a.id, stated: a.years, year, originYear: origin.y, expected: year - origin.y } });
      });
    }
    return out;
  },
});
