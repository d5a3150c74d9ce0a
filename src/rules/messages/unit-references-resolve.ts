import { DECLARE_UNIT, didYouMean, UNITS_WHERE, unknownRef } from '../support/ref-helpers.js';
import type { Messages } from '../support/rule.js';

/** The messages of rule unit-references-resolve (src/rules/unit-references-resolve.ts): each finding's sentence and hint, in Vietnamese and English. */
export const messages = {
  'unknown-unit': unknownRef({ vi: 'đơn vị', en: 'unit' }, { vi: `({field}) ${UNITS_WHERE.vi}`, en: `({field}) ${UNITS_WHERE.en}` }, DECLARE_UNIT),
  'unknown-kind': {
    vi: (p) => `Không có đơn vị nào thuộc loại "${String(p.value)}" trong các đơn vị nhìn thấy được, nên owner {kind: ${String(p.value)}} không chỉ đơn vị nào.`,
    en: (p) => `No visible unit is of kind "${String(p.value)}", so owner {kind: ${String(p.value)}} names nobody.`,
    hint: didYouMean({ vi: 'Kiểm tra lại loại đơn vị (kind) trong tệp đơn vị.', en: 'Check the unit kinds (kind) in the units file.' }),
  },
  'unknown-select': {
    vi: (p) => `Chỉ tiêu chọn điểm "${String(p.quota)}" chọn đơn vị loại "${String(p.value)}", nhưng không đơn vị nào nhìn thấy được thuộc loại này.`,
    en: (p) => `Quota "${String(p.quota)}" selects units of kind "${String(p.value)}", but no visible unit is of that kind.`,
    hint: didYouMean({ vi: 'Kiểm tra lại select, hoặc khai báo các đơn vị loại này trong tệp đơn vị.', en: 'Check select, or declare units of this kind in the units file.' }),
  },
  cycle: {
    vi: (p) => `Đơn vị "${String(p.id)}" là cấp trên của chính nó: ${String(p.chain)}.`,
    en: (p) => `Unit "${String(p.id)}" is its own ancestor: ${String(p.chain)}.`,
    hint: { vi: () => 'Sửa parent để cây đơn vị không có vòng lặp.', en: () => 'Fix parent so that the unit tree has no loop.' },
  },
} satisfies Messages;

export type MessageId = keyof typeof messages;
