import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule anniversary-matches-catalogue (src/rules/anniversary-matches-catalogue.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Danh mục không có ngày kỷ niệm ${q(p.ref)}.`,
    en: (p) => `The catalogue has no day ${q(p.ref)}.`,
    hint: {
      vi: (p) => (p.suggestion ? `Có phải ${q(p.suggestion)}? ` : '') + 'Xem danh mục bằng "thidua anniversaries", hoặc bỏ ref và ghi title, origin.',
      en: (p) => (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + 'List the catalogue with "thidua anniversaries", or drop ref and give title and origin.',
    },
  },
  origin: {
    vi: (p) => `Ngày gốc ${q(p.origin)} khác danh mục: ${q(p.ref)} bắt đầu ngày ${p.expected}.`,
    en: (p) => `Origin ${q(p.origin)} disagrees with the catalogue: ${q(p.ref)} began on ${p.expected}.`,
    hint: {
      vi: () => 'Bỏ origin để lấy ngày gốc từ danh mục, hoặc sửa cho đúng.',
      en: () => 'Drop origin to take it from the catalogue, or correct it.',
    },
  },
  years: {
    vi: (p) => `Kỷ niệm ${q(p.ref)} ghi ${p.stated} năm, nhưng ${p.year} − ${p.originYear} = ${p.expected}.`,
    en: (p) => `Anniversary ${q(p.ref)} states ${p.stated} years, but ${p.year} − ${p.originYear} = ${p.expected}.`,
    hint: {
      vi: (p) => `Sửa thành "years: ${p.expected}" (ngày gốc theo danh mục: ${p.origin}).`,
      en: (p) => `Change it to "years: ${p.expected}" (the catalogue's origin: ${p.origin}).`,
    },
  },
  'lunar-date': {
    vi: (p) => `${q(p.ref)} là ngày âm lịch (ngày ${p.lunar} âm lịch); năm ${p.year} rơi vào ${p.expected}, không phải ${q(p.date)}.`,
    en: (p) => `${q(p.ref)} is a lunar day (${p.lunar} in the lunar calendar); in ${p.year} it falls on ${p.expected}, not ${q(p.date)}.`,
    hint: {
      vi: (p) => `Sửa thành ngày ${p.expected}, hoặc bỏ date để thidua tính theo âm lịch.`,
      en: (p) => `Change it to ${p.expected}, or drop date and let thidua compute it from the lunar calendar.`,
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
