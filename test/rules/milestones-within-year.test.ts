import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('milestones-within-year');

const R = 'milestones-within-year';
const due = (days: string[], head = ''): string =>
  plan(`milestones:\n${days.map((d, i) => `  - { id: moc-${i + 1}, title: Báo cáo ${i + 1}, type: report, due: ${d} }\n`).join('')}`, { head });

describe('milestones-within-year at the edges of the plan year', () => {
  it('accepts a milestone due on 1 January and one due on 31 December', async () => {
    expect(await found(due(['2025-01-01', '2025-12-31']), R)).toEqual([]);
  });
  it('reports the day before the year and the day after it, each at its due date', async () => {
    const t = due(['2024-12-31', '2026-01-01', '2025-06-30']);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2024-12-31'), at(R, 'plan.yaml', t, '2026-01-01')].sort());
  });
  it('finds nothing without milestones', async () => {
    expect(await found(plan(''), R)).toEqual([]);
    expect(await found(plan('milestones: []\n'), R)).toEqual([]);
  });
  it('judges a plan with its own period by the period, across the new year', async () => {
    const head = 'period: { from: 2025-10-01, to: 2026-01-15 }\n';
    expect(await found(due(['2025-10-01', '2026-01-15'], head), R)).toEqual([]);
    const t = due(['2025-09-30', '2026-01-16'], head);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-09-30'), at(R, 'plan.yaml', t, '2026-01-16')].sort());
  });
});
