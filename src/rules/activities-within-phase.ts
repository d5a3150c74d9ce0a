import { q } from '../diagnostics/text.js';
import type { LoadedDoc } from '../load/workspace.js';
import type { PlanDoc } from '../model/types.js';
import { parseDate, type CalDate, vnDateText } from '../model/date.js';
import { toVN } from '../model/date.js';
import { commemorating, type Commemorating } from '../domain/commemorations.js';
import { NONE } from './support/helpers.js';
import { inRange, note, type Range } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/activities-within-phase.js';

export default defineRule({
  id: 'activities-within-phase',
  description: { vi: 'Hoạt động chào mừng một ngày kỷ niệm diễn ra trong đợt thi đua chào mừng ngày đó.', en: 'An activity for an anniversary is held during a phase that commemorates it.' },
  severity: 'warning',
  tier: 'strict',
  messages,
  check({ ws, scope }) {
    const out: Finding<MessageId>[] = [];
    const byPlan = new Map<LoadedDoc<PlanDoc>, Map<string, Commemorating>>();
    for (const { doc, match: { plan } } of scope.progress()) {
      if (!plan) continue;
      let phasesOf = byPlan.get(plan);
      if (!phasesOf) byPlan.set(plan, (phasesOf = commemorating(plan.data)));
      const activities = doc.data.activities ?? NONE;
      for (let i = 0; i < activities.length; i++) {
        const a = activities[i]!;
        const day = parseDate(a.date);
        const c = phasesOf.get(a.commemorates);
        if (!day || !c?.ranges || inAny(day, c.ranges)) continue;
        out.push({
          doc,
          path: ['activities', i, 'date'],
          params: { date: toVN(day), id: a.commemorates, phases: c.phases.map(({ p }) => q(p.id)).join(', '), count: c.phases.length },
          related: c.phases.map(({ p, k }) => ({ doc: plan, path: ['phases', k], note: note(ws, `Đợt ${q(p.id)} (${vnDateText(p.from)} – ${vnDateText(p.to)})`, `Phase ${q(p.id)} (${vnDateText(p.from)} – ${vnDateText(p.to)})`) })),
        });
      }
    }
    return out;
  },
});

const inAny = (day: CalDate, ranges: readonly Range[]): boolean => {
  for (const r of ranges) if (inRange(day, r)) return true;
  return false;
};
