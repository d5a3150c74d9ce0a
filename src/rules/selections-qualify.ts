import { progressDocs } from '../load/workspace.js';
import type { Quota } from '../model/types.js';
import { planQuotas, selectionMessages, selectionProblems } from './ref-helpers.js';
import { defineRule, type Finding } from './rule.js';

/** Unknown units are progress-references-resolve's finding; the other reasons are this rule's. */
const { 'unknown-unit': _unknown, ...messages } = selectionMessages;

/** A selection counts only when it fills its quota: right chooser, kind, tags, place and form. */
export default defineRule({
  id: 'selections-qualify',
  description: {
    vi: 'Mỗi lượt chọn điểm đáp ứng chỉ tiêu: đúng đơn vị chọn, đúng loại, đủ nhãn, trực thuộc khi within: owner, và hình thức hỗ trợ hợp lệ.',
    en: 'Each selection fills its quota: the right chooser, kind and tags, under the chooser when within: owner, and an allowed form.',
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws, scope }) {
    const out: Finding[] = [];
    for (const doc of progressDocs(ws)) {
      const plan = scope.planFor(doc).plan;
      if (!plan) continue;
      const units = scope.unitsFor(doc);
      const quotas = new Map<string, Quota>([...planQuotas(plan.data)].map(({ quota }) => [quota.id, quota]));
      (doc.data.selections ?? []).forEach((s, i) => {
        const quota = quotas.get(s.quota);
        if (!quota) return;
        for (const pr of selectionProblems(s, quota, units)) {
          if (pr.reason === 'unknown-unit') continue;
          out.push({ doc, path: pr.field ? ['selections', i, pr.field] : ['selections', i], messageId: pr.reason, params: pr.params });
        }
      });
    }
    return out;
  },
});
