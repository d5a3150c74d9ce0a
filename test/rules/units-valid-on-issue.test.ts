import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('units-valid-on-issue');

// The edges of validFrom and validTo for a named unit are in boundaries.test.ts; these are owners by kind.
const R = 'units-valid-on-issue';
/** A milestone owned by `{kind: phong-tu-phap}`: in UNITS the only such unit, ptp-cu, ends on 30/06/2025. */
const byKind = (issued: string, extra = ''): { files: Record<string, string>; text: string } => {
  const text = plan('milestones:\n  - { id: bao-cao, title: Báo cáo, type: report, due: 2025-12-15, owner: { kind: phong-tu-phap } }\n', { issued });
  return { files: { 'plan.yaml': text, ...(extra ? { 'huyen.yaml': `thidua: 1\nkind: units\nunits:\n  - ${extra}\n` } : {}) }, text };
};

describe('units-valid-on-issue for an owner named by kind', () => {
  it('accepts the kind on the last day one of its units exists', async () => {
    expect(await found(byKind('2025-06-30').files, R)).toEqual([]);
  });
  it('reports the kind the day after its last unit ends, at the owner', async () => {
    const { files, text } = byKind('2025-07-01');
    expect(await found(files, R)).toEqual([at(R, 'plan.yaml', text, 'owner: |{ kind')]);
  });
  it('accepts the kind when any one of its units exists: a successor from its first day, and not the day before it', async () => {
    const successor = (from: string): string => `{ id: ptp-moi, name: Phòng Tư pháp mới, kind: phong-tu-phap, parent: so-tu-phap, validFrom: ${from} }`;
    expect(await found(byKind('2025-07-01', successor('2025-07-01')).files, R)).toEqual([]);
    // The successor's file comes first: the kind still exists on 30/06 through the unit that ends that day.
    expect(await found(byKind('2025-06-30', successor('2025-07-01')).files, R)).toEqual([]);
    const gap = byKind('2025-07-01', successor('2025-07-02'));
    expect(await found(gap.files, R)).toEqual([at(R, 'plan.yaml', gap.text, 'owner: |{ kind')]);
  });
});
