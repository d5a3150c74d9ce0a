import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversary-years-match');

const R = 'anniversary-years-match';
const ann = (fields: string, head = ''): string => plan(`anniversaries:\n  - { id: ky-niem, title: Kỷ niệm, ${fields} }\n`, { head });

describe('anniversary-years-match at the ordinal', () => {
  it('accepts year − origin year exactly, and reports one less and one more at years', async () => {
    expect(await found(ann('origin: 1945-09-02, years: 80'), R)).toEqual([]);
    for (const years of [79, 81]) {
      const t = ann(`origin: 1945-09-02, years: ${years}`);
      expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, `years: |${years}`)]);
    }
  });
  it('counts years, not days: an origin on 31 December or 1 January gives the same ordinal', async () => {
    expect(await found(ann('origin: 1930-12-31, years: 95'), R)).toEqual([]);
    expect(await found(ann('origin: 1930-01-01, years: 95'), R)).toEqual([]);
    expect(await found(ann('origin: 2000-02-29, years: 25'), R)).toEqual([]);
  });
  it('takes the ordinal from a stated date in the next year (06/01/2026 is the 80th)', async () => {
    expect(await found(ann('origin: 1946-01-06, date: 2026-01-06, years: 80'), R)).toEqual([]);
    const t = ann('origin: 1946-01-06, date: 2026-01-06, years: 79');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'years: |79')]);
  });
  it('accepts the ordinal of any occurrence inside a drive’s window across the new year, and no other', async () => {
    const head = 'period: { from: 2024-06-01, to: 2026-01-31 }\n';
    expect(await found(ann('origin: 1946-01-06, years: 79', head), R)).toEqual([]);
    expect(await found(ann('origin: 1946-01-06, years: 80', head), R)).toEqual([]);
    const t = ann('origin: 1946-01-06, years: 78', head);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'years: |78')]);
  });
  it('says nothing without years or without an origin of its own', async () => {
    expect(await found(ann('origin: 1945-09-02'), R)).toEqual([]);
    expect(await found(ann('ref: quoc-khanh, years: 3'), R)).toEqual([]);
    expect(await found(plan('anniversaries: []\n'), R)).toEqual([]);
  });
});

describe('anniversary-years-match in a drive that does not reach the day', () => {
  const head = 'period: { from: 2025-03-01, to: 2025-04-30 }\n';
  it('judges the plan year’s occurrence: its ordinal passes, one less fails', async () => {
    expect(await found(ann('origin: 1945-09-02, years: 80', head), R)).toEqual([]);
    const t = ann('origin: 1945-09-02, years: 79', head);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'years: |79')]);
  });
  it('and so does anniversary-matches-catalogue for a ref', async () => {
    const C = 'anniversary-matches-catalogue';
    expect(await found(plan('anniversaries:\n  - { id: qk, ref: quoc-khanh, years: 80 }\n', { head }), C)).toEqual([]);
    const t = plan('anniversaries:\n  - { id: qk, ref: quoc-khanh, years: 79 }\n', { head });
    expect(await found(t, C)).toEqual([at(C, 'plan.yaml', t, 'years: |79')]);
  });
});
