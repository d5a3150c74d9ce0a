import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { parseDate, toVN } from '../model/date.js';
import { inRange, yearRange } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';

/** Đợt thi đua divide the plan's year; a phase reaching into another year belongs to another plan. */
export default defineRule({
  id: 'phases-within-year',
  description: { vi: 'Ngày bắt đầu và kết thúc của mỗi đợt thi đua nằm trong năm kế hoạch.', en: 'Each phase starts and ends inside the plan year.' },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Đợt ${q(p.id)}: ngày ${p.value} nằm ngoài năm kế hoạch ${p.year}.`,
      en: (p) => `Phase ${q(p.id)}: ${p.value} is outside the plan year ${p.year}.`,
      hint: {
        vi: (p) => `Các đợt thi đua chia năm ${p.year}: dùng ngày từ 01/01/${p.year} đến 31/12/${p.year} (thường là năm bị chép từ kế hoạch năm trước).`,
        en: (p) => `Phases divide the year ${p.year}: use dates from 01/01/${p.year} to 31/12/${p.year} (often a year copied from last year's plan).`,
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    for (const doc of plans(ws)) {
      const year = doc.data.year;
      (doc.data.phases ?? []).forEach((p, i) => {
        for (const key of ['from', 'to'] as const) {
          const d = parseDate(p[key]);
          if (d && !inRange(d, yearRange(year))) out.push({ doc, path: ['phases', i, key], params: { id: p.id, value: toVN(d), year } });
        }
      });
    }
    return out;
  },
});
