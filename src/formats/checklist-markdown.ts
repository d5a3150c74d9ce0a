/**
 * The checklist as GitHub task lists, one section per group: tick boxes that
 * GitHub renders and that print on paper, with the evidence of each ticked
 * item nested under it and overdue items in bold with a warning sign.
 */
import type { RenderContext } from './render-context.js';
import type { CheckItem, ChecklistView } from '../views/checklist.js';
import { escapeMarkdown } from './escape.js';
import { asOfText, pick } from './shared-text.js';
import { checklistHeading, dueText, evidenceText, groupTitle, itemText, progressText, statusText, totalsText } from './checklist-text.js';

function line(i: CheckItem, v: ChecklistView, o: RenderContext): string[] {
  const text = [escapeMarkdown(itemText(i, o.lang, v.by !== 'unit' && !v.unit)), progressText(i, o.lang)].filter(Boolean).join(' ');
  const status = escapeMarkdown(statusText(i, o.lang));
  const tail = `${escapeMarkdown(dueText(i, o.lang))} — ${i.overdue ? `**⚠ ${status}**` : status}`;
  const out = [`- [${i.done ? 'x' : ' '}] ${i.overdue ? `**${text}**` : text} — ${tail}`];
  for (const e of i.evidence) out.push(`  - ${escapeMarkdown(evidenceText(e, i, o.lang))}`);
  return out;
}

export function checklistMarkdown(v: ChecklistView, o: RenderContext): string {
  const out = [`# ${escapeMarkdown(checklistHeading(v, o.lang))}`, '', escapeMarkdown(v.plan.title), '', `_${asOfText(v.asOf, o.lang)} · ${totalsText(v, o.lang)}_`];
  if (!v.groups.length) out.push('', pick(o.lang)('Không có việc nào.', 'Nothing to do.'));
  for (const g of v.groups) {
    out.push('', `## ${escapeMarkdown(groupTitle(g, o.lang))}`, '');
    for (const i of g.items) out.push(...line(i, v, o));
  }
  return `${out.join('\n')}\n`;
}
