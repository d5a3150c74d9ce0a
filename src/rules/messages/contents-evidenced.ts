import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule contents-evidenced (src/rules/contents-evidenced.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Nội dung ${q(p.content)} được ${q(p.by)} báo cáo đã hoàn thành nhưng không nêu văn bản minh chứng, nên chưa được tính là hoàn thành.`,
    en: (p) => `Content item ${q(p.content)} is reported done by ${q(p.by)} without a document as evidence, so it does not count as done.`,
    hint: {
      vi: () => 'Ghi số, ký hiệu văn bản minh chứng (báo cáo, biên bản) hoặc đường dẫn vào document, ví dụ document: 15/BC-VP.',
      en: () => 'Write the number of the report or minutes that show it, or a link, in document, e.g. document: 15/BC-VP.',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
