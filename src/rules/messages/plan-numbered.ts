import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule plan-numbered (src/rules/plan-numbered.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Kế hoạch chưa được cấp số: ${q(p.value)} là số dự thảo.`,
    en: (p) => `The plan is not yet numbered: ${q(p.value)} is a draft marker.`,
    hint: {
      vi: () => 'Khi văn bản được cấp số, ghi số, ký hiệu (ví dụ 06/KH-STP) vào id và ngày ký vào issued.',
      en: () => 'Once the document is numbered, write its number (e.g. 06/KH-STP) in id and its signing date in issued.',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
