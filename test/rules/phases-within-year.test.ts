import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('phases-within-year');

const R = 'phases-within-year';
const phases = (from: string, to: string, head = ''): string => plan(`phases:\n  - { id: dot-1, name: Đợt 1, from: ${from}, to: ${to} }\n`, { head });

describe('phases-within-year at the edges of the plan year', () => {
  it('accepts a phase from 1 January to 31 December, both days included', async () => {
    expect(await found(phases('2025-01-01', '2025-12-31'), R)).toEqual([]);
    expect(await found(phases('01/01/2025', '31/12/2025'), R)).toEqual([]);
  });
  it('reports the day before the year at from, and the day after it at to', async () => {
    const t = phases('2024-12-31', '2026-01-01');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'from: |2024-12-31'), at(R, 'plan.yaml', t, 'to: |2026-01-01')].sort());
  });
  it('reports a leap day of another year, and accepts the plan year’s own', async () => {
    const t = phases('2024-02-29', '2025-03-01');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2024-02-29')]);
    expect(await found(plan('phases:\n  - { id: dot-1, from: 2024-02-29, to: 2024-12-31 }\n', { year: 2024 }), R)).toEqual([]);
  });
  it('finds nothing in a plan without phases or with an empty list', async () => {
    expect(await found(plan(''), R)).toEqual([]);
    expect(await found(plan('phases: []\n'), R)).toEqual([]);
  });
  it('judges a plan with its own period by the period, across the new year', async () => {
    const head = 'period: { from: 2025-12-01, to: 2026-01-31 }\n';
    expect(await found(phases('2025-12-01', '2026-01-31', head), R)).toEqual([]);
    const t = phases('2025-11-30', '2026-02-01', head);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-11-30'), at(R, 'plan.yaml', t, '2026-02-01')].sort());
  });
});
