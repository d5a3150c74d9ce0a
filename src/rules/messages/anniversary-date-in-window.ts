import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule anniversary-date-in-window (src/rules/anniversary-date-in-window.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Kỷ niệm ${q(p.id)} ghi date ${p.date}, nằm ngoài ${p.windowVi}.`,
    en: (p) => `Anniversary ${q(p.id)} gives date ${p.date}, outside ${p.windowEn}.`,
    hint: {
      vi: (p) => `Sửa date thành ngày kỷ niệm trong khoảng ${p.from} – ${p.to}; nếu kế hoạch hướng tới một lần kỷ niệm ở năm sau (một đợt thi đua), ghi thời gian kế hoạch: period: { from: …, to: ${p.date} }.`,
      en: (p) => `Give the day it falls within ${p.from} – ${p.to}; if the plan works toward an occurrence in a later year (a drive), give its window: period: { from: …, to: ${p.date} }.`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
