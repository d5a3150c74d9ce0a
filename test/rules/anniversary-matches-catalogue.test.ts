import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixtureRoot, ruleFixtureSuite, runFixture } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversary-matches-catalogue');

it('says what the catalogue holds: the right day, the right ordinal, the id it probably meant', async () => {
  const ds = await runFixture(join(fixtureRoot, 'anniversary-matches-catalogue', 'fail'), 'anniversary-matches-catalogue');
  const by = (line: number) => ds.find((d) => d.line === line);
  expect(by(12)?.message).toBe('"tet-nguyen-dan" is a lunar day (1/1 in the lunar calendar); in 2025 it falls on 29/01/2025, not "2025-02-10".');
  expect(by(13)?.message).toBe('Anniversary "thanh-lap-dang" states 94 years, but 2025 − 1930 = 95.');
  expect(by(16)?.message).toBe('Origin "1975-05-01" disagrees with the catalogue: "giai-phong-mien-nam" began on 30/04/1975.');
  expect(by(17)?.hint).toMatch(/^Did you mean "quoc-khanh"\?/);
});
