import { describe, expect, it } from 'vitest';
import { at, found, plan, workspace } from '../helpers/rule-cases.js';
import { ruleFixtureSuite, runFixture } from '../helpers/rule-fixture.js';

ruleFixtureSuite('phases-cover-year');

const R = 'phases-cover-year';
const phases = (spans: [string, string][], o: { year?: number; head?: string } = {}): string =>
  plan(`phases:\n${spans.map(([f, t], i) => `  - { id: dot-${i + 1}, name: Đợt ${i + 1}, from: ${f}, to: ${t} }\n`).join('')}`, o);
/** The gaps reported, as the message words them (English), each at the `phases` key. */
const gaps = async (text: string): Promise<string[]> => {
  const ds = await runFixture(workspace(text), R);
  const key = at(R, 'plan.yaml', text, 'phases:');
  return ds.map((d) => (`${d.code} ${d.file}:${d.line}:${d.column}` === key ? d.message : `elsewhere: ${d.code} ${d.line}:${d.column}`));
};

describe('phases-cover-year at the edges of the plan year', () => {
  it('accepts one phase from 1 January to 31 December, and phases that meet day to day', async () => {
    expect(await found(phases([['2025-01-01', '2025-12-31']]), R)).toEqual([]);
    expect(await found(phases([['2025-01-01', '2025-06-30'], ['2025-07-01', '2025-12-31']]), R)).toEqual([]);
  });
  it('reports one missing day at the seam, at the start and at the end of the year', async () => {
    expect(await gaps(phases([['2025-01-01', '2025-06-30'], ['2025-07-02', '2025-12-31']]))).toEqual(['No phase covers 01/07/2025.']);
    expect(await gaps(phases([['2025-01-02', '2025-12-31']]))).toEqual(['No phase covers 01/01/2025.']);
    expect(await gaps(phases([['2025-01-01', '2025-12-30']]))).toEqual(['No phase covers 31/12/2025.']);
  });
  it('counts 29 February in a leap year, and not in another', async () => {
    expect(await gaps(phases([['2024-01-01', '2024-02-28'], ['2024-03-01', '2024-12-31']], { year: 2024 }))).toEqual(['No phase covers 29/02/2024.']);
    expect(await found(phases([['2025-01-01', '2025-02-28'], ['2025-03-01', '2025-12-31']]), R)).toEqual([]);
  });
  it('is satisfied by overlapping phases and by phases reaching outside the year (other rules’ findings)', async () => {
    expect(await found(phases([['2025-01-01', '2025-08-31'], ['2025-06-01', '2025-12-31']]), R)).toEqual([]);
    expect(await found(phases([['2024-12-01', '2025-06-30'], ['2025-07-01', '2026-01-31']]), R)).toEqual([]);
  });
  it('leaves a plan without phases, or with an empty list, alone', async () => {
    expect(await found(plan(''), R)).toEqual([]);
    expect(await found(plan('phases: []\n'), R)).toEqual([]);
  });
  it('judges a plan with its own period from its first day to its last, across the new year', async () => {
    const head = 'period: { from: 2025-12-01, to: 2026-01-31 }\n';
    expect(await found(phases([['2025-12-01', '2025-12-31'], ['2026-01-01', '2026-01-31']], { head }), R)).toEqual([]);
    expect(await gaps(phases([['2025-12-01', '2025-12-31'], ['2026-01-02', '2026-01-30']], { head }))).toEqual([
      'No phase covers 01/01/2026.',
      'No phase covers 31/01/2026.',
    ]);
  });
});
