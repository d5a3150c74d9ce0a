/**
 * The schedule as GitHub-flavoured Markdown: a heading, the as-of line and a
 * table, readable in a repository and printable. User text goes through
 * escapeMarkdown.
 */
import type { RenderContext } from './render-context.js';
import type { ScheduleView } from '../views/schedule.js';
import { escapeMarkdown } from './escape.js';
import { asOfText, itemDays, pick, rangeVN } from './shared-text.js';
import { itemTitle, markText, noteText, scheduleHeading, stateText, typeLabel } from './schedule-text.js';

export function scheduleMarkdown(v: ScheduleView, o: RenderContext): string {
  const t = pick(o.lang);
  const out = [
    `# ${escapeMarkdown(scheduleHeading(v, o.lang))}`,
    '',
    escapeMarkdown(v.plan.title),
    '',
    `_${asOfText(v.asOf, o.lang)} · ${t('từ', 'from')} ${rangeVN(v.from, v.to)}_`,
    '',
  ];
  if (!v.items.length) return `${[...out, t('Không có mục nào trong khoảng này.', 'Nothing in this range.')].join('\n')}\n`;
  out.push(`| ${t('Ngày', 'Date')} | ${t('Loại', 'Type')} | ${t('Nội dung', 'What')} | ${t('Ghi chú', 'Notes')} | ${t('Tình trạng', 'State')} |`, '|---|---|---|---|---|');
  for (const i of v.items) {
    // A round or five year is what a clerk scans for: bold it.
    const title = escapeMarkdown(itemTitle(i, o.lang));
    const note = escapeMarkdown(noteText(i, v, o.lang));
    const state = escapeMarkdown(stateText(i, o.lang));
    out.push(
      `| ${itemDays(i, o.lang)} | ${typeLabel(i.type, o.lang)} | ${markText(i, o.lang) ? `**${title}**` : title} | ${note} | ${i.state === 'overdue' ? `**${state}**` : state} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
