import { plans } from '../load/workspace.js';
import { catalogue, findEntry, occurrence } from '../model/catalogue.js';
import { misstatedOrdinalYear } from '../domain/occurrences.js';
import { windowJudgeable } from '../domain/year-at-odds.js';
import { compareDates, parseDate, toVN } from '../model/date.js';
import { closest } from '../model/text.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/anniversary-matches-catalogue.js';

/**
 * `ref: quoc-khanh` takes the title and origin from the shipped catalogue
 * instead of repeating them. What the plan still states beside the ref is
 * checked against it: an origin that disagrees, an ordinal counted from the
 * wrong year (anniversary-years-match cannot see it without an origin), and a
 * lunar day's date copied from last year (Tết moves every year).
 */
export default defineRule({
  id: 'anniversary-matches-catalogue',
  description: {
    vi: 'Ngày kỷ niệm ghi ref có trong danh mục đi kèm, và ngày gốc, số năm, ngày âm lịch khớp với danh mục.',
    en: 'An anniversary with ref names a day of the shipped catalogue, and its origin, ordinal and lunar date agree with it.',
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    const ids = catalogue().map((e) => e.id);
    for (const doc of plans(ws)) {
      // The ordinal is judged at an occurrence in the window: not in a window that cannot be judged.
      const windowed = windowJudgeable(doc.data);
      (doc.data.anniversaries ?? []).forEach((a, i) => {
        if (a.ref === undefined) return;
        const entry = findEntry(a.ref);
        if (!entry) {
          out.push({ doc, path: ['anniversaries', i, 'ref'], params: { ref: a.ref, suggestion: closest(a.ref, ids) } });
          return;
        }
        const stated = a.origin ? parseDate(a.origin) : undefined;
        if (stated && entry.origin && compareDates(stated, entry.origin) !== 0) {
          out.push({ doc, path: ['anniversaries', i, 'origin'], messageId: 'origin', params: { ref: a.ref, origin: a.origin, expected: toVN(entry.origin) } });
        }
        // With an origin of its own, anniversary-years-match checks years against it.
        const aimedYear = windowed && !a.origin && a.years !== undefined ? misstatedOrdinalYear(a, doc.data) : undefined;
        if (entry.origin && aimedYear !== undefined) {
          const params = { ref: a.ref, stated: a.years, year: aimedYear, originYear: entry.origin.y, expected: aimedYear - entry.origin.y, origin: toVN(entry.origin) };
          out.push({ doc, path: ['anniversaries', i, 'years'], messageId: 'years', params });
        }
        const date = a.date ? parseDate(a.date) : undefined;
        if (entry.calendar === 'lunar' && date) {
          const expected = occurrence(entry, date.y).date;
          if (compareDates(date, expected) !== 0) {
            const params = { ref: a.ref, lunar: `${entry.day}/${entry.month}`, year: date.y, expected: toVN(expected), date: a.date };
            out.push({ doc, path: ['anniversaries', i, 'date'], messageId: 'lunar-date', params });
          }
        }
      });
    }
    return out;
  },
});
