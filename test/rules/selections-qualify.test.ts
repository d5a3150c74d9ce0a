import { describe, expect, it } from 'vitest';
import { at, found, plan, progress } from '../helpers/rule-cases.js';
import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('selections-qualify');

const R = 'selections-qualify';
/** One quota (the fields given) and one selection; the tree (UNITS): so-tu-phap › ptp-cu › xa-a [ven-bien, bai-ngang]; so-tu-phap › xa-b [ven-bien], xa-c. */
const select = (quota: string, selection: string): { files: Record<string, string>; text: string } => {
  const text = progress(`selections:\n  - { quota: chon-xa, ${selection} }\n`);
  const p = plan(`movements:\n  - id: phong-trao\n    form: regular\n    title: Phong trào\n    quotas:\n      - { id: chon-xa, select: xa, min: 1, ${quota} }\n`, { issued: '2025-06-30' });
  return { files: { 'plan.yaml': p, 'progress.yaml': text }, text };
};
const passes = async (quota: string, selection: string): Promise<void> => expect(await found(select(quota, selection).files, R), selection).toEqual([]);
const fails = async (quota: string, selection: string, needle: string): Promise<void> => {
  const { files, text } = select(quota, selection);
  expect(await found(files, R), selection).toEqual([at(R, 'progress.yaml', text, needle)]);
};

describe('selections-qualify: who may choose', () => {
  const quota = 'owner: { kind: phong-tu-phap }';
  it('accepts the owner and a unit under it (a commune choosing for its office)', async () => {
    await passes(quota, 'by: ptp-cu, chosen: xa-b');
    await passes(quota, 'by: xa-a, chosen: xa-b');
  });
  it('reports a unit above the owner or beside it, at by', async () => {
    await fails(quota, 'by: so-tu-phap, chosen: xa-b', 'by: |so-tu-phap');
    await fails(quota, 'by: phong-moi, chosen: xa-b', 'by: |phong-moi');
  });
});

describe('selections-qualify: which unit may be chosen', () => {
  it('requires every tag of where.tags: both pass, one of two fails at chosen, no tags asks for none', async () => {
    await passes('owner: so-tu-phap, where: { tags: [ven-bien, bai-ngang] }', 'by: so-tu-phap, chosen: xa-a');
    await fails('owner: so-tu-phap, where: { tags: [ven-bien, bai-ngang] }', 'by: so-tu-phap, chosen: xa-b', 'chosen: |xa-b');
    await passes('owner: so-tu-phap, where: { tags: [] }', 'by: so-tu-phap, chosen: xa-c');
  });
  it('requires the kind selected, at chosen', async () => {
    await fails('owner: so-tu-phap', 'by: so-tu-phap, chosen: phong-moi', 'chosen: |phong-moi');
  });
  it('with within: owner, accepts a unit two levels under the owner and reports one outside it, at chosen', async () => {
    await passes('owner: so-tu-phap, within: owner', 'by: so-tu-phap, chosen: xa-a');
    await passes('owner: ptp-cu, within: owner', 'by: ptp-cu, chosen: xa-a');
    await fails('owner: ptp-cu, within: owner', 'by: ptp-cu, chosen: xa-b', 'chosen: |xa-b');
  });
});

describe('selections-qualify: forms', () => {
  const quota = 'owner: so-tu-phap, forms: [{ id: tap-huan, title: Tập huấn }, { id: sach, title: Tặng sách }]';
  it('accepts a listed form, reports another at form, and a missing one at the selection', async () => {
    await passes(quota, 'by: so-tu-phap, chosen: xa-c, form: sach');
    await fails(quota, 'by: so-tu-phap, chosen: xa-c, form: sach-2', 'form: |sach-2');
    await fails(quota, 'by: so-tu-phap, chosen: xa-c', '{ quota: chon-xa');
  });
  it('explains only what is wrong: a unit two levels under the owner is not called outside it when the form is missing', async () => {
    await fails(`${quota}, within: owner`, 'by: so-tu-phap, chosen: xa-a', '{ quota: chon-xa');
  });
  it('asks no form of a quota without forms', async () => {
    await passes('owner: so-tu-phap', 'by: so-tu-phap, chosen: xa-c, form: sach');
  });
});

describe('selections-qualify: a quota that names what no unit is leaves its selections alone', () => {
  const files = (quota: string, selection: string): { files: Record<string, string>; text: string } => {
    const text = progress(`selections:\n  - { quota: chon-xa, ${selection} }\n`);
    const p = plan(`movements:\n  - id: phong-trao\n    form: regular\n    title: Phong trào\n    quotas:\n      - { id: chon-xa, min: 1, ${quota} }\n`, { issued: '2025-06-30' });
    return { files: { 'plan.yaml': p, 'progress.yaml': text }, text };
  };
  it('a kind selected that no unit has: nothing here; a kind some unit has but not the chosen: wrong kind', async () => {
    expect(await found(files('owner: so-tu-phap, select: xaa', 'by: so-tu-phap, chosen: xa-b').files, R)).toEqual([]);
    const { files: f, text } = files('owner: so-tu-phap, select: so', 'by: so-tu-phap, chosen: xa-b');
    expect(await found(f, R)).toEqual([at(R, 'progress.yaml', text, 'chosen: |xa-b')]);
  });
  it('an owner no unit is, or a kind no unit has: nothing here; a unit that is not the owner: wrong owner', async () => {
    expect(await found(files('owner: so-tu-phapp, select: xa', 'by: so-tu-phap, chosen: xa-b').files, R)).toEqual([]);
    expect(await found(files('owner: { kind: phong-tu-phapp }, select: xa', 'by: ptp-cu, chosen: xa-b').files, R)).toEqual([]);
    const { files: f, text } = files('owner: ptp-cu, select: xa', 'by: so-tu-phap, chosen: xa-b');
    expect(await found(f, R)).toEqual([at(R, 'progress.yaml', text, 'by: |so-tu-phap')]);
  });
});
