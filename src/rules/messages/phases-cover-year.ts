import type { Messages } from '../support/rule.js';

/** The messages of rule phases-cover-year (src/rules/phases-cover-year.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => (p.from === p.to ? `Không đợt thi đua nào bao gồm ngày ${p.from}.` : `Không đợt thi đua nào bao gồm các ngày từ ${p.from} đến ${p.to}.`),
    en: (p) => (p.from === p.to ? `No phase covers ${p.from}.` : `No phase covers the days from ${p.from} to ${p.to}.`),
    hint: {
      vi: () => 'Kéo dài một đợt liền kề, hoặc thêm một đợt cho khoảng này (ví dụ Đợt 1 đến 30/6, Đợt 2 từ 01/7).',
      en: () => 'Extend a neighbouring phase, or add a phase for these days (e.g. phase 1 to 30/6, phase 2 from 01/7).',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
