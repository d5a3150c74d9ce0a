import { unknownRef } from '../support/ref-helpers.js';
import type { Messages } from '../support/rule.js';

const IN_PLAN = { vi: 'trong kế hoạch ({field})', en: 'in the plan ({field})' };

/** The messages of rule plan-references-resolve (src/rules/plan-references-resolve.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  'unknown-anniversary': unknownRef({ vi: 'ngày kỷ niệm', en: 'anniversary' }, IN_PLAN, {
    vi: 'Khai báo ngày kỷ niệm này trong anniversaries của kế hoạch.',
    en: "Declare the anniversary in the plan's anniversaries.",
  }),
  'unknown-basis': unknownRef({ vi: 'văn bản căn cứ', en: 'basis document' }, IN_PLAN, {
    vi: 'Thêm văn bản này vào basis của kế hoạch (ref, date, issuer, title).',
    en: "Add the document to the plan's basis (ref, date, issuer, title).",
  }),
  'unknown-movement': unknownRef({ vi: 'phong trào', en: 'movement' }, IN_PLAN, {
    vi: 'Dùng mã một phong trào trong movements của kế hoạch.',
    en: "Use the id of a movement in the plan's movements.",
  }),
  'unknown-obligation': unknownRef({ vi: 'nghĩa vụ được miễn', en: 'waived obligation' }, IN_PLAN, {
    vi: 'Ghi mã một chỉ tiêu, chỉ tiêu chọn điểm, mốc thời hạn hoặc ngày kỷ niệm của kế hoạch, hoặc mã một quy tắc kiểm tra (thidua rules).',
    en: 'Name a target, quota, milestone or anniversary of the plan, or a check rule (thidua rules).',
  }),
  'unknown-rule': unknownRef({ vi: 'quy tắc kiểm tra được miễn', en: 'waived check rule' }, { vi: 'trong danh sách quy tắc', en: 'among the rules' }, {
    vi: 'Ghi mã một quy tắc trong danh sách của lệnh thidua rules.',
    en: 'Name a rule listed by thidua rules.',
  }),
} satisfies Messages;

export type MessageId = keyof typeof messages;
