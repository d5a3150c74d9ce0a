import { q } from '../diagnostics/text.js';
import { plans, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import { compareDates, parseDate } from '../model/date.js';
import type { DataPath } from '../model/types.js';
import { defineRule, type Finding } from './rule.js';

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
    const test = (doc: LoadedDoc, what: string, id: string, at: DataPath, from: string | undefined, to: string | undefined, toKey = 'to'): void => {
      const f = from ? parseDate(from) : undefined;
      const t = to ? parseDate(to) : undefined;
      if (f && t && compareDates(f, t) > 0) out.push({ doc, path: [...at, toKey], params: { what, id, from, to } });
    };
    for (const doc of plans(ws)) {
      (doc.data.movements ?? []).forEach((m, i) => test(doc, 'movement', m.id, ['movements', i, 'period'], m.period?.from, m.period?.to));
      (doc.data.phases ?? []).forEach((p, i) => test(doc, 'phase', p.id, ['phases', i], p.from, p.to));
    }
    for (const doc of unitsDocs(ws)) doc.data.units.forEach((u, i) => test(doc, 'unit', u.id, ['units', i], u.validFrom, u.validTo, 'validTo'));
    return out;
  },
});
