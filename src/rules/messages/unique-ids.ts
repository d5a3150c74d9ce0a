import { q } from '../../diagnostics/text.js';
import type { Messages, Params } from '../support/rule.js';

const WHAT: Record<string, [string, string]> = {
  units: ['đơn vị', 'unit'], movements: ['phong trào', 'movement'], phases: ['đợt thi đua', 'phase'],
  anniversaries: ['ngày kỷ niệm', 'anniversary'], milestones: ['mốc thời hạn', 'milestone'],
  quotas: ['chỉ tiêu chọn điểm', 'quota'], targets: ['chỉ tiêu', 'target'], contents: ['nội dung', 'content item'], forms: ['hình thức hỗ trợ', 'form'],
};
const WHERE: Record<string, [string, string]> = { units: ['trong các tệp đơn vị cùng thư mục', "in this folder's units files"], forms: ['trong cùng chỉ tiêu chọn điểm', 'within one quota'] };
const label = (p: Params, l: 0 | 1): string => `${WHAT[String(p.what)]?.[l]} ${q(p.id)} ${(WHERE[String(p.what)] ?? ['trong kế hoạch', 'in the plan'])[l]}`;

/** The messages of rule unique-ids (src/rules/unique-ids.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  default: {
    vi: (p) => `Mã ${label(p, 0)} bị trùng.`,
    en: (p) => `Duplicate id: ${label(p, 1)}.`,
    hint: { vi: () => 'Đổi mã của mục này, hoặc gộp hai mục làm một.', en: () => 'Give this entry another id, or merge the two entries.' },
  },
  plan: {
    vi: (p) => `Kế hoạch số ${q(p.id)} năm ${p.year} của ${q(p.issuer)} đã được khai báo ở nơi khác.`,
    en: (p) => `Plan ${q(p.id)} of ${q(p.issuer)} for ${p.year} is already declared elsewhere.`,
    hint: {
      vi: () => 'Số văn bản đánh từ 01 mỗi năm nên (năm, số) là duy nhất trong các kế hoạch của một cơ quan (NĐ 30/2020/NĐ-CP, Phụ lục I): sửa số hoặc năm.',
      en: () => 'Numbers restart each year, so (year, number) is unique across an agency’s plans (NĐ 30/2020/NĐ-CP, Appendix I): fix the number or the year.',
    },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
