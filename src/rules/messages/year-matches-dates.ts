import type { Messages } from '../support/rule.js';

/** The messages of rule year-matches-dates (src/rules/year-matches-dates.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Năm kế hoạch là ${p.year}, nhưng cả ${p.dates} ngày của các đợt, phong trào và mốc trong kế hoạch đều thuộc năm ${p.other}.`,
    en: (p) => `The plan year is ${p.year}, but all ${p.dates} dates of its phases, movements and milestones fall in ${p.other}.`,
    hint: {
      vi: (p) => `Nếu đây là kế hoạch năm ${p.other}, sửa thành year: ${p.other}; nếu là kế hoạch năm ${p.year}, sửa năm của các ngày (thường là chép từ kế hoạch năm trước).`,
      en: (p) => `If this is the ${p.other} plan, write year: ${p.other}; if it is the ${p.year} plan, correct the years of its dates (often copied from last year's plan).`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
