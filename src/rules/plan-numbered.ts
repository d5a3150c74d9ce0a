import { plans } from '../load/workspace.js';
import { isDocNumberError, parseDocNumber } from '../model/docnumber.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/plan-numbered.js';

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
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      const r = parseDocNumber(doc.data.id);
      if (!isDocNumberError(r) && r.kind === 'draft') out.push({ doc, path: ['id'], params: { value: doc.data.id } });
    }
    return out;
  },
});
