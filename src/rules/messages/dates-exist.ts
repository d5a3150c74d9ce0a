import type { Messages } from '../support/rule.js';

/** The messages of rule dates-exist (src/rules/dates-exist.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Ngày ${p.value} không có trên lịch.`,
    en: (p) => `The date ${p.value} does not exist.`,
    hint: { vi: () => 'Kiểm tra lại ngày và tháng (tháng 2 có 28 hoặc 29 ngày).', en: () => 'Check the day and month (February has 28 or 29 days).' },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
