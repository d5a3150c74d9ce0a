import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule movements-active-in-year (src/rules/movements-active-in-year.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Phong trào ${q(p.id)} ${p.side === 'to' ? 'kết thúc' : 'bắt đầu'} ngày ${p.value}, ngoài ${p.windowVi}: phong trào không diễn ra trong thời gian kế hoạch.`,
    en: (p) => `Movement ${q(p.id)} ${p.side === 'to' ? 'ends' : 'starts'} on ${p.value}, outside ${p.windowEn}: it does not run during the plan.`,
    hint: {
      vi: (p) => `Kiểm tra năm của thời gian phong trào (có thể chép từ kế hoạch năm trước), hoặc bỏ phong trào khỏi kế hoạch (${p.windowVi}).`,
      en: (p) => `Check the years of the movement's period (it may be copied from last year's plan), or drop it from the plan (${p.windowEn}).`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
