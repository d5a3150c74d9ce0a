import { describe, expect, it } from 'vitest';
import { at, found, plan, UNITS } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('unit-references-resolve');

const R = 'unit-references-resolve';
const units = (...lines: string[]): string => `thidua: 1\nkind: units\nunits:\n${lines.map((l) => `  - ${l}\n`).join('')}`;
const quota = (owner: string, select = 'xa'): string =>
  plan(`movements:\n  - id: phong-trao\n    form: regular\n    title: Phong trào\n    quotas:\n      - { id: chon-xa, owner: ${owner}, select: ${select}, min: 1 }\n`);

describe('unit-references-resolve: which units a file can see', () => {
  it('resolves a parent declared in a parent folder, and not one declared only in a sub-folder', async () => {
    expect(await found({ 'huyen/units.yaml': units('{ id: xa-moi, name: Xã mới, kind: xa, parent: so-tu-phap }') }, R)).toEqual([]);
    const top = `${UNITS}  - { id: xa-d, name: Xã D, kind: xa, parent: huyen-moi }\n`;
    expect(await found({ 'units.yaml': top, 'huyen/units.yaml': units('{ id: huyen-moi, name: Huyện mới, kind: huyen }') }, R)).toEqual([at(R, 'units.yaml', top, 'parent: |huyen-moi')]);
  });
  it('resolves an owner or issuer from a sub-folder plan upward, and not sideways', async () => {
    expect(await found({ 'a/plan.yaml': quota('so-tu-phap') }, R)).toEqual([]);
    const t = quota('phong-b');
    expect(await found({ 'a/plan.yaml': t, 'b/units.yaml': units('{ id: phong-b, name: Phòng B, kind: phong }') }, R)).toEqual([at(R, 'a/plan.yaml', t, 'phong-b')]);
  });
  it('reports a unit that is its own parent, and each unit of a loop of two', async () => {
    const self = units('{ id: so-tu-phap, name: Sở, kind: so, parent: so-tu-phap }');
    expect(await found({ 'units.yaml': self, 'plan.yaml': plan('') }, R)).toEqual([at(R, 'units.yaml', self, 'parent: |so-tu-phap')]);
    const two = units('{ id: so-tu-phap, name: Sở, kind: so, parent: phong-a }', '{ id: phong-a, name: Phòng A, kind: phong, parent: so-tu-phap }');
    expect(await found({ 'units.yaml': two, 'plan.yaml': plan('') }, R)).toEqual([at(R, 'units.yaml', two, 'parent: |phong-a'), at(R, 'units.yaml', two, 'parent: |so-tu-phap')].sort());
    const chain = units('{ id: so-tu-phap, name: Sở, kind: so }', '{ id: phong-a, name: Phòng A, kind: phong, parent: so-tu-phap }', '{ id: to-a, name: Tổ A, kind: to, parent: phong-a }');
    expect(await found({ 'units.yaml': chain, 'plan.yaml': plan('') }, R)).toEqual([]);
  });
  it('accepts an owner {kind} some unit has and a select of such a kind; reports the others at kind and select', async () => {
    expect(await found(quota('{ kind: phong-tu-phap }', 'xa'), R)).toEqual([]);
    const t = quota('{ kind: phong-tu-phap-x }', 'xa-x');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'phong-tu-phap-x'), at(R, 'plan.yaml', t, 'xa-x')].sort());
  });
  it('counts a unit that has ended as visible (validity is units-valid-on-issue’s)', async () => {
    expect(await found(quota('ptp-cu'), R)).toEqual([]);
  });
});
