import { describe, expect, it } from 'vitest';
import { judgeTarget, meets, targetFigure } from '../../src/domain/target-judgement.js';

// Hưng Yên, school year 2025–2026 (research/hungyen-sgddt-1006-2025-L-N.yaml): teachers who
// corrected the l/n error, by level, to the end of 12/2025.
const levels = [
  { by: 'mam-non', achieved: 4190, of: 6418 },
  { by: 'tieu-hoc', achieved: 939, of: 1250 },
  { by: 'thcs', achieved: 920, of: 1200 },
  { by: 'thpt', achieved: 172, of: 270 },
  { by: 'gdtx', achieved: 1188, of: 2321 },
];
const bareRates = [65.3, 75.12, 75.41, 63.7, 51.18].map((achieved, i) => ({ by: levels[i]!.by, achieved }));

describe('the figure of a target', () => {
  it('adds counts, without floating noise', () => {
    expect(targetFigure('count', 'so', [{ by: 'a', achieved: 0.1 }, { by: 'b', achieved: 0.2 }])).toEqual({ value: 0.3, how: 'sum' });
    expect(targetFigure('count', 'so', bareRates).value).toBe(330.71);
  });

  it('never adds rates: weighted where numerator and denominator are reported', () => {
    expect(targetFigure('rate', 'so-gd', levels)).toEqual({ value: 64.66, how: 'weighted' });
  });

  it("takes the owner's own rate, or a single one; several bare rates cannot be combined", () => {
    expect(targetFigure('rate', 'so-gd', bareRates)).toEqual({ value: undefined, how: 'not-combinable' });
    expect(targetFigure('rate', 'thcs', bareRates)).toEqual({ value: 75.41, how: 'own' });
    expect(targetFigure('rate', 'so-gd', [{ by: 'thcs', achieved: 920, of: 1200 }])).toEqual({ value: 76.67, how: 'weighted' });
    expect(targetFigure('amount', 'xa', [{ by: 'xa', achieved: 74.2 }])).toEqual({ value: 74.2, how: 'own' });
    expect(targetFigure('rate', 'so-gd', [])).toEqual({ value: undefined, how: 'none' });
  });
});

describe('meeting a target', () => {
  it('at-least and reduce-to at their boundary', () => {
    expect(meets('at-least', 80, 80)).toBe(true);
    expect(meets('at-least', 79.99, 80)).toBe(false);
    expect(meets('reduce-to', 0.58, 0.58)).toBe(true);
    expect(meets('reduce-to', 0.59, 0.58)).toBe(false);
    expect(meets('at-least', undefined, 0)).toBe(false);
  });

  it('a level to keep is pending until its due day, then judged on the figure standing then', () => {
    const full = { value: 100, how: 'own' as const };
    const dipped = { value: 98, how: 'own' as const };
    // Mid-year, even a met figure does not pass a level to keep.
    expect(judgeTarget('keep', 100, full, full, true, true).outcome).toBe('pending');
    // On the due day it is judged.
    expect(judgeTarget('keep', 100, full, full, false, true).outcome).toBe('pass');
    expect(judgeTarget('keep', 100, dipped, dipped, false, true)).toEqual({ outcome: 'fail', reason: 'short' });
  });

  it('at-least: pass when met by the due day, pending before, late when met after, fail when not', () => {
    const met = { value: 80, how: 'weighted' as const };
    const short = { value: 64.66, how: 'weighted' as const };
    expect(judgeTarget('at-least', 80, short, short, true, true).outcome).toBe('pending');
    expect(judgeTarget('at-least', 80, met, met, true, true).outcome).toBe('pass');
    expect(judgeTarget('at-least', 80, met, short, false, false).outcome).toBe('late');
    expect(judgeTarget('at-least', 80, short, short, false, false)).toEqual({ outcome: 'fail', reason: 'short' });
    const none = { value: undefined, how: 'not-combinable' as const };
    expect(judgeTarget('at-least', 80, none, none, false, false)).toEqual({ outcome: 'fail', reason: 'not-combinable' });
  });
});
