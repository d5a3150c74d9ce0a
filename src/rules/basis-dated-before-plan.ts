import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { compareDates, parseDate, toVN } from '../model/date.js';
import { defineRule, type Finding } from './support/rule.js';

/** A plan can only rest on documents that existed when it was signed. */
export default defineRule({
  id: 'basis-dated-before-plan',
  description: { vi: 'Văn bản căn cứ có ngày ban hành không sau ngày ban hành kế hoạch.', en: 'Each basis document is dated no later than the plan.' },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Văn bản căn cứ ${q(p.ref)} ngày ${p.date}, sau ngày ban hành kế hoạch (${p.issued}).`,
      en: (p) => `Basis document ${q(p.ref)} is dated ${p.date}, after the plan was issued (${p.issued}).`,
      hint: {
        vi: () => 'Văn bản được viện dẫn phải ban hành trước hoặc cùng ngày với kế hoạch: kiểm tra lại ngày (thường sai năm) hoặc số văn bản.',
        en: () => 'A cited document is dated no later than the plan citing it: check the date (often the year) or the number.',
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    for (const doc of plans(ws)) {
      const issued = doc.data.issued ? parseDate(doc.data.issued) : undefined;
      if (!issued) continue;
      (doc.data.basis ?? []).forEach((b, i) => {
        const d = b.date ? parseDate(b.date) : undefined;
        if (d && compareDates(d, issued) > 0) out.push({ doc, path: ['basis', i, 'date'], params: { ref: b.ref ?? b.title ?? '',  date: toVN(d), issued: toVN(issued) } });
      });
    }
    return out;
  },
});
