import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('quota-bounds-ordered');

const R = 'quota-bounds-ordered';
const quota = (bounds: string): string =>
  plan(`movements:\n  - id: phong-trao\n    form: regular\n    title: Phong trào\n    quotas:\n      - { id: chon-xa, owner: so-tu-phap, select: xa, ${bounds} }\n`);

describe('quota-bounds-ordered where min meets max', () => {
  it('accepts min = max, including 0 = 0, and min one below max', async () => {
    for (const b of ['min: 2, max: 2', 'min: 0, max: 0', 'min: 1, max: 2']) expect(await found(quota(b), R), b).toEqual([]);
  });
  it('reports min one above max, at max', async () => {
    for (const b of ['min: 3, max: 2', 'min: 1, max: 0']) {
      const t = quota(b);
      expect(await found(t, R), b).toEqual([at(R, 'plan.yaml', t, `max: |${b.slice(-1)}`)]);
    }
  });
  it('leaves a quota with one bound alone', async () => {
    expect(await found(quota('min: 3'), R)).toEqual([]);
    expect(await found(quota('max: 0'), R)).toEqual([]);
  });
});
