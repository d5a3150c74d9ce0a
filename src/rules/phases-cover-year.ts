import { addDays, compareDates, toVN, type CalDate } from '../model/date.js';
import { planRange, plansInTheirWindow, rangeOf, type Range } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/phases-cover-year.js';

/** Days no phase covers: an anniversary or an activity on them belongs to no đợt. */
export default defineRule({
  id: 'phases-cover-year',
  description: { vi: 'Các đợt thi đua phủ kín năm kế hoạch.', en: 'The phases cover the whole plan year.' },
  severity: 'warning',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plansInTheirWindow(ws)) {
      const phases = doc.data.phases ?? [];
      const ranges = phases.map((p) => rangeOf(p.from, p.to));
      // No phases is a plan's choice; a phase date that is not a day is `dates-exist`'s.
      if (phases.length === 0 || ranges.some((r) => !r)) continue;
      // Coverage is judged over the plan's window: its year, or its own period.
      const year = planRange(doc.data);
      const sorted = (ranges as Range[]).filter((r) => compareDates(r.from, r.to) <= 0).sort((a, b) => compareDates(a.from, b.from));
      const gap = (from: CalDate, to: CalDate): void => {
        if (compareDates(from, to) <= 0) out.push({ doc, path: ['phases'], key: true, params: { from: toVN(from), to: toVN(to), year: doc.data.year } });
      };
      let next = year.from; // the first day not yet covered
      for (const r of sorted) {
        if (compareDates(r.to, next) < 0) continue;
        const to = compareDates(r.from, year.to) > 0 ? year.to : addDays(r.from, -1);
        if (compareDates(r.from, next) > 0) gap(next, to);
        next = addDays(r.to, 1);
        if (compareDates(next, year.to) > 0) break;
      }
      if (compareDates(next, year.to) <= 0) gap(next, year.to);
    }
    return out;
  },
});
