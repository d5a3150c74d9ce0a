import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, found, plan } from '../helpers/rule-cases.js';
import { fixtureRoot, ruleFixtureSuite, runFixture } from '../helpers/rule-fixture.js';

ruleFixtureSuite('plan-numbered');

it('is a warning that names the draft marker', async () => {
  const ds = await runFixture(join(fixtureRoot, 'plan-numbered', 'fail'), 'plan-numbered');
  expect(ds.every((d) => d.severity === 'warning')).toBe(true);
  expect(ds.find((d) => d.file === 'plan.yaml')?.message).toBe('The plan is not yet numbered: "__/KH-STP" is a draft marker.');
});

const R = 'plan-numbered';
const numbered = (id: string): string => plan('', { id: JSON.stringify(id) });

describe('plan-numbered between a draft marker and a number', () => {
  it('reports every draft marker at the id: blanks, an ellipsis, two dots or more, DRAFT, dự thảo', async () => {
    for (const id of ['__/KH-STP', '_/KH-STP', '…/KH-STP', '../KH-STP', '.../KH-STP', '/KH-STP', 'DRAFT', 'draft', 'Dự thảo']) {
      const t = numbered(id);
      expect(await found(t, R), id).toEqual([at(R, 'plan.yaml', t, `"${id}"`)]);
    }
  });
  it('does not take a number, or a malformed one, for a draft (one dot, a digit in the blank)', async () => {
    for (const id of ['01/KH-STP', '06/KH-STP', './KH-STP', '_1/KH-STP', 'DRAFT-1']) expect((await found(numbered(id), R)).filter((f) => f.startsWith(R)), id).toEqual([]);
  });
});
