import { describe, expect, it } from 'vitest';
import { at, found, foundWithRelated, plan, UNITS } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('unique-ids');

const R = 'unique-ids';
const more = (line: string): string => `thidua: 1\nkind: units\nunits:\n  - ${line}\n`;
const movements = (quotas: string[][]): string =>
  `movements:\n${quotas.map((qs, i) => `  - id: phong-trao-${i + 1}\n    form: regular\n    title: Phong trào ${i + 1}\n    quotas:\n${qs.map((q) => `      - ${q}\n`).join('')}`).join('')}`;

describe('unique-ids: where the same id is a repeat and where it is not', () => {
  it('reports a unit id given again in another units file of the same folder, at the second file', async () => {
    const z = more('{ id: xa-a, name: Xã A trùng, kind: xa, parent: so-tu-phap }');
    expect(await found({ 'z-units.yaml': z, 'plan.yaml': plan('') }, R)).toEqual([at(R, 'z-units.yaml', z, 'xa-a')]);
  });
  it('lets a sub-folder’s units file shadow a unit of its parent folder', async () => {
    expect(await found({ 'huyen/units.yaml': more('{ id: xa-a, name: Xã A, kind: xa }'), 'plan.yaml': plan('') }, R)).toEqual([]);
  });
  it('reports the second of two equal ids and not the first, and nothing in a list of one', async () => {
    const t = plan('phases:\n  - { id: dot-1, name: Đợt 1, from: 2025-01-01, to: 2025-06-30 }\n  - { id: dot-1, name: Đợt 2, from: 2025-07-01, to: 2025-12-31 }\n');
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'dot-1, name: Đợt 2')]);
    expect(await found(plan('phases:\n  - { id: dot-1, name: Đợt 1, from: 2025-01-01, to: 2025-12-31 }\n'), R)).toEqual([]);
    expect(await found(plan('phases: []\n'), R)).toEqual([]);
  });
  it('holds quota ids unique across movements, and form ids within one quota only', async () => {
    const q = (id: string, forms = ''): string => `{ id: ${id}, owner: so-tu-phap, select: xa, min: 1${forms} }`;
    const across = plan(movements([[q('chon-xa')], [q('chon-xa-2'), q('chon-xa')]]));
    expect(await found(across, R)).toEqual([at(R, 'plan.yaml', across, 'chon-xa-2, owner: so-tu-phap, select: xa, min: 1 }\n      - { id: |chon-xa')]);
    const forms = (f1: string, f2: string): string => `, forms: [{ id: ${f1}, title: Một }, { id: ${f2}, title: Hai }]`;
    const same = plan(movements([[q('chon-xa', forms('tap-huan', 'tap-huan'))]]));
    expect(await found(same, R)).toEqual([at(R, 'plan.yaml', same, '{ id: |tap-huan, title: Hai }')]);
    expect(await found(plan(movements([[q('chon-xa', forms('tap-huan', 'sach')), q('chon-xa-2', forms('tap-huan', 'sach'))]])), R)).toEqual([]);
  });
  it('reports a plan number again in the same year by the same issuer, and not in another year or as a draft', async () => {
    const again = plan('');
    expect(await found({ 'plan.yaml': plan(''), 'z/plan.yaml': again }, R)).toEqual([at(R, 'z/plan.yaml', again, '06/KH-STP')]);
    expect(await found({ 'plan.yaml': plan(''), 'z/plan.yaml': plan('', { year: 2026 }) }, R)).toEqual([]);
    expect(await found({ 'plan.yaml': plan('', { id: '__/KH-STP' }), 'z/plan.yaml': plan('', { id: '__/KH-STP' }) }, R)).toEqual([]);
  });
  it('keeps apart two provinces’ plans with the same number, year and issuer id', async () => {
    const files = { 'a/units.yaml': UNITS, 'a/plan.yaml': plan(''), 'b/units.yaml': UNITS, 'b/plan.yaml': plan('') };
    expect(await found({ ...files, 'units.yaml': more('{ id: bo-tu-phap, name: Bộ Tư pháp, kind: bo }') }, R)).toEqual([]);
  });
});

describe('unique-ids: a repeat is found in a list of any length, and across movements', () => {
  const phases = (ids: string[]): string => `phases:\n${ids.map((id, i) => `  - { id: ${id}, name: Đợt ${i}, from: 2025-01-01, to: 2025-12-31 }\n`).join('')}`;
  const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `dot-${i}`);
  it('reports the last of 16 phases repeating the first (looked at pair by pair), and of 17 (with a Set)', async () => {
    for (const n of [16, 17]) {
      const t = plan(phases([...ids(n - 1), 'dot-0']));
      expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, `dot-0, name: Đợt ${n - 1}`)]);
      expect(await found(plan(phases(ids(n))), R)).toEqual([]);
    }
  });
  it('finds a target id repeated in a third movement or within one, and none when each movement has its own', async () => {
    const m = (i: number, target: string): string => `  - id: m-${i}\n    form: regular\n    title: M ${i}\n    targets:\n      - { id: ${target}, title: T, count: 1, owner: so-tu-phap }\n`;
    const t = plan(`movements:\n${m(1, 'hoa-giai')}${m(2, 'pbgdpl')}${m(3, 'hoa-giai')}`);
    expect(await found(t, R)).toEqual([at(R, 'plan.yaml', t, 'M 3\n    targets:\n      - { id: |hoa-giai')]);
    expect(await found(plan(`movements:\n${m(1, 'hoa-giai')}${m(2, 'pbgdpl')}`), R)).toEqual([]);
    const one = plan(`movements:\n${m(1, 'hoa-giai')}      - { id: hoa-giai, title: T2, count: 1, owner: so-tu-phap }\n`);
    expect(await found(one, R)).toEqual([at(R, 'plan.yaml', one, 'T, count: 1, owner: so-tu-phap }\n      - { id: |hoa-giai')]);
  });
});

describe('unique-ids: unit ids of one folder, found through the folder’s unit map', () => {
  const units = (...lines: string[]): string => `thidua: 1\nkind: units\nunits:\n${lines.map((l) => `  - ${l}\n`).join('')}`;
  it('reports a unit id given twice in one file, also when the file shadows a unit of the folder above', async () => {
    const twice = units('{ id: xa-b, name: Xã B, kind: xa }', '{ id: xa-b, name: Xã B hai, kind: xa }');
    expect(await found({ 'huyen/units.yaml': twice, 'plan.yaml': plan('') }, R)).toEqual([at(R, 'huyen/units.yaml', twice, 'xa-b, name: Xã B hai')]);
    const shadowAndTwice = units('{ id: xa-a, name: Xã A, kind: xa }', '{ id: xa-c, name: Xã C, kind: xa }', '{ id: xa-c, name: Xã C hai, kind: xa }');
    expect(await found({ 'huyen/units.yaml': shadowAndTwice, 'plan.yaml': plan('') }, R)).toEqual([at(R, 'huyen/units.yaml', shadowAndTwice, 'xa-c, name: Xã C hai')]);
  });
  it('finds nothing in a folder whose units are all new, or only shadow the folder above', async () => {
    expect(await found({ 'huyen/units.yaml': units('{ id: xa-c, name: Xã C, kind: xa }'), 'plan.yaml': plan('') }, R)).toEqual([]);
    expect(await found({ 'huyen/units.yaml': units('{ id: xa-a, name: Xã A, kind: xa }', '{ id: xa-c, name: Xã C, kind: xa }'), 'plan.yaml': plan('') }, R)).toEqual([]);
  });
});

describe('unique-ids: each repeat points back to the first declaration', () => {
  const place = (file: string, text: string, needle: string): string => at(R, file, text, needle).split(' ')[1]!;
  const pair = (file: string, text: string, second: string, first: string): string => `${at(R, file, text, second)} <- ${place(file, text, first)}`;
  it('a phase, a target in a third movement, a form of one quota', async () => {
    const phases = plan('phases:\n  - { id: dot-1, name: Đợt 1, from: 2025-01-01, to: 2025-06-30 }\n  - { id: dot-1, name: Đợt 2, from: 2025-07-01, to: 2025-12-31 }\n');
    expect(await foundWithRelated(phases, R)).toEqual([pair('plan.yaml', phases, 'dot-1, name: Đợt 2', 'dot-1, name: Đợt 1')]);
    const m = (i: number, target: string): string => `  - id: m-${i}\n    form: regular\n    title: M ${i}\n    targets:\n      - { id: ${target}, title: T${i}, count: 1, owner: so-tu-phap }\n`;
    const targets = plan(`movements:\n${m(1, 'pbgdpl')}${m(2, 'hoa-giai')}${m(3, 'hoa-giai')}`);
    expect(await foundWithRelated(targets, R)).toEqual([pair('plan.yaml', targets, 'hoa-giai, title: T3', 'hoa-giai, title: T2')]);
    const forms = plan(movements([['{ id: chon-xa, owner: so-tu-phap, select: xa, min: 1, forms: [{ id: sach, title: Một }, { id: tap-huan, title: Hai }, { id: tap-huan, title: Ba }] }']]));
    expect(await foundWithRelated(forms, R)).toEqual([pair('plan.yaml', forms, 'tap-huan, title: Ba', 'tap-huan, title: Hai')]);
  });
  it('a unit of another file of the folder, and a plan number of another plan', async () => {
    const z = more('{ id: xa-a, name: Xã A trùng, kind: xa, parent: so-tu-phap }');
    expect(await foundWithRelated({ 'z-units.yaml': z, 'plan.yaml': plan('') }, R)).toEqual([`${at(R, 'z-units.yaml', z, 'xa-a')} <- units.yaml:${UNITS.split('\n').findIndex((l) => l.includes('id: xa-a')) + 1}:${UNITS.split('\n').find((l) => l.includes('id: xa-a'))!.indexOf('xa-a') + 1}`]);
    const p = plan('');
    expect(await foundWithRelated({ 'plan.yaml': p, 'z/plan.yaml': p }, R)).toEqual([`${at(R, 'z/plan.yaml', p, '06/KH-STP')} <- ${place('plan.yaml', p, '06/KH-STP')}`]);
  });
});
