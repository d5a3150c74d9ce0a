import { describe, expect, it } from 'vitest';
import { at, found, plan, workspace } from '../helpers/rule-cases.js';
import { ruleFixtureSuite, runFixture } from '../helpers/rule-fixture.js';

ruleFixtureSuite('document-numbers-well-formed');

const R = 'document-numbers-well-formed';
const numbered = (id: string): string => plan('', { id });
const cites = (ref: string): string => plan(`basis:\n  - { ref: ${JSON.stringify(ref)}, issuer: Chính phủ }\n`);

describe('document-numbers-well-formed at the leading zero', () => {
  it('accepts 01, 09, 10 and 100, in the plan’s number and in a basis', async () => {
    for (const n of ['01', '09', '10', '100']) {
      expect(await found(numbered(`${n}/KH-STP`), R), n).toEqual([]);
      expect(await found(cites(`${n}/2023/NĐ-CP`), R), n).toEqual([]);
    }
  });
  it('reports 1, 9, 010 and 00 at the plan’s id, and 9 in a basis at its ref', async () => {
    for (const id of ['1/KH-STP', '9/KH-STP', '010/KH-STP', '00/KH-STP']) {
      const t = numbered(id);
      expect(await found(t, R), id).toEqual([at(R, 'plan.yaml', t, id)]);
    }
    const t = cites('9/2023/NĐ-CP');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '"9/2023/NĐ-CP"')]);
  });
  it('suggests the number with one leading zero', async () => {
    const ds = await runFixture(workspace(numbered('9/KH-STP')), R);
    expect(ds.map((d) => d.hint?.split('.')[0])).toEqual(['Write "09/KH-STP"']);
  });
});

describe('document-numbers-well-formed at the other shapes', () => {
  it('asks a legal document type for its year, and not an administrative one', async () => {
    expect(await found(cites('98/2023/NĐ-CP'), R)).toEqual([]);
    const t = cites('98/NĐ-CP');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '"98/NĐ-CP"')]);
    expect(await found(cites('30/CT-TTg'), R)).toEqual([]);
  });
  it('reports one space, and leaves drafts to plan-numbered', async () => {
    const t = numbered('06/KH- STP');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, '06/KH- STP')]);
    for (const id of ['__/KH-STP', 'DRAFT', '…/KH-STP']) expect(await found(numbered(id), R), id).toEqual([]);
  });
  it('finds nothing in an empty basis list', async () => {
    expect(await found(plan('basis: []\n'), R)).toEqual([]);
  });
});
