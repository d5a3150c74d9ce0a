import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { isDocNumberError, parseDocNumber } from '../model/docnumber.js';
import { defineRule, type Finding } from './support/rule.js';

/**
 * A plan drafted by `thidua new` or `thidua init` carries a draft number
 * (`__/KH-STP`, `…/KH-STP`, `DRAFT`) until the văn thư numbers it. That is a
 * normal state while drafting, so a warning, not an error: the draft must
 * still validate, and the reminder must stay visible until it is numbered.
 */
export default defineRule({
  id: 'plan-numbered',
  description: {
    vi: 'Kế hoạch đã được cấp số, ký hiệu (không còn là số dự thảo như __/KH-STP hay DRAFT).',
    en: 'The plan has its document number (not a draft marker such as __/KH-STP or DRAFT).',
  },
  severity: 'warning',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Kế hoạch chưa được cấp số: ${q(p.value)} là số dự thảo.`,
      en: (p) => `The plan is not yet numbered: ${q(p.value)} is a draft marker.`,
      hint: {
        vi: () => 'Khi văn bản được cấp số, ghi số, ký hiệu (ví dụ 06/KH-STP) vào id và ngày ký vào issued.',
        en: () => 'Once the document is numbered, write its number (e.g. 06/KH-STP) in id and its signing date in issued.',
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    for (const doc of plans(ws)) {
      const r = parseDocNumber(doc.data.id);
      if (!isDocNumberError(r) && r.kind === 'draft') out.push({ doc, path: ['id'], params: { value: doc.data.id } });
    }
    return out;
  },
});
