import { plans, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import { parentSpans } from '../domain/units.js';
import { reversedSpan } from '../domain/windows.js';
import { toVN, vnDateText } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/periods-ordered.js';

/** A span that ends before it starts covers no day: every check that uses it would be wrong. */
export default defineRule({
  id: 'periods-ordered',
  description: {
    vi: 'Ngày bắt đầu không sau ngày kết thúc (thời gian kế hoạch, sự kiện, phong trào, đợt thi đua, hiệu lực của đơn vị, thời gian trực thuộc); các khoảng trực thuộc của một đơn vị không chồng lên nhau.',
    en: "A start date is not after its end date (the plan's period, events, movements, phases, unit validity, parent spans); a unit's parent spans do not overlap.",
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    const report = (doc: LoadedDoc, path: DataPath, what: string, id: string, from?: string, to?: string): number => out.push({ doc, path, params: { what, id, from: vnDateText(from), to: vnDateText(to) } });
    for (const doc of plans(ws)) {
      const { period, events } = doc.data;
      if (reversedSpan(period?.from, period?.to)) report(doc, ['period', 'to'], 'plan', doc.data.id, period?.from, period?.to);
      events?.forEach((e, i) => {
        for (const k of ['planned', 'actual'] as const) if (reversedSpan(e[k]?.from, e[k]?.to)) report(doc, ['events', i, k, 'to'], 'event', e.id, e[k]?.from, e[k]?.to);
      });
      doc.data.movements?.forEach((m, i) => reversedSpan(m.period?.from, m.period?.to) && report(doc, ['movements', i, 'period', 'to'], 'movement', m.id, m.period?.from, m.period?.to));
      doc.data.phases?.forEach((p, i) => reversedSpan(p.from, p.to) && report(doc, ['phases', i, 'to'], 'phase', p.id, p.from, p.to));
    }
    // A path only for a finding: a province's units file lists thousands, few with both bounds.
    for (const doc of unitsDocs(ws)) {
      const units = doc.data.units;
      for (let i = 0; i < units.length; i++) {
        const u = units[i]!;
        if (u.validFrom && u.validTo && reversedSpan(u.validFrom, u.validTo)) report(doc, ['units', i, 'validTo'], 'unit', u.id, u.validFrom, u.validTo);
        if (!u.parents) continue;
        const parents = u.parents;
        parentSpans(parents, (j, o) => out.push({
          doc,
          path: ['units', i, 'parents', j, o ? 'from' : 'to'],
          ...(o ? { messageId: 'parents-overlap', params: { id: u.id, a: o.a, b: o.b, day: o.day ? toVN(o.day) : '…' } } : { params: { what: 'parent', id: u.id, from: vnDateText(parents[j]!.from), to: vnDateText(parents[j]!.to) } }),
        }));
      }
    }
    return out;
  },
});

