import type { Messages, Params } from '../support/rule.js';

const s = (v: unknown): string => String(v);
const HINT = {
  vi: () => 'Mỗi bản ghi chỉ ghi một lần trong các tệp tiến độ của cùng một kế hoạch; xóa bản ghi lặp.',
  en: () => "Give each record once across the plan's progress files; delete the repeat.",
};
const at = (p: Params): string => s(p.firstFile);

/** The messages of rule records-unique (src/rules/records-unique.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  selection: {
    vi: (p) => `Lượt chọn "${s(p.chosen)}" của "${s(p.by)}" cho chỉ tiêu "${s(p.quota)}" đã được ghi ở ${at(p)}.`,
    en: (p) => `The selection of "${s(p.chosen)}" by "${s(p.by)}" for quota "${s(p.quota)}" is already recorded in ${at(p)}.`,
    hint: HINT,
  },
  activity: {
    vi: (p) => `Hoạt động chào mừng "${s(p.commemorates)}" của "${s(p.by)}" ngày ${s(p.date)} đã được ghi ở ${at(p)}.`,
    en: (p) => `The activity for "${s(p.commemorates)}" by "${s(p.by)}" on ${s(p.date)} is already recorded in ${at(p)}.`,
    hint: HINT,
  },
  target: {
    vi: (p) => `Kết quả chỉ tiêu "${s(p.target)}" của "${s(p.by)}" (${s(p.achieved)}) đã được ghi ở ${at(p)}.`,
    en: (p) => `The result of "${s(p.by)}" on target "${s(p.target)}" (${s(p.achieved)}) is already recorded in ${at(p)}.`,
    hint: HINT,
  },
  'target-conflict': {
    vi: (p) => `Kết quả chỉ tiêu "${s(p.target)}" của "${s(p.by)}" được ghi hai lần với số khác nhau: ${s(p.firstAchieved)} (ở ${at(p)}) và ${s(p.achieved)}.`,
    en: (p) => `The result of "${s(p.by)}" on target "${s(p.target)}" is given twice with different figures: ${s(p.firstAchieved)} (in ${at(p)}) and ${s(p.achieved)}.`,
    hint: { vi: () => 'Giữ một bản ghi với số đúng và xóa bản ghi còn lại.', en: () => 'Keep one record with the right figure and delete the other.' },
  },
  content: {
    vi: (p) => `Trạng thái "${s(p.status)}" của nội dung "${s(p.content)}" do "${s(p.by)}" báo cáo cùng ngày đã được ghi ở ${at(p)}.`,
    en: (p) => `Status "${s(p.status)}" of content item "${s(p.content)}" by "${s(p.by)}" on the same day is already recorded in ${at(p)}.`,
    hint: HINT,
  },
  milestone: {
    vi: (p) => `Mốc "${s(p.milestone)}" của "${s(p.by)}" đã được ghi hoàn thành ở ${at(p)}.`,
    en: (p) => `Milestone "${s(p.milestone)}" of "${s(p.by)}" is already recorded as done in ${at(p)}.`,
    hint: HINT,
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
