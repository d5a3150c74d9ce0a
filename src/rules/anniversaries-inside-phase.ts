import { q } from '../diagnostics/text.js';
import { compareDates, toVN } from '../model/date.js';
import { anniversaryDay, inRange, note, plansInTheirWindow, rangeOf } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/anniversaries-inside-phase.js';

/** A phase "chào mừng" the anniversaries that fall in it (Đợt 1 to 30/6 greets 03/02, 30/4, 19/5…). */
export default defineRule({
  id: 'anniversaries-inside-phase',
  description: { vi: 'Mỗi ngày kỷ niệm một đợt thi đua chào mừng rơi vào trong đợt đó.', en: 'Each anniversary a phase commemorates falls inside that phase.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plansInTheirWindow(ws)) {
      const anns = doc.data.anniversaries ?? [];
      (doc.data.phases ?? []).forEach((ph, i) => {
        const r = rangeOf(ph.from, ph.to);
        if (!r || compareDates(r.from, r.to) > 0) return;
        (ph.commemorates ?? []).forEach((id, j) => {
          const k = anns.findIndex((a) => a.id === id);
          const day = k < 0 ? undefined : anniversaryDay(anns[k]!, doc.data);
          if (!day || inRange(day, r)) return;
          out.push({
            doc,
            path: ['phases', i, 'commemorates', j],
            params: { phase: ph.id, from: toVN(r.from), to: toVN(r.to), id, day: toVN(day) },
            related: [{ doc, path: ['anniversaries', k], note: note(ws, `Ngày kỷ niệm ${q(id)}`, `Anniversary ${q(id)}`) }],
          });
        });
      });
    }
    return out;
  },
});
