import type { Bi } from '../support/ref-helpers.js';
import type { Messages } from '../support/rule.js';

const w = (p: Record<string, unknown>, lang: keyof Bi): string => (p.window as Bi)[lang];
const HINT: Bi = {
  vi: 'Giao việc cho đơn vị (hoặc loại đơn vị) còn hiệu lực vào ngày ban hành, ví dụ đơn vị kế thừa; hoặc sửa validFrom/validTo nếu ghi sai.',
  en: 'Give the work to a unit (or kind of unit) that exists on the issue date, such as the successor; or fix validFrom/validTo if they are wrong.',
};

/** The messages of rule units-valid-on-issue (src/rules/units-valid-on-issue.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) =>
      p.role === 'issuer'
        ? `Đơn vị ban hành ${String(p.name)} (${String(p.id)}) không có hiệu lực vào ngày ban hành ${String(p.issued)}: đơn vị chỉ tồn tại ${w(p, 'vi')}.`
        : `Kế hoạch giao việc cho ${String(p.name)} (${String(p.id)}), nhưng đơn vị này không có hiệu lực vào ngày ban hành ${String(p.issued)}: đơn vị chỉ tồn tại ${w(p, 'vi')}.`,
    en: (p) =>
      p.role === 'issuer'
        ? `The issuing unit ${String(p.name)} (${String(p.id)}) does not exist on the issue date ${String(p.issued)}: it exists ${w(p, 'en')}.`
        : `The plan gives work to ${String(p.name)} (${String(p.id)}), which does not exist on the issue date ${String(p.issued)}: it exists ${w(p, 'en')}.`,
    hint: {
      vi: (p) => (p.role === 'issuer' ? 'Ghi đơn vị ban hành là đơn vị còn hiệu lực vào ngày ban hành (đơn vị kế thừa), hoặc sửa validFrom/validTo nếu ghi sai.' : HINT.vi),
      en: (p) => (p.role === 'issuer' ? 'Name as issuer the unit that exists on the issue date (the successor), or fix validFrom/validTo if they are wrong.' : HINT.en),
    },
  },
  'kind-none-valid': {
    vi: (p) => `Không đơn vị nào thuộc loại "${String(p.kind)}" có hiệu lực vào ngày ban hành ${String(p.issued)} (có ${String(p.count)} đơn vị loại này; ví dụ ${String(p.name)} (${String(p.id)}) chỉ tồn tại ${w(p, 'vi')}).`,
    en: (p) => `No unit of kind "${String(p.kind)}" exists on the issue date ${String(p.issued)} (${String(p.count)} such units; e.g. ${String(p.name)} (${String(p.id)}) exists ${w(p, 'en')}).`,
    hint: { vi: () => HINT.vi, en: () => HINT.en },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
