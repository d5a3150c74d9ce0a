import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('movements-active-in-year');

const R = 'movements-active-in-year';
const period = (p: string, head = ''): string => plan(`movements:\n  - id: phong-trao\n    form: regular\n    title: Phong trào\n    period: ${p}\n`, { head });

describe('movements-active-in-year at the edges of the plan year', () => {
  it('accepts a period that shares one day with the year, at either end', async () => {
    expect(await found(period('{ from: 2024-03-01, to: 2025-01-01 }'), R)).toEqual([]);
    expect(await found(period('{ from: 2025-12-31, to: 2026-06-30 }'), R)).toEqual([]);
  });
  it('reports a period ending on 31 December of the year before, at to', async () => {
    const t = period('{ from: 2024-03-01, to: 2024-12-31 }');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2024-12-31')]);
  });
  it('reports a period starting on 1 January of the year after, at from', async () => {
    const t = period('{ from: 2026-01-01, to: 2026-06-30 }');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2026-01-01')]);
  });
  it('judges an open end by the end it has, and leaves a movement without period or a reversed one alone', async () => {
    const t = period('{ to: 2024-12-31 }');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2024-12-31')]);
    expect(await found(period('{ from: 2024-12-31 }'), R)).toEqual([]);
    expect(await found(plan('movements:\n  - { id: phong-trao, form: regular, title: Phong trào }\n'), R)).toEqual([]);
    expect(await found(period('{ from: 2026-02-01, to: 2026-01-01 }'), R)).toEqual([]);
  });
  it('judges a plan with its own period by the period', async () => {
    const head = 'period: { from: 2025-09-01, to: 2026-01-31 }\n';
    expect(await found(period('{ from: 2026-01-31, to: 2026-03-31 }', head), R)).toEqual([]);
    const t = period('{ from: 2026-02-01, to: 2026-03-31 }', head);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2026-02-01')]);
  });
});
