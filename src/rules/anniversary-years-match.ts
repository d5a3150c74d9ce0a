import { parseDate } from '../model/date.js';
import { plans } from '../load/workspace.js';
import { defineRule, type Finding } from './support/rule.js';

/** Published schedules copy last year's ordinals; the ordinal is computed, never trusted. */
export default defineRule({
  id: 'anniversary-years-match',
  description: {
    vi: 'Số năm kỷ niệm ghi trong kế hoạch bằng năm kế hoạch trừ năm gốc.',
    en: 'The stated anniversary ordinal equals the plan year minus the origin year.',
  },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Kỷ niệm "${p.id}" ghi ${p.stated} năm, nhưng ${p.year} − ${p.originYear} = ${p.expected}.`,
      en: (p) => `Anniversary "${p.id}" states ${p.stated} years, but ${p.year} − ${p.originYear} = ${p.expected}.`,
      hint: {
        vi: (p) => `Sửa thành "years: ${p.expected}" (kỷ niệm ${p.expected} năm).`,
        en: (p) => `Change it to "years: ${p.expected}".`,
      },
    },
  },
  fix: (f) => f.params.expected as number,
  check({ ws }) {
    const out: Finding[] = [];
    for (const doc of plans(ws)) {
      (doc.data.anniversaries ?? []).forEach((a, i) => {
        const origin = a.origin ? parseDate(a.origin) : undefined;
        if (!origin || a.years === undefined) return;
        const expected = doc.data.year - origin.y;
        if (a.years !== expected) {
          out.push({ doc, path: ['anniversaries', i, 'years'], params: { id: a.id, stated: a.years, year: doc.data.year, originYear: origin.y, expected } });
        }
      });
    }
    return out;
  },
});
