/**
 * The checklist as a terminal table that fits the width (terminal-table.ts): a row per box under a row
 * per group, the evidence under each ticked item. Colour, when the CLI asks
 * for it: red for overdue, green for done.
 */
import type { RenderContext } from './render-context.js';
import { Chalk } from 'chalk';
import type { ChecklistView } from '../views/checklist.js';
import { escapeTerminal } from './escape.js';
import { DEFAULT_WIDTH, figure, FIGURE_BREAK, fitTable, span, text, wrapText, type Cell } from './terminal-table.js';
import { asOfText, pick } from './shared-text.js';
import { checklistHeading, dueText, evidenceText, groupTitle, itemText, progressText, statusText, totalsText } from './checklist-text.js';

export function checklistTable(v: ChecklistView, o: RenderContext): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const t = pick(o.lang);
  const wrap = (x: string): string[] => wrapText(x, o.width ?? DEFAULT_WIDTH);
  const head = [...wrap(escapeTerminal(checklistHeading(v, o.lang))).map((l) => c.bold(l)), ...wrap(escapeTerminal(v.plan.title)), ...wrap(`${asOfText(v.asOf, o.lang)} · ${totalsText(v, o.lang)}`)].join('\n') + '\n';
  if (!v.groups.length) return `${head}${t('Không có việc nào.', 'Nothing to do.')}\n`;
  const rows: Cell[][] = [];
  for (const g of v.groups) {
    rows.push([span(5, escapeTerminal(groupTitle(g, o.lang)), c.bold.cyan)]);
    for (const i of g.items) {
      const paintText = i.overdue ? c.red : undefined;
      const item: Cell = {
        lines: [
          ...text(escapeTerminal(itemText(i, o.lang, v.by !== 'unit' && !v.unit)), paintText).lines,
          ...i.evidence.map((e) => ({ text: `↳ ${escapeTerminal(evidenceText(e, i, o.lang))}`, paint: i.overdue ? c.red : c.dim })),
        ],
      };
      const status = escapeTerminal(statusText(i, o.lang));
      rows.push([
        i.done ? figure('[x]', c.green) : figure('[ ]', i.overdue ? c.red.bold : undefined),
        item,
        // "hạn" above the date when the column is narrow; the date itself whole.
        figure(escapeTerminal(dueText(i, o.lang)).replace(' ', ` ${FIGURE_BREAK}`)),
        figure(progressText(i, o.lang).replace('/', `/${FIGURE_BREAK}`)),
        i.done ? text(status, c.green) : i.overdue ? text(`⚠ ${status}`, c.red.bold) : text(status),
      ]);
    }
  }
  const table = fitTable(['', t('Việc', 'Item'), t('Hạn', 'Due'), t('Tiến độ', 'Count'), t('Tình trạng', 'Status')].map((h) => text(h, c.bold)), rows, o.width);
  return `${head}${table}\n`;
}
