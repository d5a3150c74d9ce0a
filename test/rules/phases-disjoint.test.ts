import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('phases-disjoint');

const R = 'phases-disjoint';
const phases = (spans: [string, string][], o: { head?: string } = {}): string =>
  plan(`phases:\n${spans.map(([f, t], i) => `  - { id: dot-${i + 1}, name: Đợt ${i + 1}, from: ${f}, to: ${t} }\n`).join('')}`, o);

describe('phases-disjoint at the day two phases meet', () => {
  it('accepts a phase that starts the day after the other ends, in either order of the list', async () => {
    expect(await found(phases([['2025-01-01', '2025-06-30'], ['2025-07-01', '2025-12-31']]), R)).toEqual([]);
    expect(await found(phases([['2025-07-01', '2025-12-31'], ['2025-01-01', '2025-06-30']]), R)).toEqual([]);
  });
  it('reports a phase that starts on the other’s last day, at its from', async () => {
    const t = phases([['2025-01-01', '2025-06-30'], ['2025-06-30', '2025-12-31']]);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'from: |2025-06-30')]);
  });
  it('reports the later-starting phase even when it comes first in the list', async () => {
    const t = phases([['2025-06-30', '2025-12-31'], ['2025-01-01', '2025-06-30']]);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'from: |2025-06-30')]);
  });
  it('reports two phases starting the same day at the second listed, and a phase inside another', async () => {
    const same = phases([['2025-01-01', '2025-03-31'], ['2025-01-01', '2025-12-31']]);
    expect(await found(same, R)).toEqual([at(R, 'plan.yaml', same, 'dot-2, name: Đợt 2, from: |2025-01-01')]);
    const inside = phases([['2025-01-01', '2025-12-31'], ['2025-05-01', '2025-05-01']]);
    expect(await found(inside, R)).toEqual([at(R, 'plan.yaml', inside, 'from: |2025-05-01')]);
  });
  it('reports one-day phases on the same day, and not on successive days', async () => {
    const t = phases([['2025-05-01', '2025-05-01'], ['2025-05-01', '2025-05-01']]);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'dot-2, name: Đợt 2, from: |2025-05-01')]);
    expect(await found(phases([['2025-05-01', '2025-05-01'], ['2025-05-02', '2025-05-02']]), R)).toEqual([]);
  });
  it('meets across the new year in a plan with its own period', async () => {
    const head = 'period: { from: 2025-12-01, to: 2026-01-31 }\n';
    expect(await found(phases([['2025-12-01', '2025-12-31'], ['2026-01-01', '2026-01-31']], { head }), R)).toEqual([]);
    const t = phases([['2025-12-01', '2026-01-01'], ['2026-01-01', '2026-01-31']], { head });
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'dot-2, name: Đợt 2, from: |2026-01-01')]);
  });
  it('finds nothing with no phase, one phase, or a reversed phase (periods-ordered’s)', async () => {
    expect(await found(plan('phases: []\n'), R)).toEqual([]);
    expect(await found(phases([['2025-01-01', '2025-12-31']]), R)).toEqual([]);
    expect(await found(phases([['2025-01-01', '2025-06-30'], ['2025-12-31', '2025-06-01']]), R)).toEqual([]);
  });
});
