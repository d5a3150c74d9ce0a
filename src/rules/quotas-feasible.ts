import { ownerUnits, unitValidOn } from '../domain/units.js';
import { plans } from '../load/workspace.js';
import { toVN, dateOf } from '../model/date.js';
import { listText, planQuotas, unitKinds } from './support/ref-helpers.js';
import { quotaCandidateCount } from '../domain/selections.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/quotas-feasible.js';

/** A quota asks for no more units than the units file holds, for each owner, on the issue date. */
export default defineRule({
  id: 'quotas-feasible',
  description: {
    vi: 'Mỗi đơn vị phải chọn điểm có đủ đơn vị phù hợp (đúng loại, đủ nhãn, trực thuộc nếu within: owner, còn hiệu lực vào ngày ban hành) để đạt số tối thiểu.',
    en: 'Each owner of a quota has enough qualifying units (right kind, every tag, under it when within: owner, valid on the issue date) to reach min.',
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws, scope }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      const day = dateOf(doc.data.issued);
      if (!day) continue;
      const units = scope.unitsFor(doc);
      const kinds = unitKinds(units);
      for (const { quota, path } of planQuotas(doc.data)) {
        const min = quota.min ?? 0;
        if (!kinds.has(quota.select)) continue; // a kind no unit has: unit-references-resolve says so
        for (const { unit: owner } of ownerUnits(units, quota.owner)) {
          // Owners that do not exist on the issue date are units-valid-on-issue's finding.
          if (!unitValidOn(owner, day)) continue;
          // Counting stops at min: only a shortfall needs the exact number, for the message.
          const count = quotaCandidateCount(quota, owner.id, units, day, min);
          if (count >= min) continue;
          const tags = quota.where?.tags?.length ? listText(quota.where.tags) : undefined;
          const params = { quota: quota.id, name: owner.name, owner: owner.id, min, select: quota.select, tags, within: quota.within === 'owner', count, issued: toVN(day) };
          out.push({ doc, path: [...path, quota.min === undefined ? 'owner' : 'min'], params });
        }
      }
    }
    return out;
  },
});
