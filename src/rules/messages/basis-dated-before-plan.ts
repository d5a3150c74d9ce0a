import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule basis-dated-before-plan (src/rules/basis-dated-before-plan.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Văn bản căn cứ ${q(p.ref)} ngày ${p.date}, sau ngày ban hành kế hoạch (${p.issued}).`,
    en: (p) => `Basis document ${q(p.ref)} is dated ${p.date}, after the plan was issued (${p.issued}).`,
    hint: {
      vi: () => 'Văn bản được viện dẫn phải ban hành trước hoặc cùng ngày với kế hoạch: kiểm tra lại ngày (thường sai năm) hoặc số văn bản.',
      en: () => 'A cited document is dated no later than the plan citing it: check the date (often the year) or the number.',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
