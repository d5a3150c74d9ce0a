import { describe, expect, it } from 'vitest';
import { at, found, plan, progress } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('activities-within-phase');

const R = 'activities-within-phase';
const PHASES = `anniversaries:
  - { id: giai-phong, title: Giải phóng miền Nam, origin: 1975-04-30 }
  - { id: quoc-khanh, title: Quốc khánh, origin: 1945-09-02 }
  - { id: sinh-nhat-bac, title: Sinh nhật Bác, origin: 1890-05-19 }
phases:
  - { id: dot-1, name: Đợt 1, from: 2025-04-01, to: 2025-05-31, commemorates: [giai-phong, sinh-nhat-bac] }
  - { id: dot-2, name: Đợt 2, from: 2025-08-01, to: 2025-09-30, commemorates: [quoc-khanh, sinh-nhat-bac] }
`;
/** Activities (commemorates, date) by so-tu-phap, against the phases above. */
const held = (list: [string, string][], phases = PHASES): { files: Record<string, string>; text: string } => {
  const text = progress(`activities:\n${list.map(([c, d]) => `  - { commemorates: ${c}, by: so-tu-phap, date: ${d} }\n`).join('')}`);
  return { files: { 'plan.yaml': plan(phases), 'progress.yaml': text }, text };
};

describe('activities-within-phase at the edges of the phase', () => {
  it('accepts activities on the first and last day of the phase that commemorates the day', async () => {
    expect(await found(held([['giai-phong', '2025-04-01'], ['giai-phong', '2025-05-31']]).files, R)).toEqual([]);
  });
  it('reports the day before and the day after, at the activity’s date', async () => {
    const { files, text } = held([['giai-phong', '2025-03-31'], ['giai-phong', '2025-06-01']]);
    expect(await found(files, R)).toEqual([at(R, 'progress.yaml', text, '2025-03-31'), at(R, 'progress.yaml', text, '2025-06-01')].sort());
  });
  it('accepts a day inside any of several phases that commemorate it, and reports one outside all of them', async () => {
    expect(await found(held([['sinh-nhat-bac', '2025-05-31'], ['sinh-nhat-bac', '2025-08-01']]).files, R)).toEqual([]);
    const { files, text } = held([['sinh-nhat-bac', '2025-07-15']]);
    expect(await found(files, R)).toEqual([at(R, 'progress.yaml', text, '2025-07-15')]);
  });
  it('does not hold an activity to a phase of another anniversary (04/2025 is not Quốc khánh’s phase)', async () => {
    const { files, text } = held([['quoc-khanh', '2025-04-15']]);
    expect(await found(files, R)).toEqual([at(R, 'progress.yaml', text, '2025-04-15')]);
  });
  it('leaves alone an anniversary no phase commemorates, a plan without phases, and an empty list', async () => {
    const none = `anniversaries:\n  - { id: giai-phong, title: Giải phóng miền Nam, origin: 1975-04-30 }\n`;
    expect(await found(held([['giai-phong', '2025-12-31']], none).files, R)).toEqual([]);
    expect(await found(held([['giai-phong', '2025-12-31']], `${none}phases: []\n`).files, R)).toEqual([]);
    expect(await found({ 'plan.yaml': plan(PHASES), 'progress.yaml': progress('activities: []\n') }, R)).toEqual([]);
  });
  it('leaves alone a reversed phase (periods-ordered’s finding)', async () => {
    const reversed = PHASES.replace('from: 2025-04-01, to: 2025-05-31', 'from: 2025-05-31, to: 2025-04-01');
    expect(await found(held([['giai-phong', '2025-06-01']], reversed).files, R)).toEqual([]);
  });
});
