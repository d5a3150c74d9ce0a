import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule milestones-within-year (src/rules/milestones-within-year.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Mốc ${q(p.id)} có hạn ${p.due}, ngoài ${p.windowVi}.`,
    en: (p) => `Milestone ${q(p.id)} is due on ${p.due}, outside ${p.windowEn}.`,
    hint: {
      vi: (p) =>
        `Kiểm tra năm của hạn (thường chép từ kế hoạch năm trước).${p.review ? ' Nếu đây là mốc tổng kết sau khi đợt thi đua kết thúc thì hạn này đúng: Luật không quy định thời gian tổng kết.' : ''}`,
      en: (p) => `Check the year of the deadline (often copied from last year's plan).${p.review ? ' If this is the closing review after the drive ends, the date is right: the law sets no time for reviews.' : ''}`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
