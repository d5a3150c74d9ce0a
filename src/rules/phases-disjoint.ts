import { q } from '../diagnostics/text.js';
import { plans } from '../load/workspace.js';
import { compareDates, toVN } from '../model/date.js';
import { note, overlaps, rangeOf, type Range } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/phases-disjoint.js';

/** Phases are successive: an activity or an anniversary must belong to exactly one. */
export default defineRule({
  id: 'phases-disjoint',
  description: { vi: 'Các đợt thi đua không chồng lên nhau.', en: 'Phases do not overlap.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      const phases = (doc.data.phases ?? [])
        .map((p, i) => ({ p, i, r: rangeOf(p.from, p.to) }))
        .filter((x): x is { p: (typeof x)['p']; i: number; r: Range } => !!x.r && compareDates(x.r.from, x.r.to) <= 0)
        .sort((a, b) => compareDates(a.r.from, b.r.from) || a.i - b.i);
      phases.forEach((b, k) => {
        const a = phases.slice(0, k).find((x) => overlaps(x.r, b.r));
        if (!a) return;
        out.push({
          doc,
          path: ['phases', b.i, 'from'],
          params: { id: b.p.id, from: toVN(b.r.from), other: a.p.id, otherTo: toVN(a.r.to) },
          related: [{ doc, path: ['phases', a.i], note: note(ws, `Đợt ${q(a.p.id)} chồng lên`, `Overlapping phase ${q(a.p.id)}`) }],
        });
      });
    }
    return out;
  },
});
