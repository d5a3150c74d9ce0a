import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixtureRoot, ruleFixtureSuite, runFixture } from '../helpers/rule-fixture.js';

ruleFixtureSuite('plan-numbered');

it('is a warning that names the draft marker', async () => {
  const ds = await runFixture(join(fixtureRoot, 'plan-numbered', 'fail'), 'plan-numbered');
  expect(ds.every((d) => d.severity === 'warning')).toBe(true);
  expect(ds.find((d) => d.file === 'plan.yaml')?.message).toBe('The plan is not yet numbered: "__/KH-STP" is a draft marker.');
});
