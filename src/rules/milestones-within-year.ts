import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { toVN } from '../model/date.js';
import { deadlineOf } from '../domain/deadlines.js';
import { inRange, planRange, windowParams } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';

/** Registration, reviews and reports of a year's plan fall in that year (a late final review may be intended: strict tier). */
export default defineRule({
  id: 'milestones-within-year',
  description: { vi: 'Hạn của mỗi mốc (đăng ký, sơ kết, tổng kết, báo cáo) nằm trong năm kế hoạch.', en: 'Each milestone (registration, review, report) is due inside the plan year.' },
  severity: 'warning',
  tier: 'strict',
  messages: {
    default: {
      vi: (p) => `Mốc ${q(p.id)} có hạn ${p.due}, ngoài ${p.windowVi}.`,
      en: (p) => `Milestone ${q(p.id)} is due on ${p.due}, outside ${p.windowEn}.`,
      hint: {
        vi: (p) =>
          `Kiểm tra năm của hạn (thường chép từ kế hoạch năm trước).${p.review ? ' Nếu đây là mốc tổng kết sau khi đợt thi đua kết thúc thì hạn này đúng: Luật không quy định thời gian tổng kết.' : ''}`,
        en: (p) => `Check the year of the deadline (often copied from last year's plan).${p.review ? ' If this is the closing review after the drive ends, the date is right: the law sets no time for reviews.' : ''}`,
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    for (const doc of plans(ws)) {
      const range = planRange(doc.data);
      (doc.data.milestones ?? []).forEach((m, i) => {
        const d = deadlineOf(m.due)?.last;
        if (d && !inRange(d, range)) out.push({ doc, path: ['milestones', i, 'due'], params: { id: m.id, due: toVN(d), ...windowParams(doc.data), review: m.type === 'review' } });
      });
    }
    return out;
  },
});
