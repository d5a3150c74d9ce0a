import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { defineRule, type Finding } from './support/rule.js';

/** "Chọn ít nhất 03, nhiều nhất 02" can never be met. (The schema keeps both at 0 or more.) */
export default defineRule({
  id: 'quota-bounds-ordered',
  description: { vi: 'Số đơn vị tối thiểu của chỉ tiêu chọn điểm không lớn hơn số tối đa.', en: 'A quota’s min is not greater than its max.' },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Chỉ tiêu chọn điểm ${q(p.id)}: tối đa ${p.max} nhỏ hơn tối thiểu ${p.min}, không thể thực hiện.`,
      en: (p) => `Quota ${q(p.id)}: max ${p.max} is less than min ${p.min}; it can never be met.`,
      hint: {
        vi: (p) => `Sửa để min ≤ max (ví dụ "max: ${p.min}"), hoặc bỏ "max" nếu không giới hạn.`,
        en: (p) => `Make min ≤ max (e.g. "max: ${p.min}"), or drop "max" if there is no upper limit.`,
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
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
