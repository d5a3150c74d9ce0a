import { plans, unitsDocs } from '../load/workspace.js';
import { closest } from '../model/text.js';
import type { DataPath } from '../model/types.js';
import { planOwners, planQuotas, unitCycle, unitKinds } from './support/ref-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/unit-references-resolve.js';

/** A unit a document names is one it can see: its own folder's units and its parents', nearest first. */
export default defineRule({
  id: 'unit-references-resolve',
  description: {
    vi: 'Mọi mã đơn vị và loại đơn vị mà tệp đơn vị hoặc kế hoạch nêu đều có trong các đơn vị nhìn thấy được; cây đơn vị không có vòng lặp.',
    en: 'Every unit id and unit kind a units file or plan names exists among the visible units; the unit tree has no loop.',
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws, scope }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of unitsDocs(ws)) {
      const list = doc.data.units;
      for (let i = 0; i < list.length; i++) {
        const u = list[i]!;
        if (u.parent === undefined && u.parents === undefined) continue;
        // Asked for only for a unit with a parent (the scope keeps the folder's last answer): a flat list of 150,000 units builds no map of them.
        const units = scope.unitsFor(doc);
        // Each parent over time must exist too (a school moved from a district to a commune).
        u.parents?.forEach((p, j) => {
          if (!units.has(p.parent)) out.push({ doc, path: ['units', i, 'parents', j, 'parent'], messageId: 'unknown-unit', params: { field: 'parents[].parent', value: p.parent, suggestion: closest(p.parent, units) } });
        });
        // The path is built only for a finding: a province's units file lists thousands.
        if (u.parent !== undefined && !units.has(u.parent)) {
          out.push({ doc, path: ['units', i, 'parent'], messageId: 'unknown-unit', params: { field: 'parent', value: u.parent, suggestion: closest(u.parent, units) } });
          continue;
        }
        const chain = unitCycle(units, u);
        if (chain) out.push({ doc, path: [...['units', i], ...(u.parent !== undefined ? ['parent'] : ['parents', u.parents!.length - 1, 'parent'])], messageId: 'cycle', params: { id: u.id, chain: chain.join(' → ') } });
      }
    }
    for (const doc of plans(ws)) {
      const units = scope.unitsFor(doc);
      const kinds = unitKinds(units);
      const unit = (path: DataPath, value: string, field: string): void => {
        if (!units.has(value)) out.push({ doc, path, messageId: 'unknown-unit', params: { field, value, suggestion: closest(value, units) } });
      };
      if (doc.data.issuer) unit(['issuer'], doc.data.issuer, 'issuer');
      for (const { owner, path } of planOwners(doc.data)) {
        if (typeof owner === 'string') unit(path, owner, 'owner');
        else if (!kinds.has(owner.kind)) out.push({ doc, path: [...path, 'kind'], messageId: 'unknown-kind', params: { value: owner.kind, suggestion: closest(owner.kind, kinds) } });
      }
      for (const { quota, path } of planQuotas(doc.data)) {
        if (!kinds.has(quota.select)) out.push({ doc, path: [...path, 'select'], messageId: 'unknown-select', params: { quota: quota.id, value: quota.select, suggestion: closest(quota.select, kinds) } });
      }
      (doc.data.waivers ?? []).forEach((w, i) => w.unit !== undefined && unit(['waivers', i, 'unit'], w.unit, 'waivers[].unit'));
    }
    return out;
  },
});
