import { describe, expect, it } from 'vitest';
import { applyOffset, moveDate, offsetOf, shiftByYears, wholeYears, windowShift } from '../../src/authoring/next-window.js';
import { date, toISO } from '../../src/model/date.js';

const d = (iso: string) => {
  const [y, m, day] = iso.split('-').map(Number);
  return date(y!, m!, day!);
};

describe('offsetOf', () => {
  it('is whole years when the day and month are kept, days otherwise', () => {
    expect(offsetOf(d('2025-09-05'), d('2026-09-05'))).toEqual({ years: 1 });
    expect(offsetOf(d('2024-02-29'), d('2025-02-28'))).toEqual({ years: 1 });
    expect(offsetOf(d('2025-09-05'), d('2026-09-04'))).toEqual({ days: 364 });
    expect(offsetOf(d('2025-09-05'), d('2025-09-05'))).toEqual({ days: 0 });
  });

  it('moves by years keeping the day (29/02 → 28/02) and by days across a year end', () => {
    expect(toISO(applyOffset(d('2024-02-29'), { years: 1 }))).toBe('2025-02-28');
    expect(toISO(applyOffset(d('2025-12-25'), { days: 10 }))).toBe('2026-01-04');
  });
});

describe('moveDate: a date moves with the edge of the window it belongs to', () => {
  // An old drive of 11 days, a new one of 21 days that starts 5 days later.
  const s = windowShift({ from: d('2026-01-01'), to: d('2026-01-11') }, { from: d('2026-01-06'), to: d('2026-01-26') });
  const moved = (iso: string) => toISO(moveDate(d(iso), s));

  it('with the start: before the window, on its first day, up to and on its midpoint', () => {
    expect(s.start).toEqual({ days: 5 });
    expect(s.end).toEqual({ days: 15 });
    expect(moved('2025-12-31')).toBe('2026-01-05');
    expect(moved('2026-01-01')).toBe('2026-01-06');
    expect(moved('2026-01-06')).toBe('2026-01-11');
  });

  it('with the end: just after the midpoint, on the last day, after the window', () => {
    expect(moved('2026-01-07')).toBe('2026-01-22');
    expect(moved('2026-01-11')).toBe('2026-01-26');
    expect(moved('2026-01-12')).toBe('2026-01-27');
  });

  it('by whole years when both edges move alike, across the new year (a school year)', () => {
    const y = shiftByYears({ from: d('2025-09-05'), to: d('2026-05-31') }, 1);
    expect(wholeYears(y)).toBe(1);
    expect(wholeYears(s)).toBeUndefined();
    expect(toISO(y.next.from)).toBe('2026-09-05');
    expect(toISO(y.next.to)).toBe('2027-05-31');
    for (const [from, to] of [
      ['2025-09-05', '2026-09-05'],
      ['2025-12-31', '2026-12-31'],
      ['2026-01-01', '2027-01-01'],
      ['2026-05-31', '2027-05-31'],
      ['2026-06-15', '2027-06-15'],
    ]) expect(toISO(moveDate(d(from!), y))).toBe(to);
  });
});
