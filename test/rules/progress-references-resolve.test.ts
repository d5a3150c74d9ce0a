import { describe, expect, it } from 'vitest';
import { at, found, plan, progress, RECORDS_BODY, UNITS } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('progress-references-resolve');

const R = 'progress-references-resolve';
const BODY = RECORDS_BODY;
const p25 = plan(BODY);
/** The next year's plan, with the same number: its milestone is tong-ket, so a record shows which plan it was read against. */
const p26 = plan(BODY.replace('{ id: bao-cao, title: Báo cáo, type: report, due: 2025-12-15 }', '{ id: tong-ket, title: Tổng kết, type: review, due: 2026-12-15 }'), { year: 2026 });
/** A progress file with `head` (planYear, asOf) and one record of each kind naming `ids`. */
const report = (head: string, ids = { q: 'chon-xa', a: 'ky-niem', t: 'hoa-giai', m: 'bao-cao', by: 'so-tu-phap' }): string =>
  progress(`${head}selections:
  - { quota: ${ids.q}, by: ${ids.by}, chosen: xa-b }
activities:
  - { commemorates: ${ids.a}, by: so-tu-phap, date: 2025-04-30 }
targets:
  - { target: ${ids.t}, by: so-tu-phap, achieved: 3 }
milestones:
  - { milestone: ${ids.m}, by: so-tu-phap, done: 2025-12-01 }
`);

describe('progress-references-resolve: which plan a progress file reports on', () => {
  it('resolves one plan by its number alone', async () => {
    expect(await found({ 'plan.yaml': p25, 'progress.yaml': report('') }, R)).toEqual([]);
  });
  it('finds two plans with the number ambiguous, at plan, and picks one by planYear', async () => {
    const t = report('');
    expect(await found({ 'plan.yaml': p25, 'plan-2026.yaml': p26, 'progress.yaml': t }, R)).toEqual([at(R, 'progress.yaml', t, '06/KH-STP')]);
    expect(await found({ 'plan.yaml': p25, 'plan-2026.yaml': p26, 'progress.yaml': report('planYear: 2025\n') }, R)).toEqual([]);
    const none = report('planYear: 2027\n');
    expect(await found({ 'plan.yaml': p25, 'plan-2026.yaml': p26, 'progress.yaml': none }, R)).toEqual([at(R, 'progress.yaml', none, '06/KH-STP')]);
  });
  it('picks by the year of asOf: 31/12/2025 reads the 2025 plan, 01/01/2026 the 2026 one (where bao-cao is unknown)', async () => {
    expect(await found({ 'plan.yaml': p25, 'plan-2026.yaml': p26, 'progress.yaml': report('asOf: 2025-12-31\n') }, R)).toEqual([]);
    const t = report('asOf: 2026-01-01\n');
    expect(await found({ 'plan.yaml': p25, 'plan-2026.yaml': p26, 'progress.yaml': t }, R)).toEqual([at(R, 'progress.yaml', t, 'milestone: |bao-cao')]);
  });
  it('takes the nearest folder’s plan before a parent folder’s of the same number', async () => {
    expect(await found({ 'plan.yaml': p26, 'huyen/plan.yaml': p25, 'huyen/progress.yaml': report('') }, R)).toEqual([]);
  });
});

describe('progress-references-resolve: ids inside the plan it reports on', () => {
  it('reports each unknown id once, at the id, and accepts the plan’s own', async () => {
    const t = report('', { q: 'chon-xa-2', a: 'ky-niem-2', t: 'hoa-giai-2', m: 'bao-cao-2', by: 'so-tu-phap-2' });
    expect(await found({ 'plan.yaml': p25, 'progress.yaml': t }, R)).toEqual(
      ['chon-xa-2', 'so-tu-phap-2', 'ky-niem-2', 'hoa-giai-2', 'bao-cao-2'].map((id) => at(R, 'progress.yaml', t, id)).sort(),
    );
  });
  it('does not take an id of another kind (a milestone named as a target)', async () => {
    const t = report('', { q: 'chon-xa', a: 'ky-niem', t: 'bao-cao', m: 'bao-cao', by: 'so-tu-phap' });
    expect(await found({ 'plan.yaml': p25, 'progress.yaml': t }, R)).toEqual([at(R, 'progress.yaml', t, 'target: |bao-cao')]);
  });
  it('finds nothing in a progress file with empty lists', async () => {
    expect(await found({ 'plan.yaml': p25, 'progress.yaml': progress('selections: []\nactivities: []\n') }, R)).toEqual([]);
  });
});

describe('progress-references-resolve: a plan that failed its schema', () => {
  // A required field missing: the plan is not salvaged (src/load/salvage.ts), and its own finding is the one.
  const noYear = p25.replace('year: 2025\n', '');
  const noTitle = p25.replace(/^title: .*\n/m, '');
  const required = (text: string): string => at('schema/required', 'plan.yaml', text, 'thidua: 1');
  it('finds only the plan’s own finding when the plan it names lacks a required field', async () => {
    expect(await found({ 'plan.yaml': noYear, 'progress.yaml': report('') }, R)).toEqual([required(noYear)]);
    expect(await found({ 'plan.yaml': noTitle, 'progress.yaml': report('planYear: 2025\n') }, R)).toEqual([required(noTitle)]);
  });
  it('still finds no plan for another number, or for another year than the refused plan’s', async () => {
    const other = progress('', '07/KH-STP');
    expect(await found({ 'plan.yaml': noYear, 'progress.yaml': other }, R)).toEqual([at(R, 'progress.yaml', other, '07/KH-STP'), required(noYear)]);
    const later = report('planYear: 2026\n');
    expect(await found({ 'plan.yaml': noTitle, 'progress.yaml': later }, R)).toEqual([at(R, 'progress.yaml', later, '06/KH-STP'), required(noTitle)]);
  });
  it('takes the refused plan of its own folder before a valid one of the same number elsewhere', async () => {
    // b's plan has no milestone bao-cao: read against it, the progress file would have a finding.
    const files = { 'a/units.yaml': UNITS, 'b/units.yaml': UNITS, 'a/plan.yaml': noTitle, 'a/progress.yaml': report(''), 'b/plan.yaml': p26 };
    expect(await found(files, R)).toEqual([required(noTitle).replace('plan.yaml', 'a/plan.yaml')]);
    const t = report('');
    expect(await found({ ...files, 'a/plan.yaml': p25.replace('06/KH-STP', '05/KH-STP') }, R)).toEqual([at(R, 'a/progress.yaml', t, 'milestone: |bao-cao')]);
  });
});
