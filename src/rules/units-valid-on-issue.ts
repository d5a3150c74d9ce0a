import { unitsOfKind, unitValidOn } from '../domain/units.js';
import { plans } from '../load/workspace.js';
import { toVN, dateOf } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import { planOwners, validityWindow } from './support/ref-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/units-valid-on-issue.js';

/** A plan is checked against the units valid on its issue date: old plans stay valid, new ones cannot task abolished units. */
export default defineRule({
  id: 'units-valid-on-issue',
  description: {
    vi: 'Kế hoạch chỉ giao việc cho đơn vị có hiệu lực vào ngày ban hành (validFrom, validTo).',
    en: 'A plan gives work only to units that exist on its issue date (validFrom, validTo).',
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
      // The day is written out only for a finding: thousands of plans, nearly all right.
      const one = (path: DataPath, id: string, role: string): void => {
        const u = units.get(id)?.unit;
        if (u && !unitValidOn(u, day)) out.push({ doc, path, params: { role, name: u.name, id, issued: toVN(day), window: validityWindow(u) } });
      };
      if (doc.data.issuer) one(['issuer'], doc.data.issuer, 'issuer');
      for (const { owner, path } of planOwners(doc.data)) {
        if (typeof owner === 'string') {
          one(path, owner, 'owner');
          continue;
        }
        const ofKind = unitsOfKind(units, owner.kind); // grouped once per unit map, not copied per owner
        const first = ofKind[0]?.unit;
        if (first && !ofKind.some((e) => unitValidOn(e.unit, day))) {
          out.push({ doc, path, messageId: 'kind-none-valid', params: { kind: owner.kind, count: ofKind.length, name: first.name, id: first.id, issued: toVN(day), window: validityWindow(first) } });
        }
      }
    }
    return out;
  },
});
