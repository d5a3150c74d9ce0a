import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, type CalDate, toISO } from '../src/model/date.js';
import { leapMonthOf, lunarDateInSolarYear, lunarToSolar, solarToLunar } from '../src/model/lunar.js';

const iso = (d: CalDate): string => toISO(d);

describe('Tết and Giỗ Tổ on known dates', () => {
  // Public-holiday dates announced in Vietnam; 1985 and 2007 differ from China (UTC+8).
  const tet: Array<[number, string]> = [
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ];
  it.each(tet)('Tết %i falls on %s', (year, expected) => {
    expect(iso(lunarToSolar(year, 1, 1))).toBe(expected);
    expect(iso(lunarDateInSolarYear(1, 1, year))).toBe(expected);
    expect(solarToLunar(lunarToSolar(year, 1, 1))).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it('Tết Mậu Thân 1968 falls on 29/01 at UTC+7 (the North had moved to UTC+7)', () => {
    expect(iso(lunarToSolar(1968, 1, 1))).toBe('1968-01-29');
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
  ])('Giỗ Tổ Hùng Vương %i falls on %s', (year, expected) => {
    expect(iso(lunarDateInSolarYear(3, 10, year))).toBe(expected);
  });

  it('Vietnam and China part ways on Tết 1985: the day before is still the old year', () => {
    expect(solarToLunar({ y: 1985, m: 1, d: 20 })).toMatchObject({ year: 1984, month: 12 });
    // China's Tết 1985; in Vietnam a month of the new year had already passed.
    expect(solarToLunar({ y: 1985, m: 2, d: 20 })).toMatchObject({ year: 1985, month: 2 });
  });
});

describe('leap months', () => {
  it.each([
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
  ])('lunar year %i repeats month %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it.each([2019, 2021, 2022, 2024, 2026])('lunar year %i has no leap month', (year) => {
    expect(leapMonthOf(year)).toBeUndefined();
  });

  it('the leap month follows the regular month of the same number', () => {
    const regular = lunarToSolar(2025, 6, 1);
    const leap = lunarToSolar(2025, 6, 1, true);
    expect(iso(regular)).toBe('2025-06-25');
    expect(iso(leap)).toBe('2025-07-25');
    expect(solarToLunar(leap)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(iso(lunarToSolar(2025, 7, 1))).toBe('2025-08-23');
  });

  it('an observance in a repeated month keeps to the regular month', () => {
    expect(iso(lunarDateInSolarYear(6, 1, 2025))).toBe('2025-06-25');
  });

  it('refuses a leap month that does not exist', () => {
    expect(() => lunarToSolar(2024, 6, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 5, 1, true)).toThrow(RangeError);
  });
});

describe('input checks', () => {
  it('refuses impossible lunar dates', () => {
    expect(() => lunarToSolar(2025, 13, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 1, 0)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 1, 31)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 1.5, 1)).toThrow(RangeError);
  });

  it('refuses day 30 of a 29-day month, but an observance on it falls on day 29', () => {
    // Find a 29-day month in 2025 by where the next month starts.
    const month = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find(
      (m) => solarToLunar(addDays(lunarToSolar(2025, m, 29), 1)).day === 1,
    )!;
    expect(month).toBeDefined();
    expect(() => lunarToSolar(2025, month, 30)).toThrow(RangeError);
    expect(lunarDateInSolarYear(month, 30, 2025)).toEqual(lunarToSolar(2025, month, 29));
  });
});

describe('1900–2100 consistency', () => {
  const first: CalDate = { y: 1900, m: 1, d: 1 };
  const last: CalDate = { y: 2100, m: 12, d: 31 };

  it('every day maps to a lunar date and back', () => {
    let bad = 0;
    for (let d = first; compareDates(d, last) <= 0; d = addDays(d, 1)) {
      const l = solarToLunar(d);
      const back = lunarToSolar(l.year, l.month, l.day, l.leap);
      if (compareDates(back, d) !== 0) {
        bad++;
        expect.soft(iso(back), `${iso(d)} → ${JSON.stringify(l)}`).toBe(iso(d));
      }
    }
    expect(bad).toBe(0);
  });

  it('lunar days run 1…29 or 1…30 and months follow in order', () => {
    let prev = solarToLunar(first);
    for (let d = addDays(first, 1); compareDates(d, last) <= 0; d = addDays(d, 1)) {
      const cur = solarToLunar(d);
      if (cur.day !== 1) {
        expect(cur.day, iso(d)).toBe(prev.day + 1);
      } else {
        expect([29, 30], iso(d)).toContain(prev.day);
        const nextMonth = prev.month === 12 ? 1 : prev.month + 1;
        if (cur.leap) expect(cur.month, iso(d)).toBe(prev.month);
        else expect(cur.month, iso(d)).toBe(nextMonth);
        expect(cur.year, iso(d)).toBe(cur.month === 1 && !cur.leap ? prev.year + 1 : prev.year);
      }
      prev = cur;
    }
  });

  it('Tết always falls between 21/01 and 20/02 and a lunar year has 12 or 13 months', () => {
    for (let y = 1901; y <= 2100; y++) {
      const tet = lunarToSolar(y, 1, 1);
      expect(compareDates(tet, { y, m: 1, d: 21 }), `Tết ${y}`).toBeGreaterThanOrEqual(0);
      expect(compareDates(tet, { y, m: 2, d: 20 }), `Tết ${y}`).toBeLessThanOrEqual(0);
      const days = daysBetween(tet, lunarToSolar(y + 1, 1, 1));
      expect(leapMonthOf(y) === undefined ? [353, 354, 355] : [383, 384, 385], `year ${y}`).toContain(days);
    }
  });
});
