import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule quota-bounds-ordered (src/rules/quota-bounds-ordered.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Chỉ tiêu chọn điểm ${q(p.id)}: tối đa ${p.max} nhỏ hơn tối thiểu ${p.min}, không thể thực hiện.`,
    en: (p) => `Quota ${q(p.id)}: max ${p.max} is less than min ${p.min}; it can never be met.`,
    hint: {
      vi: (p) => `Sửa để min ≤ max (ví dụ "max: ${p.min}"), hoặc bỏ "max" nếu không giới hạn.`,
      en: (p) => `Make min ≤ max (e.g. "max: ${p.min}"), or drop "max" if there is no upper limit.`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
