import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, found, plan, workspace } from '../helpers/rule-cases.js';
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

const R = 'anniversary-matches-catalogue';
const ann = (fields: string, o: { year?: number; head?: string } = {}): string => plan(`anniversaries:\n  - { id: ky-niem, ${fields} }\n`, o);
const fails = async (fields: string, needle: string, o: { year?: number; head?: string } = {}): Promise<void> => {
  const t = ann(fields, o);
  expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, needle)]);
};

describe('anniversary-matches-catalogue at each fact it checks', () => {
  it('accepts the catalogue’s id, and reports a near miss at ref', async () => {
    expect(await found(ann('ref: quoc-khanh'), R)).toEqual([]);
    await fails('ref: quoc-khanhh', 'quoc-khanhh');
  });
  it('accepts the catalogue’s origin, and reports the day before and after at origin', async () => {
    expect(await found(ann('ref: quoc-khanh, origin: 1945-09-02'), R)).toEqual([]);
    await fails('ref: quoc-khanh, origin: 1945-09-01', '1945-09-01');
    await fails('ref: quoc-khanh, origin: 1945-09-03', '1945-09-03');
  });
  it('accepts the catalogue’s ordinal, and reports one less and one more at years', async () => {
    expect(await found(ann('ref: quoc-khanh, years: 80'), R)).toEqual([]);
    await fails('ref: quoc-khanh, years: 79', 'years: |79');
    await fails('ref: quoc-khanh, years: 81', 'years: |81');
  });
  it('leaves years to anniversary-years-match when the plan gives its own origin', async () => {
    expect(await found(ann('ref: quoc-khanh, origin: 1945-09-02, years: 79'), R)).toEqual([]);
  });
  it('accepts a lunar day on its solar date and reports the day before and after (Tết 2025: 29/01/2025)', async () => {
    expect(await found(ann('ref: tet-nguyen-dan, date: 2025-01-29'), R)).toEqual([]);
    await fails('ref: tet-nguyen-dan, date: 2025-01-28', '2025-01-28');
    await fails('ref: tet-nguyen-dan, date: 2025-01-30', '2025-01-30');
  });
  it('checks a lunar date against its own year, across the new year of a drive (Tết 2026: 17/02/2026)', async () => {
    const head = 'period: { from: 2025-10-01, to: 2026-02-28 }\n';
    expect(await found(ann('ref: tet-nguyen-dan, date: 2026-02-17', { head }), R)).toEqual([]);
    await fails('ref: tet-nguyen-dan, date: 2026-01-29', '2026-01-29', { head });
    const ds = await runFixture(workspace(ann('ref: tet-nguyen-dan, date: 2026-01-29', { head })), R);
    expect(ds.map((d) => d.message)).toEqual(['"tet-nguyen-dan" is a lunar day (1/1 in the lunar calendar); in 2026 it falls on 17/02/2026, not "2026-01-29".']);
  });
  it('finds nothing in a plan without anniversaries, or with ones that name no ref', async () => {
    expect(await found(plan('anniversaries: []\n'), R)).toEqual([]);
    expect(await found(ann('title: Ngày riêng, origin: 1990-01-01, date: 2025-01-02, years: 35'), R)).toEqual([]);
  });
});
