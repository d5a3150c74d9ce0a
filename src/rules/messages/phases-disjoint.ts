import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule phases-disjoint (src/rules/phases-disjoint.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Đợt ${q(p.id)} bắt đầu ngày ${p.from}, khi đợt ${q(p.other)} (đến ${p.otherTo}) chưa kết thúc.`,
    en: (p) => `Phase ${q(p.id)} starts on ${p.from}, while phase ${q(p.other)} (until ${p.otherTo}) has not ended.`,
    hint: {
      vi: (p) => `Cho đợt ${q(p.id)} bắt đầu sau ngày ${p.otherTo}, hoặc cho đợt ${q(p.other)} kết thúc sớm hơn.`,
      en: (p) => `Start phase ${q(p.id)} after ${p.otherTo}, or end phase ${q(p.other)} earlier.`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
