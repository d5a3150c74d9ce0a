import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule phases-within-year (src/rules/phases-within-year.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Đợt ${q(p.id)}: ngày ${p.value} nằm ngoài ${p.windowVi}.`,
    en: (p) => `Phase ${q(p.id)}: ${p.value} is outside ${p.windowEn}.`,
    hint: {
      vi: (p) => `Các đợt thi đua chia ${p.windowVi}: dùng ngày từ ${p.from} đến ${p.to} (thường là năm bị chép từ kế hoạch năm trước).`,
      en: (p) => `Phases divide ${p.windowEn}: use dates from ${p.from} to ${p.to} (often a year copied from last year's plan).`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
