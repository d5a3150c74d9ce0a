import { q } from '../../diagnostics/text.js';
import type { Messages } from '../support/rule.js';

const WHAT: Record<string, [string, string]> = {
  plan: ['Kế hoạch', 'Plan'], event: ['Sự kiện', 'Event'], movement: ['Phong trào', 'Movement'], phase: ['Đợt thi đua', 'Phase'], unit: ['Đơn vị', 'Unit'], parent: ['Thời gian trực thuộc của đơn vị', 'The parent span of unit'],
};

/** The messages of rule periods-ordered (src/rules/periods-ordered.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `${WHAT[String(p.what)]?.[0]} ${q(p.id)} kết thúc ngày ${p.to}, trước ngày bắt đầu ${p.from}.`,
    en: (p) => `${WHAT[String(p.what)]?.[1]} ${q(p.id)} ends on ${p.to}, before it starts on ${p.from}.`,
    hint: {
      vi: () => 'Kiểm tra lại hai ngày: có thể đã đảo ngược, hoặc sai năm.',
      en: () => 'Check both dates: they may be swapped, or one has the wrong year.',
    },
  },
  'parents-overlap': {
    vi: (p) => `Đơn vị ${q(p.id)} trực thuộc cả ${q(p.a)} và ${q(p.b)} vào ngày ${p.day}: các khoảng thời gian trong parents chồng lên nhau.`,
    en: (p) => `Unit ${q(p.id)} is under both ${q(p.a)} and ${q(p.b)} on ${p.day}: the spans in parents overlap.`,
    hint: {
      vi: () => 'Mỗi ngày đơn vị chỉ có một cấp trên: kết thúc khoảng trước (to) ngay trước ngày bắt đầu khoảng sau (from), ví dụ to: 30/06/2025 và from: 01/07/2025.',
      en: () => 'A unit has one parent on each day: end the earlier span (to) the day before the later one starts (from), e.g. to: 30/06/2025 and from: 01/07/2025.',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
