import { ownerUnits, unitValidOn } from '../domain/units.js';
import { plans } from '../load/workspace.js';
import { toVN, dateOf } from '../model/date.js';
import { listText, planQuotas, unitKinds } from './support/ref-helpers.js';
import { quotaCandidateCount } from '../domain/selections.js';
import { defineRule, type Finding, type Params } from './support/rule.js';

const cond = (p: Params, lang: 'vi' | 'en'): string => {
  const tags = p.tags ? (lang === 'vi' ? ` mang nhãn ${String(p.tags)}` : ` tagged ${String(p.tags)}`) : '';
  return tags + (p.within ? (lang === 'vi' ? ' trực thuộc đơn vị này' : ' under it') : '');
};

/** A quota asks for no more units than the units file holds, for each owner, on the issue date. */
export default defineRule({
  id: 'quotas-feasible',
  description: {
    vi: 'Mỗi đơn vị phải chọn điểm có đủ đơn vị phù hợp (đúng loại, đủ nhãn, trực thuộc nếu within: owner, còn hiệu lực vào ngày ban hành) để đạt số tối thiểu.',
    en: 'Each owner of a quota has enough qualifying units (right kind, every tag, under it when within: owner, valid on the issue date) to reach min.',
  },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) =>
        `Chỉ tiêu "${String(p.quota)}" yêu cầu ${String(p.name)} (${String(p.owner)}) chọn ít nhất ${String(p.min)} đơn vị loại "${String(p.select)}"${cond(p, 'vi')}, ` +
        (p.count === 0 ? `nhưng không có đơn vị nào phù hợp vào ngày ban hành ${String(p.issued)}.` : `nhưng chỉ có ${String(p.count)} đơn vị phù hợp vào ngày ban hành ${String(p.issued)}.`),
      en: (p) =>
        `Quota "${String(p.quota)}" asks ${String(p.name)} (${String(p.owner)}) to choose at least ${String(p.min)} unit(s) of kind "${String(p.select)}"${cond(p, 'en')}, ` +
        (p.count === 0 ? `but none exists on the issue date ${String(p.issued)}.` : `but only ${String(p.count)} exist on the issue date ${String(p.issued)}.`),
      hint: {
        vi: () => 'Bổ sung các đơn vị đủ điều kiện vào tệp đơn vị, giảm min, hoặc ghi miễn trừ (waivers) kèm văn bản cho phép.',
        en: () => 'Add the qualifying units to the units file, lower min, or record a waiver backed by a document.',
      },
    },
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
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
