import type { Messages } from '../support/rule.js';

/** The messages of rule anniversary-years-match (src/rules/anniversary-years-match.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Kỷ niệm "${p.id}" ghi ${p.stated} năm, nhưng ${p.year} − ${p.originYear} = ${p.expected}.`,
    en: (p) => `Anniversary "${p.id}" states ${p.stated} years, but ${p.year} − ${p.originYear} = ${p.expected}.`,
    hint: {
      vi: (p) => `Sửa thành "years: ${p.expected}" (kỷ niệm ${p.expected} năm).`,
      en: (p) => `Change it to "years: ${p.expected}".`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
