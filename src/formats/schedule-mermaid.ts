/**
 * The schedule as a Mermaid gantt chart, which GitHub renders inside a
 * Markdown ```mermaid block. One section per phase (its bar, the
 * anniversaries and deadlines that fall in it) and per movement (its bar,
 * clipped to the range shown, and the deadlines that belong to it); explicit
 * ISO dates with inclusive ends; every name through escapeMermaid. The
 * chart's own "today" line is off: it would follow the clock, not --as-of.
 */
import type { RenderContext } from './render-context.js';
import { compareDates, toISO, toVN, type CalDate } from '../model/date.js';
import { isDeadline, type ScheduleItem, type ScheduleView } from '../views/schedule.js';
import { escapeMermaid } from './escape.js';
import { asOfText, pick, shorten } from './shared-text.js';
import { markText, ordinalEn, scheduleHeading } from './schedule-text.js';

/** Fenced as ```mermaid for pasting into Markdown (and on stdout); bare in a .mmd or .mermaid file. */
const fenced = (o: RenderContext): boolean => !/\.(mmd|mermaid)$/i.test(o.output ?? '');

const maxDate = (a: CalDate, b: CalDate): CalDate => (compareDates(a, b) >= 0 ? a : b);
const minDate = (a: CalDate, b: CalDate): CalDate => (compareDates(a, b) <= 0 ? a : b);

function tags(i: ScheduleItem): string[] {
  if (i.state === 'overdue') return ['crit'];
  if (i.state === 'closed' || i.state === 'done') return ['done'];
  if (i.state === 'open' || i.state === 'today') return ['active'];
  return [];
}

export function scheduleMermaid(v: ScheduleView, o: RenderContext): string {
  const t = pick(o.lang);
  let n = 0;
  const bar = (name: string, i: ScheduleItem, start: CalDate, end: CalDate): string =>
    `    ${escapeMermaid(name)} :${[...tags(i), `t${++n}`, toISO(start), toISO(end)].join(', ')}`;
  const point = (name: string, i: ScheduleItem): string => `    ${escapeMermaid(name)} :${['milestone', ...tags(i), `t${++n}`, toISO(i.start), '0d'].join(', ')}`;
  const pointName = (i: ScheduleItem): string => {
    const mark = markText(i, o.lang);
    if (isDeadline(i)) return `${t('Hạn', 'Due')} ${toVN(i.start)} · ${shorten(i.title)}`;
    if (i.type === 'plan-issued') return `${t('Ban hành', 'Issued')} ${v.plan.id}`;
    // The origin–date span of the full title is left out: the bar's position shows the date.
    const name = i.years ? `${t(`Kỷ niệm ${i.years} năm`, `${ordinalEn(i.years)} anniversary of`)} ${i.title}` : i.title;
    return `${shorten(name)}${mark ? ` ★ ${mark}` : ''}`;
  };

  const lines = ['gantt', `    title ${escapeMermaid(`${scheduleHeading(v, o.lang)} (${asOfText(v.asOf, o.lang).toLowerCase()})`)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %d/%m', '    inclusiveEndDates', '    todayMarker off'];
  const points = v.items.filter((i) => i.type !== 'phase' && i.type !== 'movement');
  const placed = new Set<ScheduleItem>();
  const section = (name: string, body: string[]): void => {
    if (body.length) lines.push(`    section ${escapeMermaid(name)}`, ...body);
  };

  for (const p of v.items.filter((i) => i.type === 'phase')) {
    const inside = points.filter((i) => i.phase === p.id && !(isDeadline(i) && i.movement && v.items.some((m) => m.type === 'movement' && m.id === i.movement)));
    inside.forEach((i) => placed.add(i));
    section(p.title, [bar(p.title, p, p.start, p.end), ...inside.map((i) => point(pointName(i), i))]);
  }
  for (const m of v.items.filter((i) => i.type === 'movement')) {
    const start = maxDate(m.start, v.from);
    const end = minDate(m.end, v.to);
    const clipped = compareDates(start, m.start) !== 0 || compareDates(end, m.end) !== 0;
    const name = `${shorten(m.title, 60)}${clipped ? ` (${m.start.y}–${m.end.y})` : ''}`;
    const inside = points.filter((i) => isDeadline(i) && i.movement === m.id);
    inside.forEach((i) => placed.add(i));
    section(`${t('Phong trào', 'Movement')} ${m.id}`, [bar(name, m, start, end), ...inside.map((i) => point(pointName(i), i))]);
  }
  section(t('Khác', 'Other'), points.filter((i) => !placed.has(i)).map((i) => point(pointName(i), i)));

  const body = `${lines.join('\n')}\n`;
  return fenced(o) ? `\`\`\`mermaid\n${body}\`\`\`\n` : body;
}
