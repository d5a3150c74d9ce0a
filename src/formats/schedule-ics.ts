/**
 * The schedule as an iCalendar file (RFC 5545) for the office calendar,
 * written by ical-generator: all-day events, a reminder before each
 * deadline, text escaped and lines folded at 75 octets by the library.
 *
 * The same plan gives a byte-identical file: UIDs are hashes of the plan's
 * stable `uid` (else its number and year), item type and item id
 * (re-importing updates events instead of duplicating them, also after a
 * draft number is replaced by the real one), DTSTAMP is the plan's issue date rather than the clock, and nothing
 * depends on the as-of day, so the file does not change from one day to the
 * next. Dates go to the library as UTC midnights, which it writes back with
 * UTC getters: the machine's zone never enters.
 */
import type { RenderContext } from './render-context.js';
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import { addDays, toVN, type CalDate } from '../model/date.js';
import { isDeadline, type ScheduleItem, type ScheduleView } from '../views/schedule.js';
import { stripControls } from './escape.js';
import { pick, rangeVN, windowYears } from './shared-text.js';
import { itemTitle, markText, typeLabel } from './schedule-text.js';

/** iCalendar's DTEND of an all-day event is the day after the last day (RFC 5545 §3.6.1). */
export function exclusiveEnd(d: CalDate): CalDate {
  return addDays(d, 1);
}

/** A stable UID: the same plan, year and item always give the same one. */
export function eventUid(planId: string, year: number, type: string, id: string): string {
  const h = createHash('sha256').update(`${planId}\u0000${year}\u0000${type}\u0000${id}`, 'utf8').digest('hex');
  return `${h.slice(0, 32)}@thidua`;
}

/** Whose events these are: the plan's `uid` when it has one (filling in a draft number changes no UID), else its number and year. */
export function planEventUid(plan: { id: string; uid?: string }, year: number, type: string, id: string): string {
  if (plan.uid === undefined) return eventUid(plan.id, year, type, id);
  // The issue event's own id is the plan's number: with a uid, the plan is already named.
  return eventUid(`uid:${plan.uid}`, 0, type, type === 'plan-issued' ? '' : id);
}

/** Days before a deadline that the reminder fires, at 09:00 (relative to the all-day start). */
export const REMINDER_DAYS = 3;

const utc = (d: CalDate): Date => new Date(Date.UTC(d.y, d.m - 1, d.d));

function summary(i: ScheduleItem, v: ScheduleView, o: RenderContext): string {
  const t = pick(o.lang);
  const mark = markText(i, o.lang);
  switch (i.type) {
    case 'phase':
      return `${i.title} — ${t('Kế hoạch số', 'plan')} ${v.plan.id}`;
    case 'movement':
      return `${t('Phong trào', 'Movement')}: ${i.title}`;
    case 'milestone':
    case 'quota':
    case 'target':
    case 'content':
      return `${t('Hạn', 'Due')}: ${i.title}`;
    case 'event':
      return i.provisional ? `${i.title} (${t('dự kiến', 'provisional')})` : i.title;
    case 'anniversary':
      return mark ? `${itemTitle(i, o.lang)} (${mark})` : itemTitle(i, o.lang);
    default:
      return `${t('Ban hành', 'Issued')}: ${itemTitle(i, o.lang)}`;
  }
}

function description(i: ScheduleItem, v: ScheduleView, o: RenderContext): string {
  const t = pick(o.lang);
  const lines = [`${typeLabel(i.type, o.lang)}: ${rangeVN(i.start, i.end)}`];
  const mark = markText(i, o.lang);
  if (mark) lines.push(mark);
  if (i.planned) lines.push(`${t('Dự kiến', 'Planned')}: ${rangeVN(i.planned.from, i.planned.to)}`);
  if (i.owners?.length) lines.push(`${t('Đơn vị thực hiện', 'Owners')}: ${i.owners.map((u) => u.name).join('; ')}`);
  const phase = i.phase ? v.phases.find((p) => p.id === i.phase) : undefined;
  if (phase) lines.push(`${t('Thuộc', 'Phase')}: ${phase.name}`);
  lines.push(`${t('Kế hoạch số', 'Plan')} ${v.plan.id}: ${v.plan.title}`);
  return lines.join('\n');
}

export function scheduleIcs(v: ScheduleView, o: RenderContext): string {
  const t = pick(o.lang);
  const cal = ical({
    prodId: { company: 'thidua', product: 'schedule', language: o.lang.toUpperCase() },
    name: `${t('Lịch thi đua', 'Emulation schedule')} ${windowYears(v.plan)} — ${v.plan.id}`,
  });
  const stamp = utc(v.plan.issued);
  for (const i of v.items) {
    const e = cal.createEvent({
      id: planEventUid(v.plan, v.year, i.type, i.instance ? `${i.id}@${i.instance}` : i.id),
      start: utc(i.start),
      end: utc(exclusiveEnd(i.end)),
      allDay: true,
      stamp,
      summary: summary(i, v, o),
      description: description(i, v, o),
      // All-day markers should not show the office as busy.
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [{ name: typeLabel(i.type, o.lang) }],
    });
    if (isDeadline(i)) {
      e.createAlarm({
        type: ICalAlarmType.display,
        trigger: REMINDER_DAYS * 86400 - 9 * 3600,
        description: `${t('Sắp đến hạn', 'Due soon')}: ${i.title} (${toVN(i.start)})`,
      });
    }
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  // The library escapes ICS syntax but passes control characters through; they go.
  const text = stripControls(cal.toString());
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
