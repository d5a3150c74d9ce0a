import { afterAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, fromDayNumber, isLeap, isValidDate, parseDate, toDayNumber, toISO, toVN, todayInVietnam } from '../../src/model/date.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const saved = process.env.TZ;
afterAll(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

/** Node reads TZ again when it changes, so each zone really is in force for its block. */
describe.each(ZONES)('dates in TZ=%s', (zone) => {
  it('parses both written forms to the same day, and no more', () => {
    process.env.TZ = zone;
    expect(parseDate('2018-06-30')).toEqual({ y: 2018, m: 6, d: 30 });
    expect(parseDate('30/06/2018')).toEqual({ y: 2018, m: 6, d: 30 });
    expect(parseDate('1/7/2018')).toEqual({ y: 2018, m: 7, d: 1 });
    expect(parseDate('29/02/2024')).toEqual({ y: 2024, m: 2, d: 29 });
    for (const bad of ['29/02/2023', '31/04/2018', '2018-13-01', '2018-00-10', '00/01/2018', '32/1/2018', '2018-6-30', '30/06/18', '30-06-2018', ' 2018-06-30', '']) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
  });

  it('writes ISO and Vietnamese forms with the day the file gave', () => {
    process.env.TZ = zone;
    for (const [y, m, d] of [[2018, 1, 1], [2018, 12, 31], [2024, 2, 29], [2025, 3, 30], [2025, 10, 26]] as const) {
      expect(toISO({ y, m, d })).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      expect(toVN({ y, m, d })).toBe(`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`);
    }
  });

  it('counts days across month, year, leap-day and daylight-saving boundaries', () => {
    process.env.TZ = zone;
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2023, m: 2, d: 28 }, 1)).toEqual({ y: 2023, m: 3, d: 1 });
    expect(addDays({ y: 2025, m: 12, d: 31 }, 1)).toEqual({ y: 2026, m: 1, d: 1 });
    expect(addDays({ y: 2025, m: 3, d: 9 }, -1)).toEqual({ y: 2025, m: 3, d: 8 });
    expect(daysBetween({ y: 2025, m: 3, d: 8 }, { y: 2025, m: 3, d: 10 })).toBe(2);
    expect(daysBetween({ y: 2025, m: 11, d: 1 }, { y: 2025, m: 11, d: 3 })).toBe(2);
    expect(daysBetween({ y: 2018, m: 1, d: 1 }, { y: 2019, m: 1, d: 1 })).toBe(365);
    expect(daysBetween({ y: 2024, m: 1, d: 1 }, { y: 2025, m: 1, d: 1 })).toBe(366);
    expect(toDayNumber({ y: 1970, m: 1, d: 1 })).toBe(0);
    expect(fromDayNumber(toDayNumber({ y: 1900, m: 3, d: 1 }) - 1)).toEqual({ y: 1900, m: 2, d: 28 });
  });

  it('steps a day forward and back (read without a Date) as date-fns counts days, every day of 1899–1901, 2023–2025 and years 0–1', () => {
    process.env.TZ = zone;
    for (const start of [{ y: 1899, m: 1, d: 1 }, { y: 2023, m: 1, d: 1 }, { y: 0, m: 1, d: 1 }]) {
      const first = toDayNumber(start);
      for (let k = 0; k < (start.y === 0 ? 731 : 1096); k++) {
        const day = fromDayNumber(first + k);
        for (const n of [1, -1, 2, -2]) expect(addDays(day, n), `${JSON.stringify(day)} ${n}`).toEqual(fromDayNumber(first + k + n));
      }
    }
  });

  it('knows leap years and month lengths', () => {
    process.env.TZ = zone;
    expect([1900, 2000, 2023, 2024].map(isLeap)).toEqual([false, true, false, true]);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 13)).toBe(0);
    expect(isValidDate(2024, 4, 31)).toBe(false);
    expect(isValidDate(2024, 4, 30)).toBe(true);
  });

  it('takes today in Vietnam (UTC+7) whatever the machine’s zone', () => {
    process.env.TZ = zone;
    expect(todayInVietnam(Date.UTC(2026, 11, 31, 16, 59, 59))).toEqual({ y: 2026, m: 12, d: 31 });
    expect(todayInVietnam(Date.UTC(2026, 11, 31, 17, 0, 0))).toEqual({ y: 2027, m: 1, d: 1 });
  });
});
