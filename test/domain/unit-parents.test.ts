/**
 * Units over time (issue 10 item 8): on 01/07/2025 preschools, primary and
 * lower-secondary schools moved from the district's Phòng GD&ĐT to the new
 * communes. A school's record counts for the owner above it on the record's
 * day: on 30/06/2025 the district, on 01/07/2025 the commune.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/date.js';
import { parentOn } from '../../src/domain/units.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { viewsOf } from '../helpers/views.js';
import { check } from '../../src/check/check.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';

afterAll(removeTempWorkspaces);

const SCHOOL_PARENTS = `[{ parent: pgd-van-lam, to: 2025-06-30 }, { parent: ubnd-xa-nhu-quynh, from: 2025-07-01 }]`;
const units = (parents = SCHOOL_PARENTS, extra = ''): string => `thidua: 1
kind: units
units:
  - { id: so-gddt, name: Sở Giáo dục và Đào tạo tỉnh Hưng Yên, kind: so }
  - { id: pgd-van-lam, name: Phòng Giáo dục và Đào tạo huyện Văn Lâm, kind: phong-gddt, parent: so-gddt }
  - { id: ubnd-xa-nhu-quynh, name: Ủy ban nhân dân xã Như Quỳnh, kind: xa, parent: so-gddt }
  - { id: mn-nhu-quynh, name: Trường Mầm non Như Quỳnh, kind: mam-non, parents: ${parents} }
${extra}`;

/** The plan's header, shared by the plans below. */
const PLAN_HEAD = `thidua: 1
kind: plan
id: 1006/SGDĐT
title: Phát động phong trào
issuer: so-gddt
issued: 2025-01-10
year: 2025
`;

const plan = `${PLAN_HEAD}milestones:
  - { id: bao-cao-huyen, title: Báo cáo của huyện, due: 2025-12-31, owner: pgd-van-lam }
  - { id: bao-cao-xa, title: Báo cáo của xã, due: 2025-12-31, owner: ubnd-xa-nhu-quynh }
`;

const progress = (day: string): string => `thidua: 1
kind: progress
plan: 1006/SGDĐT
asOf: 2025-12-01
milestones:
  - { milestone: bao-cao-huyen, by: mn-nhu-quynh, done: ${day} }
  - { milestone: bao-cao-xa, by: mn-nhu-quynh, done: ${day} }
`;

const outcomes = (day: string): Record<string, string> => {
  const dir = tempWorkspace({ 'units.yaml': units(), 'plan.yaml': plan, 'progress.yaml': progress(day) });
  const { report } = viewsOf(dir, '2025-12-01');
  return Object.fromEntries(report.obligations.map((o) => [o.id, o.outcome]));
};

describe('parentOn', () => {
  const school = { id: 'mn', name: 'Trường', kind: 'mam-non', parents: [{ parent: 'huyen', to: '2025-06-30' }, { parent: 'xa', from: '2025-07-01' }] };
  it('gives the parent in force on the day, the latest with no day', () => {
    expect(parentOn(school, parseDate('2025-06-30'))).toBe('huyen');
    expect(parentOn(school, parseDate('2025-07-01'))).toBe('xa');
    expect(parentOn(school)).toBe('xa');
  });
  it('falls back to parent on days no span covers', () => {
    const gap = { ...school, parent: 'so', parents: [{ parent: 'xa', from: '2025-07-01' }] };
    expect(parentOn(gap, parseDate('2025-06-30'))).toBe('so');
    expect(parentOn(gap, parseDate('2025-07-01'))).toBe('xa');
    expect(parentOn({ ...school, parents: undefined, parent: 'so' }, parseDate('2025-07-01'))).toBe('so');
  });
});

describe("a school's record counts for the owner above it on the record's day", () => {
  it('the day before the change: the district', () => {
    expect(outcomes('2025-06-30')).toEqual({ 'bao-cao-huyen': 'pass', 'bao-cao-xa': 'pending' });
  });
  it('the day of the change: the commune', () => {
    expect(outcomes('2025-07-01')).toEqual({ 'bao-cao-huyen': 'pending', 'bao-cao-xa': 'pass' });
  });
});

describe('rules on parents', () => {
  /** `7:column rule` where the school's line (line 7) first has `value` after `after`. */
  const at = (parents: string, value: string, rule: string, after = ''): string => {
    const line = units(parents).split('\n')[6]!;
    return `7:${line.indexOf(value, line.indexOf(after)) + 1} ${rule}`;
  };
  /** Every finding of the default rules, as `line:column code`. */
  const findings = async (unitsText: string): Promise<string[]> => {
    const dir = tempWorkspace({ 'units.yaml': unitsText, 'plan.yaml': plan });
    const ws = loadWorkspace(expandPaths([dir], dir).files, { lang: 'en', cwd: dir });
    return check(ws, {}).filter((d) => d.file.endsWith('units.yaml')).map((d) => `${d.line}:${d.column} ${d.code}`);
  };

  it('validate clean as written', async () => {
    expect(await findings(units())).toEqual([]);
  });
  it('unit-references-resolve: a parent over time that does not exist', async () => {
    const p = '[{ parent: pgd-van-lam, to: 2025-06-30 }, { parent: ubnd-xa-nhu-qunh, from: 2025-07-01 }]';
    expect(await findings(units(p))).toEqual([at(p, 'ubnd-xa-nhu-qunh', 'unit-references-resolve')]);
  });
  it('periods-ordered: a span that ends before it starts', async () => {
    const p = '[{ parent: pgd-van-lam, from: 2025-06-30, to: 2025-06-01 }, { parent: ubnd-xa-nhu-quynh, from: 2025-07-01 }]';
    expect(await findings(units(p))).toEqual([at(p, '2025-06-01', 'periods-ordered')]);
  });
  it('periods-ordered: spans that share a day, but not spans that meet', async () => {
    const p = '[{ parent: pgd-van-lam, to: 2025-07-01 }, { parent: ubnd-xa-nhu-quynh, from: 2025-07-01 }]';
    expect(await findings(units(p))).toEqual([at(p, '2025-07-01', 'periods-ordered', 'from:')]);
    expect(await findings(units('[{ parent: pgd-van-lam, to: 2025-06-30 }, { parent: ubnd-xa-nhu-quynh, from: 2025-07-01 }]'))).toEqual([]);
  });
  it('dates-exist: a span end that is not a day', async () => {
    const p = '[{ parent: pgd-van-lam, to: 2025-06-31 }, { parent: ubnd-xa-nhu-quynh, from: 2025-07-01 }]';
    expect(await findings(units(p))).toEqual([at(p, '2025-06-31', 'dates-exist')]);
  });
});

/*
 * One truth for `within: owner`: a selection is judged in the tree of its own day,
 * by the rule (selections-qualify) and by the report alike. The district chose the
 * school while the school was still under it; after 01/07/2025 it is under the commune.
 */
describe('within: owner reads the tree on the selection day', () => {
  const quotaPlan = `${PLAN_HEAD}movements:
  - id: diem
    form: regular
    title: Chọn điểm
    quotas:
      - { id: truong-diem, owner: pgd-van-lam, select: mam-non, min: 1, within: owner, due: 2025-12-31 }
`;
  const choice = (day: string): string => `thidua: 1
kind: progress
plan: 1006/SGDĐT
asOf: 2025-12-01
selections:
  - { quota: truong-diem, by: pgd-van-lam, chosen: mn-nhu-quynh, date: ${day} }
`;
  const run = (day: string): { rule: string[]; outcome: string } => {
    const dir = tempWorkspace({ 'units.yaml': units(), 'plan.yaml': quotaPlan, 'progress.yaml': choice(day) });
    const ws = loadWorkspace(expandPaths([dir], dir).files, { lang: 'en', cwd: dir });
    const rule = check(ws, {}, undefined).filter((d) => d.code === 'selections-qualify' || d.code === 'quotas-feasible').map((d) => `${d.line}:${d.column} ${d.code}`);
    const { report } = viewsOf(dir, '2025-12-01');
    return { rule, outcome: report.obligations.find((o) => o.id === 'truong-diem')!.outcome };
  };

  // On the issue day (10/01/2025) the school is under the district: the quota is feasible.
  it('the last day under the district: the selection qualifies for both', () => {
    expect(run('2025-06-30')).toEqual({ rule: [], outcome: 'pass' });
  });
  it('the first day under the commune: not within the district, for both', () => {
    const line = choice('2025-07-01').split('\n')[5]!;
    expect(run('2025-07-01')).toEqual({ rule: [`6:${line.indexOf('mn-nhu-quynh') + 1} selections-qualify`], outcome: 'pending' });
  });
});
