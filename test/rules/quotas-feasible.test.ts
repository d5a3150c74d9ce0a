import { describe, expect, it } from 'vitest';
import { at, found, plan, UNITS } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('quotas-feasible');

// min against the count, and owners that do not exist, are also in boundaries.test.ts.
const R = 'quotas-feasible';
/** UNITS plus xa-d [bai-ngang] under so-tu-phap, which ends on 30/06/2025. */
const units = `${UNITS}  - { id: xa-d, name: Xã D, kind: xa, parent: so-tu-phap, tags: [bai-ngang], validTo: 2025-06-30 }\n`;
const quota = (fields: string, issued: string): string =>
  plan(`movements:\n  - id: phong-trao\n    form: regular\n    title: Phong trào\n    quotas:\n      - { id: chon-xa, select: xa, ${fields} }\n`, { issued });
const check = (text: string): Promise<string[]> => found({ 'units.yaml': units, 'plan.yaml': text }, R);

describe('quotas-feasible counts the units that qualify on the issue date', () => {
  it('counts a candidate on its last day and not the day after (xa-a and xa-d carry bai-ngang)', async () => {
    expect(await check(quota('owner: so-tu-phap, min: 2, where: { tags: [bai-ngang] }', '2025-06-30'))).toEqual([]);
    const t = quota('owner: so-tu-phap, min: 2, where: { tags: [bai-ngang] }', '2025-07-01');
    expect(await check(t)).toEqual([at(R, 'plan.yaml', t, 'min: |2')]);
  });
  it('counts only units carrying every tag: two carry ven-bien, one carries ven-bien and bai-ngang', async () => {
    expect(await check(quota('owner: so-tu-phap, min: 2, where: { tags: [ven-bien] }', '2025-06-30'))).toEqual([]);
    const t = quota('owner: so-tu-phap, min: 2, where: { tags: [ven-bien, bai-ngang] }', '2025-06-30');
    expect(await check(t)).toEqual([at(R, 'plan.yaml', t, 'min: |2')]);
  });
  it('with within: owner, counts units at any depth under the owner and none beside it', async () => {
    expect(await check(quota('owner: so-tu-phap, min: 4, within: owner', '2025-06-30'))).toEqual([]);
    expect(await check(quota('owner: ptp-cu, min: 1, within: owner', '2025-06-30'))).toEqual([]);
    const t = quota('owner: ptp-cu, min: 2, within: owner', '2025-06-30');
    expect(await check(t)).toEqual([at(R, 'plan.yaml', t, 'min: |2')]);
  });
  it('asks nothing of min 0, and reports min 1 when nothing qualifies', async () => {
    expect(await check(quota('owner: so-tu-phap, min: 0, where: { tags: [khong-co] }', '2025-06-30'))).toEqual([]);
    const t = quota('owner: so-tu-phap, min: 1, where: { tags: [khong-co] }', '2025-06-30');
    expect(await check(t)).toEqual([at(R, 'plan.yaml', t, 'min: |1')]);
  });
});
