import { compareDates, parseDate, toVN } from '../model/date.js';
import { planRange, plansInTheirWindow, windowParams } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/movements-active-in-year.js';

/** A movement a plan launches runs during its year; a period wholly before or after it is usually a copied plan. */
export default defineRule({
  id: 'movements-active-in-year',
  description: { vi: 'Thời gian của mỗi phong trào có ít nhất một ngày trong năm kế hoạch.', en: 'Each movement’s period includes at least one day of the plan year.' },
  severity: 'warning',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plansInTheirWindow(ws)) {
      const range = planRange(doc.data);
      (doc.data.movements ?? []).forEach((m, i) => {
        const { from, to } = m.period ?? {};
        const f = from ? parseDate(from) : undefined;
        const t = to ? parseDate(to) : undefined;
        // A bound that is not a day, or a reversed period, is another rule's finding.
        if ((from && !f) || (to && !t) || (f && t && compareDates(f, t) > 0)) return;
        if (t && compareDates(t, range.from) < 0) out.push({ doc, path: ['movements', i, 'period', 'to'], params: { id: m.id, side: 'to', value: toVN(t), ...windowParams(doc.data) } });
        else if (f && compareDates(f, range.to) > 0) out.push({ doc, path: ['movements', i, 'period', 'from'], params: { id: m.id, side: 'from', value: toVN(f), ...windowParams(doc.data) } });
      });
    }
    return out;
  },
});
