import { plans, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import { compareDates, parseDate, toVN, vnDateText } from '../model/date.js';
import type { DataPath, UnitParent } from '../model/types.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/periods-ordered.js';

/** A span that ends before it starts covers no day: every check that uses it would be wrong. */
export default defineRule({
  id: 'periods-ordered',
  description: {
    vi: 'Ngày bắt đầu không sau ngày kết thúc (phong trào, đợt thi đua, hiệu lực của đơn vị, thời gian trực thuộc); các khoảng trực thuộc của một đơn vị không chồng lên nhau.',
    en: "A start date is not after its end date (movements, phases, unit validity, parent spans); a unit's parent spans do not overlap.",
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
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
        if (u.parents) parentSpans(u.id, u.parents, (j, params) => out.push({ doc, path: ['units', i, 'parents', j, params ? 'from' : 'to'], ...(params ? { messageId: 'parents-overlap', params } : { params: { what: 'parent', id: u.id, from: vnDateText(u.parents![j]!.from), to: vnDateText(u.parents![j]!.to) } }) }));
      }
    }
    return out;
  },
});

/**
 * A unit's parent spans: each reversed one (params undefined), and each that
 * starts on or before the end of an earlier-starting one (the first shared day).
 */
function parentSpans(id: string, parents: readonly UnitParent[], found: (index: number, overlap?: Record<string, string>) => void): void {
  const FAR = { y: 9999, m: 12, d: 31 };
  const NEVER = { y: 0, m: 1, d: 1 };
  const spans = parents.flatMap((p, j) => {
    if (reversed(p.from, p.to)) {
      found(j);
      return [];
    }
    const from = p.from ? parseDate(p.from) : NEVER;
    const to = p.to ? parseDate(p.to) : FAR;
    return from && to ? [{ j, from, to, parent: p.parent }] : [];
  });
  spans.sort((a, b) => compareDates(a.from, b.from) || a.j - b.j);
  for (let k = 1; k < spans.length; k++) {
    const prev = spans[k - 1]!;
    const cur = spans[k]!;
    if (compareDates(cur.from, prev.to) <= 0) {
      // The first day both spans hold: the later start, or (both open at the start) the earlier end.
      const shared = cur.from !== NEVER ? cur.from : compareDates(prev.to, cur.to) <= 0 ? prev.to : cur.to;
      found(cur.j, { id, a: prev.parent, b: cur.parent, day: shared === FAR ? '…' : toVN(shared) });
    }
  }
}

/** Both ends are days and the end comes first (an end that is not a day is dates-exist's). */
function reversed(from: string | undefined, to: string | undefined): boolean {
  const f = from ? parseDate(from) : undefined;
  const t = to ? parseDate(to) : undefined;
  return !!f && !!t && compareDates(f, t) > 0;
}
