import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { JsonOutput } from '../../src/formats/json.js';
import { fakeIO } from '../helpers/fake-io.js';
import { at, found, foundWithRelated, plan, workspace } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('year-matches-dates');

const R = 'year-matches-dates';
const phase = (id: string, from: string, to: string): string => `  - { id: ${id}, name: Đợt, from: ${from}, to: ${to} }\n`;
const phases = (...ps: string[]): string => plan(`phases:\n${ps.join('')}`);
const milestones = (...dues: string[]): string => plan(`milestones:\n${dues.map((d, i) => `  - { id: m-${i}, title: M, type: review, due: ${d} }\n`).join('')}`);
const year = (t: string): string => at(R, 'plan.yaml', t, 'year: |2025');

describe('year-matches-dates: the dates of a yearly plan, all in one other year', () => {
  it('reports a plan of 2025 whose one phase runs through 2024 from its first to its last day, pointing at the phase', async () => {
    const t = phases(phase('dot-1', '2024-01-01', '2024-12-31'));
    expect(await foundWithRelated(t, R)).toEqual([`${year(t)} <- ${at(R, 'plan.yaml', t, '2024-01-01').split(' ')[1]}`]);
    expect(await found(phases(phase('dot-1', '2026-01-01', '2026-12-31')), R)).toEqual([year(phases(phase('dot-1', '2026-01-01', '2026-12-31')))]);
  });
  it('finds nothing when one date is in the plan year: 31/12/2024 to 01/01/2025', async () => {
    expect(await found(phases(phase('dot-1', '2024-12-31', '2025-01-01')), R)).toEqual([]);
    expect(await found(phases(phase('dot-1', '2024-01-01', '2024-12-31'), phase('dot-2', '2025-01-01', '2025-12-31')), R)).toEqual([]);
  });
  it('finds nothing when the dates fall in two other years', async () => {
    expect(await found(phases(phase('dot-1', '2023-01-01', '2023-12-31'), phase('dot-2', '2024-01-01', '2024-12-31')), R)).toEqual([]);
  });
  it('needs two dates: one milestone in 2024 is its own mistake, two are the year’s', async () => {
    expect(await found(milestones('2024-12-15'), R)).toEqual([]);
    const t = milestones('2024-06-30', '2024-12-15');
    expect(await found(t, R)).toEqual([year(t)]);
  });
  it('counts a movement of one year, not one of several years, and nothing in a plan with no dates', async () => {
    const m = (from: string, to: string): string => `  - { id: m-${from}, form: regular, title: M, period: { from: ${from}, to: ${to} } }\n`;
    const one = plan(`movements:\n${m('2024-01-01', '2024-12-31')}${m('2024-03-01', '2024-09-30')}`);
    expect(await found(one, R)).toEqual([year(one)]);
    expect(await found(plan(`movements:\n${m('2021-01-01', '2025-12-31')}${m('2024-03-01', '2024-09-30')}`), R)).toEqual([]);
    expect(await found(plan(''), R)).toEqual([]);
  });
  it('finds nothing in a plan with its own period: it has no year to be at odds with', async () => {
    expect(await found(plan(`phases:\n${phase('dot-1', '2024-06-01', '2024-12-31')}`, { head: 'period: { from: 2024-06-01, to: 2025-01-31 }\n' }), R)).toEqual([]);
  });
});

describe('year-matches-dates: the rules that judge dates against the year leave such a plan to it', () => {
  const t = plan(`phases:\n${phase('dot-1', '2024-01-01', '2024-06-30').replace(' }', ', commemorates: [quoc-khanh] }')}${phase('dot-2', '2024-07-01', '2024-12-31')}anniversaries:\n  - { id: quoc-khanh, origin: 1945-09-02, years: 79, date: 2024-09-02 }\n  - { id: thanh-lap-dang, origin: 1930-02-03, years: 94 }\nmovements:\n  - { id: m, form: regular, title: M, period: { from: 2024-01-01, to: 2024-12-31 } }\nmilestones:\n  - { id: tk, title: T, type: review, due: 2024-12-15 }\n`);
  for (const rule of ['phases-within-year', 'phases-cover-year', 'movements-active-in-year', 'milestones-within-year', 'anniversary-years-match', 'anniversary-date-in-window', 'anniversaries-inside-phase']) {
    it(`${rule} finds nothing in a plan of 2025 whose dates are all in 2024, and reports the plan once a phase is in 2025`, async () => {
      expect(await found(t, rule)).toEqual([]);
      // With one phase in 2025 the plan is no longer at odds, and each of these rules has a finding in it.
      const phase3 = t.replace('anniversaries:', `${phase('dot-3', '2025-01-01', '2025-03-31')}anniversaries:`);
      expect((await found(phase3, rule)).filter((f) => f.startsWith(`${rule} `)).length).toBeGreaterThan(0);
    });
  }
  it('so that a full run has one finding in the plan, at its year', async () => {
    const { io, out } = fakeIO({ cwd: workspace(t) });
    expect(await main(['validate', '.', '--format', 'json'], io)).toBe(1);
    expect((JSON.parse(out()) as JsonOutput).diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([year(t)]);
  });
});
