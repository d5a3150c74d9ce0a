import { plans, unitsDocs } from '../load/workspace.js';
import { closest } from '../model/text.js';
import type { DataPath } from '../model/types.js';
import { DECLARE_UNIT, didYouMean, planOwners, planQuotas, unitCycle, unitKinds, unknownRef, UNITS_WHERE } from './support/ref-helpers.js';
import { defineRule, type Finding } from './support/rule.js';

/** A unit a document names is one it can see: its own folder's units and its parents', nearest first. */
export default defineRule({
  id: 'unit-references-resolve',
  description: {
    vi: 'Mọi mã đơn vị và loại đơn vị mà tệp đơn vị hoặc kế hoạch nêu đều có trong các đơn vị nhìn thấy được; cây đơn vị không có vòng lặp.',
    en: 'Every unit id and unit kind a units file or plan names exists among the visible units; the unit tree has no loop.',
  },
  severity: 'error',
  tier: 'default',
  messages: {
    'unknown-unit': unknownRef({ vi: 'đơn vị', en: 'unit' }, { vi: `({field}) ${UNITS_WHERE.vi}`, en: `({field}) ${UNITS_WHERE.en}` }, DECLARE_UNIT),
    'unknown-kind': {
      vi: (p) => `Không có đơn vị nào thuộc loại "${String(p.value)}" trong các đơn vị nhìn thấy được, nên owner {kind: ${String(p.value)}} không chỉ đơn vị nào.`,
      en: (p) => `No visible unit is of kind "${String(p.value)}", so owner {kind: ${String(p.value)}} names nobody.`,
      hint: didYouMean({ vi: 'Kiểm tra lại loại đơn vị (kind) trong tệp đơn vị.', en: 'Check the unit kinds (kind) in the units file.' }),
    },
    'unknown-select': {
      vi: (p) => `Chỉ tiêu chọn điểm "${String(p.quota)}" chọn đơn vị loại "${String(p.value)}", nhưng không đơn vị nào nhìn thấy được thuộc loại này.`,
      en: (p) => `Quota "${String(p.quota)}" selects units of kind "${String(p.value)}", but no visible unit is of that kind.`,
      hint: didYouMean({ vi: 'Kiểm tra lại select, hoặc khai báo các đơn vị loại này trong tệp đơn vị.', en: 'Check select, or declare units of this kind in the units file.' }),
    },
    cycle: {
      vi: (p) => `Đơn vị "${String(p.id)}" là cấp trên của chính nó: ${String(p.chain)}.`,
      en: (p) => `Unit "${String(p.id)}" is its own ancestor: ${String(p.chain)}.`,
      hint: { vi: () => 'Sửa parent để cây đơn vị không có vòng lặp.', en: () => 'Fix parent so that the unit tree has no loop.' },
    },
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
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
