import { unitsOfKind, unitValidOn } from '../domain/units.js';
import { plans } from '../load/workspace.js';
import { toVN, dateOf } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import { planOwners, validityWindow, type Bi } from './support/ref-helpers.js';
import { defineRule, type Finding } from './support/rule.js';

const w = (p: Record<string, unknown>, lang: keyof Bi): string => (p.window as Bi)[lang];
const HINT: Bi = {
  vi: 'Giao việc cho đơn vị (hoặc loại đơn vị) còn hiệu lực vào ngày ban hành, ví dụ đơn vị kế thừa; hoặc sửa validFrom/validTo nếu ghi sai.',
  en: 'Give the work to a unit (or kind of unit) that exists on the issue date, such as the successor; or fix validFrom/validTo if they are wrong.',
};

/** A plan is checked against the units valid on its issue date: old plans stay valid, new ones cannot task abolished units. */
export default defineRule({
  id: 'units-valid-on-issue',
  description: {
    vi: 'Kế hoạch chỉ giao việc cho đơn vị có hiệu lực vào ngày ban hành (validFrom, validTo).',
    en: 'A plan gives work only to units that exist on its issue date (validFrom, validTo).',
  },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) =>
        p.role === 'issuer'
          ? `Đơn vị ban hành ${String(p.name)} (${String(p.id)}) không có hiệu lực vào ngày ban hành ${String(p.issued)}: đơn vị chỉ tồn tại ${w(p, 'vi')}.`
          : `Kế hoạch giao việc cho ${String(p.name)} (${String(p.id)}), nhưng đơn vị này không có hiệu lực vào ngày ban hành ${String(p.issued)}: đơn vị chỉ tồn tại ${w(p, 'vi')}.`,
      en: (p) =>
        p.role === 'issuer'
          ? `The issuing unit ${String(p.name)} (${String(p.id)}) does not exist on the issue date ${String(p.issued)}: it exists ${w(p, 'en')}.`
          : `The plan gives work to ${String(p.name)} (${String(p.id)}), which does not exist on the issue date ${String(p.issued)}: it exists ${w(p, 'en')}.`,
      hint: {
        vi: (p) => (p.role === 'issuer' ? 'Ghi đơn vị ban hành là đơn vị còn hiệu lực vào ngày ban hành (đơn vị kế thừa), hoặc sửa validFrom/validTo nếu ghi sai.' : HINT.vi),
        en: (p) => (p.role === 'issuer' ? 'Name as issuer the unit that exists on the issue date (the successor), or fix validFrom/validTo if they are wrong.' : HINT.en),
      },
    },
    'kind-none-valid': {
      vi: (p) => `Không đơn vị nào thuộc loại "${String(p.kind)}" có hiệu lực vào ngày ban hành ${String(p.issued)} (có ${String(p.count)} đơn vị loại này; ví dụ ${String(p.name)} (${String(p.id)}) chỉ tồn tại ${w(p, 'vi')}).`,
      en: (p) => `No unit of kind "${String(p.kind)}" exists on the issue date ${String(p.issued)} (${String(p.count)} such units; e.g. ${String(p.name)} (${String(p.id)}) exists ${w(p, 'en')}).`,
      hint: { vi: () => HINT.vi, en: () => HINT.en },
    },
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
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
