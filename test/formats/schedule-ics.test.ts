import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { date, parseDate, toISO } from '../../src/model/date.js';
import { buildSchedule, isDeadline, type ScheduleView } from '../../src/views/schedule.js';
import { eventUid, exclusiveEnd, scheduleIcs } from '../../src/formats/schedule-ics.js';
import { dongThapDir, loadPlanWs, phuThoDir, tienGiangDir } from '../helpers/plan-ws.js';

const view = (dir: string, asOf: string): ScheduleView => buildSchedule({ ...loadPlanWs(dir), asOf: parseDate(asOf)! });

interface Parsed {
  events: ICAL.Component[];
  warnings: unknown[];
}

/** Parses back with ical.js; anything it logs counts as a warning. */
function parse(text: string): Parsed {
  const warnings: unknown[] = [];
  const spies = (['warn', 'error', 'log'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...args) => void warnings.push(args)));
  try {
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.name).toBe('vcalendar');
    return { events: cal.getAllSubcomponents('vevent'), warnings };
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}

const byUid = (events: ICAL.Component[], uid: string): ICAL.Component => {
  const e = events.find((x) => x.getFirstPropertyValue('uid') === uid);
  if (!e) throw new Error(`no event ${uid}`);
  return e;
};
const dayOf = (e: ICAL.Component, prop: 'dtstart' | 'dtend'): string => {
  const t = e.getFirstPropertyValue(prop) as ICAL.Time;
  expect(t.isDate).toBe(true);
  return t.toString();
};

afterEach(() => vi.restoreAllMocks());

describe('exclusiveEnd', () => {
  it.each([
    [date(2018, 6, 30), '2018-07-01'],
    [date(2018, 12, 31), '2019-01-01'],
    [date(2028, 2, 28), '2028-02-29'],
    [date(2030, 2, 28), '2030-03-01'],
    [date(2028, 2, 29), '2028-03-01'],
  ])('the day after %o is %s', (d, want) => {
    expect(toISO(exclusiveEnd(d))).toBe(want);
  });
});

describe('schedule as iCalendar', () => {
  it('imports into ical.js without a warning: all-day events, exclusive ends, stable UIDs', () => {
    const v = view(tienGiangDir, '2018-07-15');
    const text = scheduleIcs(v, { lang: 'vi' });
    const { events, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(v.items.length);
    const dot1 = byUid(events, eventUid('06/KH-STP', 2018, 'phase', 'dot-1'));
    expect([dayOf(dot1, 'dtstart'), dayOf(dot1, 'dtend')]).toEqual(['2018-01-01', '2018-07-01']);
    const ann = byUid(events, eventUid('06/KH-STP', 2018, 'anniversary', 'loi-keu-goi-thi-dua'));
    expect([dayOf(ann, 'dtstart'), dayOf(ann, 'dtend')]).toEqual(['2018-06-11', '2018-06-12']);
    expect(ann.getFirstPropertyValue('summary')).toBe('Kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua Ái quốc (11/06/1948 – 11/06/2018) (năm tròn)');
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of events) {
      expect(String(e.getFirstPropertyValue('uid'))).toMatch(/^[0-9a-f]{32}@thidua$/);
      expect((e.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2018-01-10T00:00:00Z');
    }
  });

  it('folds every line at 75 octets, ends lines with CRLF, and round-trips escaped text', () => {
    const v = view(phuThoDir, '2030-04-15');
    const text = scheduleIcs(v, { lang: 'vi' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    const longest = Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')));
    expect(longest).toBeLessThanOrEqual(75);
    // The long Vietnamese title must really have been folded, and not inside a character.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\ufffd');
    const { events, warnings } = parse(text);
    expect(warnings).toEqual([]);
    const report = byUid(events, eventUid('15/KH-SGDĐT', 2030, 'milestone', 'bao-cao-6-thang'));
    expect(report.getFirstPropertyValue('summary')).toBe(
      'Hạn: Báo cáo sơ kết 6 tháng: kết quả thi đua; đề xuất khen thưởng, nhân rộng điển hình tiên tiến của các phòng chuyên môn và các trường trung học phổ thông trên địa bàn tỉnh',
    );
    const movement = byUid(events, eventUid('15/KH-SGDĐT', 2030, 'movement', 'day-tot-hoc-tot'));
    expect(movement.getFirstPropertyValue('summary')).toBe('Phong trào: Thi đua "Dạy tốt; học tốt": đổi mới # phương pháp <dạy> & học');
    expect([dayOf(movement, 'dtstart'), dayOf(movement, 'dtend')]).toEqual(['2030-01-01', '2031-01-01']);
    // Raw text escapes `;` and `,` as RFC 5545 asks.
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Phong trào: Thi đua "Dạy tốt\\; học tốt": đổi mới # phương pháp <dạy> & học');
  });

  it('sets a reminder before each deadline and none elsewhere', () => {
    const v = view(dongThapDir, '2026-06-12');
    const { events } = parse(scheduleIcs(v, { lang: 'en' }));
    const deadlines = v.items.filter(isDeadline);
    expect(deadlines.length).toBeGreaterThan(3);
    // The quotas' and targets' own due dates are deadlines too (31/03, 30/04, 31/10, 30/11 in this plan).
    expect(deadlines.filter((i) => i.type !== 'milestone').map((i) => toISO(i.start)).sort()).toEqual(['2026-03-31', '2026-04-30', '2026-10-31', '2026-11-30']);
    for (const e of events) {
      const alarms = e.getAllSubcomponents('valarm');
      const isMilestone = deadlines.some((m) => eventUid('12/KH-STP', 2026, m.type, m.id) === e.getFirstPropertyValue('uid'));
      expect(alarms).toHaveLength(isMilestone ? 1 : 0);
      if (isMilestone) {
        const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
        // 09:00 three days before the all-day start.
        expect([trigger.isNegative, trigger.toSeconds()]).toEqual([true, -(3 * 86400 - 9 * 3600)]);
        expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
        expect(String(alarms[0]!.getFirstPropertyValue('description'))).toMatch(/^Due soon: /);
      }
    }
  });

  it('is byte-identical for the same input, whatever the as-of day', () => {
    const a = scheduleIcs(view(dongThapDir, '2026-06-12'), { lang: 'vi' });
    const b = scheduleIcs(view(dongThapDir, '2026-06-12'), { lang: 'vi' });
    const c = scheduleIcs(view(dongThapDir, '2026-09-30'), { lang: 'vi' });
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('keeps UIDs apart across plans, years, types and items', () => {
    const uids = [
      eventUid('06/KH-STP', 2018, 'phase', 'dot-1'),
      eventUid('06/KH-STP', 2019, 'phase', 'dot-1'),
      eventUid('07/KH-STP', 2018, 'phase', 'dot-1'),
      eventUid('06/KH-STP', 2018, 'milestone', 'dot-1'),
      eventUid('06/KH-STP', 2018, 'phase', 'dot-2'),
    ];
    expect(new Set(uids).size).toBe(uids.length);
    expect(eventUid('06/KH-STP', 2018, 'phase', 'dot-1')).toBe(uids[0]);
  });
});
