import type { Messages, Params } from '../support/rule.js';

const cond = (p: Params, lang: 'vi' | 'en'): string => {
  const tags = p.tags ? (lang === 'vi' ? ` mang nhãn ${String(p.tags)}` : ` tagged ${String(p.tags)}`) : '';
  return tags + (p.within ? (lang === 'vi' ? ' trực thuộc đơn vị này' : ' under it') : '');
};

/** The messages of rule quotas-feasible (src/rules/quotas-feasible.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) =>
      `Chỉ tiêu "${String(p.quota)}" yêu cầu ${String(p.name)} (${String(p.owner)}) chọn ít nhất ${String(p.min)} đơn vị loại "${String(p.select)}"${cond(p, 'vi')}, ` +
      (p.count === 0 ? `nhưng không có đơn vị nào phù hợp vào ngày ban hành ${String(p.issued)}.` : `nhưng chỉ có ${String(p.count)} đơn vị phù hợp vào ngày ban hành ${String(p.issued)}.`),
    en: (p) =>
      `Quota "${String(p.quota)}" asks ${String(p.name)} (${String(p.owner)}) to choose at least ${String(p.min)} unit(s) of kind "${String(p.select)}"${cond(p, 'en')}, ` +
      (p.count === 0 ? `but none exists on the issue date ${String(p.issued)}.` : `but only ${String(p.count)} exist on the issue date ${String(p.issued)}.`),
    hint: {
      vi: () => 'Bổ sung các đơn vị đủ điều kiện vào tệp đơn vị, giảm min, hoặc ghi miễn trừ (waivers) kèm văn bản cho phép.',
      en: () => 'Add the qualifying units to the units file, lower min, or record a waiver backed by a document.',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
