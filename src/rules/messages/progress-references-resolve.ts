import { DECLARE_UNIT, UNITS_WHERE, unknownRef, type Bi } from '../support/ref-helpers.js';
import type { Messages } from '../support/rule.js';

const IN_PLAN: Bi = { vi: 'trong kế hoạch {plan}', en: 'in plan {plan}' };
const inPlan = (what: Bi, list: string): ReturnType<typeof unknownRef> =>
  unknownRef(what, IN_PLAN, { vi: `Dùng một mã có trong ${list} của kế hoạch {plan}.`, en: `Use an id from the ${list} of plan {plan}.` });

/** The messages of rule progress-references-resolve (src/rules/progress-references-resolve.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  'plan-not-found': {
    vi: (p) => `Không tìm thấy kế hoạch "${String(p.value)}"${p.planYear !== undefined ? ` năm ${String(p.planYear)}` : ''}.`,
    en: (p) => `No plan "${String(p.value)}"${p.planYear !== undefined ? ` of year ${String(p.planYear)}` : ''} was found.`,
    hint: {
      vi: (p) => (p.suggestion ? `Có phải ý bạn là "${String(p.suggestion)}"?` : p.years ? `Kế hoạch "${String(p.value)}" chỉ có năm ${String(p.years)}: sửa planYear.` : 'Đặt tệp tiến độ trong thư mục của kế hoạch hoặc thư mục con của nó, và kiểm tra cùng kế hoạch.'),
      en: (p) => (p.suggestion ? `Did you mean "${String(p.suggestion)}"?` : p.years ? `Plan "${String(p.value)}" exists only for ${String(p.years)}: fix planYear.` : "Put the progress file in the plan's folder or below it, and check them together."),
    },
  },
  'plan-ambiguous': {
    vi: (p) => `Số kế hoạch "${String(p.value)}" khớp với ${String(p.count)} kế hoạch: ${String(p.list)}.`,
    en: (p) => `Plan "${String(p.value)}" matches ${String(p.count)} plans: ${String(p.list)}.`,
    hint: {
      vi: (p) => (p.sameYear ? 'Các kế hoạch này trùng cả số lẫn năm: đánh số lại một kế hoạch, hoặc tách chúng vào các thư mục riêng.' : 'Thêm planYear (năm của kế hoạch) để chỉ rõ kế hoạch được báo cáo.'),
      en: (p) => (p.sameYear ? 'These plans share both number and year: renumber one, or move them into separate folders.' : 'Add planYear (the plan year) to say which plan this reports on.'),
    },
  },
  'unknown-unit': unknownRef({ vi: 'đơn vị', en: 'unit' }, UNITS_WHERE, DECLARE_UNIT),
  'unknown-quota': inPlan({ vi: 'chỉ tiêu chọn điểm', en: 'quota' }, 'movements[].quotas'),
  'unknown-anniversary': inPlan({ vi: 'ngày kỷ niệm', en: 'anniversary' }, 'anniversaries'),
  'unknown-target': inPlan({ vi: 'chỉ tiêu', en: 'target' }, 'movements[].targets'),
  'unknown-content': inPlan({ vi: 'nội dung', en: 'content item' }, 'movements[].contents'),
  'unknown-milestone': inPlan({ vi: 'mốc thời hạn', en: 'milestone' }, 'milestones'),
  'unknown-event': inPlan({ vi: 'sự kiện', en: 'event' }, 'events'),
  'unknown-obligation': inPlan({ vi: 'nghĩa vụ', en: 'obligation' }, 'quotas, targets, contents, milestones, anniversaries (or a rule id of thidua rules)'),
  'unknown-rule': unknownRef({ vi: 'quy tắc kiểm tra được miễn', en: 'waived check rule' }, { vi: 'trong danh sách quy tắc', en: 'among the rules' }, { vi: 'Ghi mã một quy tắc trong danh sách của lệnh thidua rules.', en: 'Name a rule listed by thidua rules.' }),
} satisfies Messages;

export type MessageId = keyof typeof messages;
