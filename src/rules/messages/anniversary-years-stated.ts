import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule anniversary-years-stated (src/rules/anniversary-years-stated.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Ngày kỷ niệm ${q(p.id)} (gốc ${p.origin}) không ghi số năm kỷ niệm.`,
    en: (p) => `Anniversary ${q(p.id)} (origin ${p.origin}) does not state its ordinal.`,
    hint: {
      vi: (p) => `Thêm "years: ${p.expected}" (kỷ niệm ${p.expected} năm: ${p.year} − ${p.originYear}); năm tròn, năm lẻ 5 quyết định quy mô kỷ niệm (NĐ 145/2013/NĐ-CP).`,
      en: (p) => `Add "years: ${p.expected}" (${p.year} − ${p.originYear}); round and fifth years decide how it is marked (NĐ 145/2013/NĐ-CP).`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
