/**
 * The schedule as a terminal table (cli-table3), one row per item in date
 * order, Vietnamese dates. Colour is an option the CLI decides: red for an
 * overdue deadline, green for what is open, yellow for a round or five year.
 */
import type { RenderContext } from './render-context.js';
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ScheduleItem, ScheduleView } from '../views/schedule.js';
import { escapeTerminal } from './escape.js';
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
  const table = new Table({
    head: [t('Ngày', 'Date'), t('Loại', 'Type'), t('Nội dung', 'What'), t('Tình trạng', 'State')].map((h) => c.bold(h)),
    colWidths: [25, 15, 50, 30],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const i of v.items) {
    const mark = markText(i, o.lang);
    const note = noteText(i, v, o.lang);
    // The mark is part of the note; painted on its own so a round year stands out.
    const rest = mark ? note.slice(mark.length).replace(/^ · /, '') : note;
    const noteLine = [mark ? c.yellow.bold(escapeTerminal(mark)) : '', rest ? c.dim(escapeTerminal(rest)) : ''].filter(Boolean).join(c.dim(' · '));
    const what = escapeTerminal(itemTitle(i, o.lang)) + (noteLine ? `\n${noteLine}` : '');
    table.push([itemDays(i, o.lang), typeLabel(i.type, o.lang), what, paintState(c, i, escapeTerminal(stateText(i, o.lang)))]);
  }
  const head = `${c.bold(escapeTerminal(scheduleHeading(v, o.lang)))}\n${escapeTerminal(v.plan.title)}\n${asOfText(v.asOf, o.lang)} · ${t('từ', 'from')} ${rangeVN(v.from, v.to)}\n`;
  const body = v.items.length ? table.toString() : t('Không có mục nào trong khoảng này.', 'Nothing in this range.');
  return `${head}${body}\n`;
}
