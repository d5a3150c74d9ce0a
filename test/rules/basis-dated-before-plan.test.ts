import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('basis-dated-before-plan');

const R = 'basis-dated-before-plan';
const cites = (date: string, issued: string, year = 2025): string =>
  plan(`basis:\n  - { ref: 98/2023/NĐ-CP, date: ${date}, title: Nghị định quy định chi tiết Luật Thi đua khen thưởng }\n`, { issued, year });

describe('basis-dated-before-plan at the issue day', () => {
  it('accepts a basis dated the day before the plan, and on the same day', async () => {
    expect(await found(cites('2025-01-09', '2025-01-10'), R)).toEqual([]);
    expect(await found(cites('2025-01-10', '2025-01-10'), R)).toEqual([]);
    expect(await found(cites('10/01/2025', '2025-01-10'), R)).toEqual([]);
  });
  it('reports a basis dated the day after, at its date', async () => {
    const t = cites('2025-01-11', '2025-01-10');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-01-11')]);
  });
  it('orders across the new year and a leap day', async () => {
    expect(await found(cites('2024-12-31', '2025-01-01'), R)).toEqual([]);
    const t = cites('2025-01-01', '2024-12-31', 2025);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'date: |2025-01-01')]);
    expect(await found(cites('2024-02-29', '2024-02-29', 2024), R)).toEqual([]);
    const leap = cites('2024-03-01', '2024-02-29', 2024);
    expect(await found(leap, R)).toEqual([at(R, 'plan.yaml', leap, '2024-03-01')]);
  });
  it('finds nothing without basis, with an empty list, or for a basis without a date', async () => {
    expect(await found(plan(''), R)).toEqual([]);
    expect(await found(plan('basis: []\n'), R)).toEqual([]);
    expect(await found(plan('basis:\n  - { ref: 98/2023/NĐ-CP }\n'), R)).toEqual([]);
  });
});
