import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('plan-references-resolve');

const R = 'plan-references-resolve';
const DECLARED = `basis:
  - { ref: 98/2023/NĐ-CP, date: 2023-12-31 }
anniversaries:
  - { id: ky-niem, title: Kỷ niệm, origin: 1975-04-30 }
movements:
  - id: phong-trao
    form: regular
    title: Phong trào
    basis: [BASIS]
    commemorates: [MOVEMENT_ANN]
    quotas:
      - { id: chon-xa, owner: so-tu-phap, select: xa, min: 1 }
phases:
  - { id: dot-1, name: Đợt 1, from: 2025-01-01, to: 2025-12-31, commemorates: [PHASE_ANN] }
milestones:
  - { id: bao-cao, title: Báo cáo, type: report, due: 2025-12-15, movement: MOVEMENT }
waivers:
  - { WAIVED, reason: Lồng ghép, document: 16/QĐ-STP }
`;
const refs = (r: Partial<Record<'BASIS' | 'MOVEMENT_ANN' | 'PHASE_ANN' | 'MOVEMENT' | 'WAIVED', string>>): string => {
  const all = { BASIS: '98/2023/NĐ-CP', MOVEMENT_ANN: 'ky-niem', PHASE_ANN: 'ky-niem', MOVEMENT: 'phong-trao', WAIVED: 'obligation: chon-xa', ...r };
  return plan(DECLARED.replace(/BASIS|MOVEMENT_ANN|PHASE_ANN|MOVEMENT|WAIVED/g, (k) => all[k as keyof typeof all]));
};

describe('plan-references-resolve: what a plan may name inside itself', () => {
  it('accepts each declared id, and a waiver of any obligation or of a check rule', async () => {
    for (const w of ['obligation: chon-xa', 'obligation: bao-cao', 'obligation: ky-niem', 'rule: phases-cover-year', 'obligation: phases-cover-year']) {
      expect(await found(refs({ WAIVED: w }), R), w).toEqual([]);
    }
  });
  it('reports an id that differs by one character, at the reference', async () => {
    const t = refs({ BASIS: '98/2023/NĐ-CP1', MOVEMENT_ANN: 'ky-niem-1', PHASE_ANN: 'ky-nie', MOVEMENT: 'phong-trao-1', WAIVED: 'obligation: chon-xa-1' });
    expect(await found(t, R)).toEqual(['98/2023/NĐ-CP1', 'ky-niem-1', 'ky-nie]', 'phong-trao-1', 'chon-xa-1'].map((n) => at(R, 'plan.yaml', t, n)).sort());
  });
  it('does not take an id of another kind: a milestone named as an anniversary, a phase as an obligation, a rule that is not one', async () => {
    const t = refs({ PHASE_ANN: 'bao-cao', WAIVED: 'obligation: dot-1' });
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'commemorates: [|bao-cao]'), at(R, 'plan.yaml', t, 'obligation: |dot-1')].sort());
    const rule = refs({ WAIVED: 'rule: chon-xa' });
    expect(await found(rule, R)).toEqual([at(R, 'plan.yaml', rule, 'rule: |chon-xa')]);
  });
  it('finds nothing in a plan that names nothing', async () => {
    expect(await found(plan('phases:\n  - { id: dot-1, name: Đợt 1, from: 2025-01-01, to: 2025-12-31, commemorates: [] }\nwaivers: []\n'), R)).toEqual([]);
  });
});
