import { plans } from '../load/workspace.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/quota-bounds-ordered.js';

/** "Chọn ít nhất 03, nhiều nhất 02" can never be met. (The schema keeps both at 0 or more.) */
export default defineRule({
  id: 'quota-bounds-ordered',
  description: { vi: 'Số đơn vị tối thiểu của chỉ tiêu chọn điểm không lớn hơn số tối đa.', en: 'A quota’s min is not greater than its max.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      (doc.data.movements ?? []).forEach((m, i) =>
        (m.quotas ?? []).forEach((qu, j) => {
          if (qu.min !== undefined && qu.max !== undefined && qu.min > qu.max) {
            out.push({ doc, path: ['movements', i, 'quotas', j, 'max'], params: { id: qu.id, min: qu.min, max: qu.max } });
          }
        }),
      );
    }
    return out;
  },
});
