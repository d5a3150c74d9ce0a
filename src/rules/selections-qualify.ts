import type { PlanDoc, Quota } from '../model/types.js';
import { NONE } from './support/helpers.js';
import { planQuotas, quotaUnknowns } from './support/ref-helpers.js';
import { recordDay } from '../domain/records.js';
import { selectionProblems, selectionQualifies } from '../domain/selections.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/selections-qualify.js';

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
  check({ scope }) {
    const out: Finding<MessageId>[] = [];
    const byPlan = new Map<PlanDoc, Map<string, Quota>>(); // a plan's quotas by id, for its many progress files
    for (const { doc, match, units } of scope.progress()) {
      const plan = match.plan?.data;
      if (!plan) continue;
      let quotas = byPlan.get(plan);
      if (!quotas) byPlan.set(plan, (quotas = new Map(planQuotas(plan).map(({ quota }) => [quota.id, quota]))));
      const selections = doc.data.selections ?? NONE;
      for (let i = 0; i < selections.length; i++) {
        const s = selections[i]!;
        const quota = quotas.get(s.quota);
        // Only a selection that fails the quick test is explained, reason by reason.
        if (!quota) continue;
        // Who sits under whom is read in the tree of the selection's day, as the report counts it.
        const day = recordDay(s.date, doc.data);
        if (selectionQualifies(s, quota, units, day)) continue;
        // What the plan names wrongly is the plan's finding (unit-references-resolve), not each selection's.
        const unknown = quotaUnknowns(quota, scope.unitsFor(match.plan!));
        for (const pr of selectionProblems(s, quota, units, day)) {
          if (pr.reason === 'unknown-unit' || (unknown.select && pr.reason === 'wrong-kind') || (unknown.owner && (pr.reason === 'wrong-owner' || pr.reason === 'not-within'))) continue;
          out.push({ doc, path: pr.field ? ['selections', i, pr.field] : ['selections', i], messageId: pr.reason, params: pr.params });
        }
      }
    }
    return out;
  },
});
