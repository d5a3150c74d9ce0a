import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversary-years-stated');

const R = 'anniversary-years-stated';
const ann = (fields: string, head = ''): string => plan(`anniversaries:\n  - { id: ky-niem, title: Kỷ niệm, ${fields} }\n`, { head });

describe('anniversary-years-stated from the first anniversary on', () => {
  it('asks for the ordinal of a first anniversary (origin the year before, even on 31 December)', async () => {
    for (const origin of ['2024-01-01', '2024-12-31']) {
      const t = ann(`origin: ${origin}`);
      expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, origin)]);
    }
  });
  it('asks nothing in the origin’s own year (year 0) or of an origin after the plan year', async () => {
    expect(await found(ann('origin: 2025-01-01'), R)).toEqual([]);
    expect(await found(ann('origin: 2025-12-31'), R)).toEqual([]);
    expect(await found(ann('origin: 2026-01-01'), R)).toEqual([]);
  });
  it('is satisfied by any stated years, and asks nothing without an origin', async () => {
    expect(await found(ann('origin: 1945-09-02, years: 80'), R)).toEqual([]);
    expect(await found(ann('ref: quoc-khanh'), R)).toEqual([]);
    expect(await found(plan('anniversaries: []\n'), R)).toEqual([]);
  });
  it('counts from the occurrence a drive aims at: an origin of 2025 is a first anniversary in 2026', async () => {
    const head = 'period: { from: 2025-06-01, to: 2026-01-31 }\n';
    const t = ann('origin: 2025-01-06', head);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '2025-01-06')]);
    expect(await found(ann('origin: 2025-06-02', head), R)).toEqual([]);
  });
});
