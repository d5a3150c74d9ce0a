/**
 * The schedule as a terminal table that fits the width (terminal-table.ts), one row per item in date
 * order, Vietnamese dates. Colour is an option the CLI decides: red for an
 * overdue deadline, green for what is open, yellow for a round or five year.
 */
import type { RenderContext } from './render-context.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { ScheduleItem, ScheduleView } from '../views/schedule.js';
import { escapeTerminal } from './escape.js';
import { DEFAULT_WIDTH, figure, FIGURE_BREAK, fitTable, text, wrapText, type Cell } from './terminal-table.js';
import { asOfText, itemDays, pick, rangeVN } from './shared-text.js';
import { itemTitle, markText, noteText, scheduleHeading, stateText, typeLabel } from './schedule-text.js';

function paintState(c: ChalkInstance, i: ScheduleItem, text: string): string {
  if (i.state === 'overdue') return c.red.bold(text);
  if (i.state === 'open' || i.state === 'today' || i.state === 'done') return c.green(text);
  if (i.state === 'closed' || i.state === 'past') return c.dim(text);
  return text;
}

export function scheduleTable(v: ScheduleView, o: RenderContext): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const t = pick(o.lang);
  const rows: Cell[][] = v.items.map((i) => {
    const mark = markText(i, o.lang);
    const note = noteText(i, v, o.lang);
    // The mark is part of the note; a line of its own, painted, so a round year stands out.
    const rest = mark ? note.slice(mark.length).replace(/^ · /, '') : note;
    const what: Cell = { lines: [...text(escapeTerminal(itemTitle(i, o.lang))).lines] };
    if (mark) what.lines.push({ text: escapeTerminal(mark), paint: c.yellow.bold });
    if (rest) what.lines.push({ text: escapeTerminal(rest), paint: c.dim });
    // A range breaks after its dash: "01/01/2018–" above "30/06/2018".
    return [figure(itemDays(i, o.lang).replace('–', `–${FIGURE_BREAK}`)), text(typeLabel(i.type, o.lang)), what, text(escapeTerminal(stateText(i, o.lang)), (s) => paintState(c, i, s))];
  });
  const table = fitTable([t('Ngày', 'Date'), t('Loại', 'Type'), t('Nội dung', 'What'), t('Tình trạng', 'State')].map((h) => text(h, c.bold)), rows, o.width);
  const wrap = (x: string): string[] => wrapText(x, o.width ?? DEFAULT_WIDTH);
  const head = [...wrap(escapeTerminal(scheduleHeading(v, o.lang))).map((l) => c.bold(l)), ...wrap(escapeTerminal(v.plan.title)), ...wrap(`${asOfText(v.asOf, o.lang)} · ${t('từ', 'from')} ${rangeVN(v.from, v.to)}`)].join('\n') + '\n';
  const body = v.items.length ? table : t('Không có mục nào trong khoảng này.', 'Nothing in this range.');
  return `${head}${body}\n`;
}
