import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversaries-inside-phase');

const R = 'anniversaries-inside-phase';
/** Phase dot-1 from–to commemorates the anniversary `ann` (one line of YAML). */
const greeting = (from: string, to: string, ann: string, o: { year?: number; head?: string } = {}): string =>
  plan(`anniversaries:\n  - ${ann}\nphases:\n  - { id: dot-1, name: Đợt 1, from: ${from}, to: ${to}, commemorates: [ky-niem] }\n`, o);
const dated = (date: string): string => `{ id: ky-niem, title: Kỷ niệm, origin: 1975-04-30, date: ${date} }`;

describe('anniversaries-inside-phase at the edges of the phase', () => {
  it('accepts an anniversary on the phase’s first and on its last day', async () => {
    expect(await found(greeting('2025-04-30', '2025-06-30', dated('2025-04-30')), R)).toEqual([]);
    expect(await found(greeting('2025-01-01', '2025-04-30', dated('2025-04-30')), R)).toEqual([]);
  });
  it('reports the day before the phase and the day after it, at the commemorated id', async () => {
    for (const [from, to] of [['2025-05-01', '2025-06-30'], ['2025-01-01', '2025-04-29']]) {
      const t = greeting(from!, to!, dated('2025-04-30'));
      expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'commemorates: [|ky-niem]')]);
    }
  });
  it('dates an anniversary without date by its origin in the plan year: 29/02 falls on 28/02 outside a leap year', async () => {
    const leap = '{ id: ky-niem, title: Kỷ niệm, origin: 2000-02-29 }';
    expect(await found(greeting('2025-02-01', '2025-02-28', leap), R)).toEqual([]);
    const t = greeting('2025-03-01', '2025-03-31', leap);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'commemorates: [|ky-niem]')]);
    expect(await found(greeting('2024-02-29', '2024-03-31', leap, { year: 2024 }), R)).toEqual([]);
  });
  it('takes the occurrence a drive aims at across the new year (06/01/2026, not 06/01/2025)', async () => {
    const head = 'period: { from: 2025-12-01, to: 2026-01-31 }\n';
    const ann = '{ id: ky-niem, title: Tổng tuyển cử, origin: 1946-01-06 }';
    expect(await found(greeting('2025-12-20', '2026-01-06', ann, { head }), R)).toEqual([]);
    const t = greeting('2025-12-01', '2026-01-05', ann, { head });
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'commemorates: [|ky-niem]')]);
  });
  it('leaves alone a reversed phase, an unknown id (other rules’ findings) and a phase that commemorates nothing', async () => {
    expect(await found(greeting('2025-06-30', '2025-05-01', dated('2025-04-30')), R)).toEqual([]);
    expect(await found(plan('phases:\n  - { id: dot-1, name: Đợt 1, from: 2025-01-01, to: 2025-03-31, commemorates: [khong-co] }\n'), R)).toEqual([]);
    expect(await found(plan('phases:\n  - { id: dot-1, name: Đợt 1, from: 2025-01-01, to: 2025-03-31, commemorates: [] }\n'), R)).toEqual([]);
  });
});
