import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule activities-within-phase (src/rules/activities-within-phase.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Hoạt động ngày ${p.date} chào mừng ${q(p.id)} nằm ngoài ${Number(p.count) > 1 ? 'các đợt' : 'đợt'} ${p.phases}.`,
    en: (p) => `The activity on ${p.date} for ${q(p.id)} is outside ${Number(p.count) > 1 ? 'phases' : 'phase'} ${p.phases}.`,
    hint: {
      vi: () => 'Kiểm tra ngày của hoạt động (thường sai năm), hoặc ghi hoạt động cho đúng ngày kỷ niệm.',
      en: () => 'Check the activity’s date (often the year), or record it against the right anniversary.',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
