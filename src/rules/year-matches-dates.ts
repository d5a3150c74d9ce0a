import { plans } from '../load/workspace.js';
import { yearAtOdds } from '../domain/year-at-odds.js';
import { note } from './support/plan-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/year-matches-dates.js';

/**
 * A yearly plan whose phases, one-year movements and milestones all fall in one other year
 * (src/domain/year-at-odds.ts): one finding at `year`, where the rules that judge dates
 * against the year (phases-within-year, phases-cover-year, movements-active-in-year,
 * milestones-within-year) or place anniversaries in it (anniversary-years-match,
 * anniversary-date-in-window, anniversaries-inside-phase) would each report it again.
 */
export default defineRule({
  id: 'year-matches-dates',
  description: {
    vi: 'Năm của kế hoạch năm khớp với các ngày của nó: không phải mọi đợt, phong trào trong năm và mốc đều thuộc một năm khác.',
    en: 'A yearly plan’s year agrees with its dates: its phases, one-year movements and milestones do not all fall in another year.',
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      const odds = yearAtOdds(doc.data);
      if (!odds) continue;
      const params = { year: doc.data.year, other: odds.year, dates: odds.dates };
      out.push({ doc, path: ['year'], params, related: [{ doc, path: odds.first, note: note(ws, `Ngày thuộc năm ${odds.year}`, `A date in ${odds.year}`) }] });
    }
    return out;
  },
});
