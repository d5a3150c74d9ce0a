/**
 * The checklist as a terminal table (cli-table3): a row per box under a row
 * per group, the evidence under each ticked item. Colour, when the CLI asks
 * for it: red for overdue, green for done.
 */
import type { RenderContext } from './render-context.js';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { ChecklistView } from '../views/checklist.js';
import { escapeTerminal } from './escape.js';
import { asOfText, pick } from './shared-text.js';
import { checklistHeading, dueText, evidenceText, groupTitle, itemText, progressText, statusText, totalsText } from './checklist-text.js';

export function checklistTable(v: ChecklistView, o: RenderContext): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const t = pick(o.lang);
  const head = `${c.bold(escapeTerminal(checklistHeading(v, o.lang)))}\n${escapeTerminal(v.plan.title)}\n${asOfText(v.asOf, o.lang)} · ${totalsText(v, o.lang)}\n`;
  if (!v.groups.length) return `${head}${t('Không có việc nào.', 'Nothing to do.')}\n`;
  const table = new Table({
    head: ['', t('Việc', 'Item'), t('Hạn', 'Due'), t('Tiến độ', 'Count'), t('Tình trạng', 'Status')].map((h) => c.bold(h)),
    colWidths: [5, 62, 17, 9, 22],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const g of v.groups) {
    table.push([{ colSpan: 5, content: c.bold.cyan(escapeTerminal(groupTitle(g, o.lang))) }]);
    for (const i of g.items) {
      const evidence = i.evidence.map((e) => c.dim(`↳ ${escapeTerminal(evidenceText(e, i, o.lang))}`));
      const text = [escapeTerminal(itemText(i, o.lang, v.by !== 'unit' && !v.unit)), ...evidence].join('\n');
      const status = escapeTerminal(statusText(i, o.lang));
      table.push([
        i.done ? c.green('[x]') : i.overdue ? c.red.bold('[ ]') : '[ ]',
        i.overdue ? c.red(text) : text,
        escapeTerminal(dueText(i, o.lang)),
        progressText(i),
        i.done ? c.green(status) : i.overdue ? c.red.bold(`⚠ ${status}`) : status,
      ]);
    }
  }
  return `${head}${table.toString()}\n`;
}
