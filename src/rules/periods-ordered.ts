import { q } from '../diagnostics/text.js';
import { plans, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import { compareDates, parseDate, vnDateText } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import { defineRule, type Finding } from './support/rule.js';

const WHAT: Record<string, [string, string]> = {
  movement: ['Phong trào', 'Movement'], phase: ['Đợt thi đua', 'Phase'], unit: ['Đơn vị', 'Unit'],
};

/** A span that ends before it starts covers no day: every check that uses it would be wrong. */
export default defineRule({
  id: 'periods-ordered',
  description: { vi: 'Ngày bắt đầu không sau ngày kết thúc (phong trào, đợt thi đua, hiệu lực của đơn vị).', en: 'A start date is not after its end date (movements, phases, unit validity).' },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `${WHAT[String(p.what)]?.[0]} ${q(p.id)} kết thúc ngày ${p.to}, trước ngày bắt đầu ${p.from}.`,
      en: (p) => `${WHAT[String(p.what)]?.[1]} ${q(p.id)} ends on ${p.to}, before it starts on ${p.from}.`,
      hint: {
        vi: () => 'Kiểm tra lại hai ngày: có thể đã đảo ngược, hoặc sai năm.',
        en: () => 'Check both dates: they may be swapped, or one has the wrong year.',
      },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    const report = (doc: LoadedDoc, path: DataPath, what: string, id: string, from?: string, to?: string): number => out.push({ doc, path, params: { what, id, from: vnDateText(from), to: vnDateText(to) } });
    for (const doc of plans(ws)) {
      doc.data.movements?.forEach((m, i) => reversed(m.period?.from, m.period?.to) && report(doc, ['movements', i, 'period', 'to'], 'movement', m.id, m.period?.from, m.period?.to));
      doc.data.phases?.forEach((p, i) => reversed(p.from, p.to) && report(doc, ['phases', i, 'to'], 'phase', p.id, p.from, p.to));
    }
    // A path only for a finding: a province's units file lists thousands, few with both bounds.
    for (const doc of unitsDocs(ws)) {
      const units = doc.data.units;
      for (let i = 0; i < units.length; i++) {
        const u = units[i]!;
        if (u.validFrom && u.validTo && reversed(u.validFrom, u.validTo)) report(doc, ['units', i, 'validTo'], 'unit', u.id, u.validFrom, u.validTo);
      }
    }
    return out;
  },
});

/** Both ends are days and the end comes first (an end that is not a day is dates-exist's). */
function reversed(from: string | undefined, to: string | undefined): boolean {
  const f = from ? parseDate(from) : undefined;
  const t = to ? parseDate(to) : undefined;
  return !!f && !!t && compareDates(f, t) > 0;
}
