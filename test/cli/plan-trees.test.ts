import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkPlans } from '../../src/check/plan-run.js';
import { UsageError } from '../../src/cli/errors.js';
import { main } from '../../src/cli/main.js';
import { loadPlan, PROGRESS_FINDINGS, type PlanWorkspace } from '../../src/cli/plan-args.js';
import { resolveArgs } from '../../src/cli/workspace-args.js';
import { formatNames, render } from '../../src/formats/registry.js';
import type { Rendered } from '../../src/formats/render-context.js';
import { buildChecklist } from '../../src/views/checklist.js';
import { buildCompliance } from '../../src/views/compliance.js';
import { documentFrame } from '../../src/views/document-frame.js';
import { buildSchedule } from '../../src/views/schedule.js';
import { fakeIO } from '../helpers/fake-io.js';
import { loadWhole, type WholeResult } from '../helpers/whole-plan.js';

// Repositories shaped so that every way a plan's files reach each other occurs: by folder
// (tinh-a, tinh-b), through the fallback to the whole workspace (flat/units, flat/plans,
// flat/progress side by side; tinh-c/x sees no units), plans of one id in several trees.
const FOLDERS = ['tinh-a', 'tinh-a/2018', 'tinh-a/2018/progress', 'tinh-b', 'tinh-b/2018', 'tinh-b/2018/progress', 'flat/units', 'flat/plans', 'flat/progress', 'tinh-c/x'];
const NAMES = ['a.yaml', 'b.yaml'];
const PLAN_IDS = ['06/KH-STP', '07/KH-STP'];
const UNITS = ['so-tu-phap', 'ptp-1', 'ptp-2', 'xa-1', 'xa-2'];
const parents: Record<string, string> = { 'ptp-1': 'so-tu-phap', 'ptp-2': 'so-tu-phap', 'xa-1': 'ptp-1', 'xa-2': 'ptp-2' };

type Op =
  | { kind: 'units'; file: string; units: string[] }
  | { kind: 'plan'; file: string; id: string; year: number; issuer: string; waive: boolean }
  | { kind: 'progress'; file: string; plan: string; planYear?: number; by: string; chosen: string }
  | { kind: 'broken'; file: string };

function text(op: Op): string {
  switch (op.kind) {
    case 'units':
      return `thidua: 1\nkind: units\nunits:\n${op.units.map((u) => `  - { id: ${u}, name: Đơn vị ${u}, kind: ${u.split('-')[0]}${parents[u] ? `, parent: ${parents[u]}` : ''} }`).join('\n') || '  []'}\n`;
    case 'plan':
      return [
        'thidua: 1',
        'kind: plan',
        `id: ${op.id}`,
        `title: Kế hoạch thi đua năm ${op.year}`,
        `issuer: ${op.issuer}`,
        `issued: ${op.year}-01-10`,
        `year: ${op.year}`,
        'movements:',
        '  - id: nong-thon-moi',
        '    form: regular',
        '    title: Chung sức xây dựng nông thôn mới',
        '    quotas:',
        '      - { id: giup-xa, owner: { kind: ptp }, select: xa, min: 1, within: owner }',
        'milestones:',
        `  - { id: so-ket, title: Sơ kết, due: ${op.year}-06-20, owner: ${op.issuer}, type: review }`,
        ...(op.waive ? ['waivers:', '  - { rule: progress-references-resolve, reason: Đang sáp nhập đơn vị, document: 15/QĐ-STP }'] : []),
        '',
      ].join('\n');
    case 'progress':
      return [
        'thidua: 1',
        'kind: progress',
        `plan: ${op.plan}`,
        ...(op.planYear ? [`planYear: ${op.planYear}`] : []),
        'asOf: 2018-07-01',
        'selections:',
        `  - { quota: giup-xa, by: ptp-1, chosen: ${op.chosen} }`,
        'milestones:',
        `  - { milestone: so-ket, by: ${op.by}, done: 2018-06-18 }`,
        '',
      ].join('\n');
    case 'broken':
      return 'thidua: 1\nkind: [plan\n';
  }
}

const file = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([d, n]) => `${d}/${n}`);
const unit = fc.constantFrom(...UNITS);
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('units' as const), file, units: fc.subarray(UNITS) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('plan' as const), file, id: fc.constantFrom(...PLAN_IDS), year: fc.constantFrom(2018, 2019), issuer: unit, waive: fc.boolean() }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant('progress' as const), file, plan: fc.constantFrom(...PLAN_IDS), planYear: fc.option(fc.constantFrom(2018, 2019), { nil: undefined }), by: unit, chosen: fc.constantFrom('xa-1', 'xa-2', 'xa-9') }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('broken' as const), file }), weight: 1 },
);

function write(dir: string, ops: readonly Op[]): void {
  for (const o of ops) {
    const p = join(dir, o.file);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text(o));
  }
}

const AS_OF = { y: 2018, m: 7, d: 1 };
const LANG = 'en' as const;

type TreeResult = PlanWorkspace | { refused: string } | { usage: string };

/** What the plan commands now load (src/cli/plan-args.ts), in the shape the reference answers in. */
async function loadTrees(dir: string, paths: string[], planId: string | undefined, disable: readonly string[]): Promise<TreeResult> {
  const f = fakeIO({ cwd: dir });
  try {
    const r = await loadPlan(paths, planId, f.io, LANG, disable, { asOf: AS_OF });
    return 'refused' in r ? { refused: f.err() } : r;
  } catch (e) {
    if (e instanceof UsageError) return { usage: e.message };
    throw e;
  }
}

const bytes = (r: Rendered): string => (typeof r === 'string' ? r : Buffer.from(r).toString('base64'));

/** Every command's output in the formats asked, as the commands render them. */
async function outputs(r: TreeResult | WholeResult, formats: 'all' | 'text'): Promise<unknown> {
  if (!('plan' in r)) return r;
  const { ws, scope, plan, waived } = r;
  const pick = (cmd: 'report' | 'schedule' | 'checklist'): string[] => (formats === 'all' ? formatNames(cmd) : ['json', 'markdown']);
  const out: Record<string, string> = {};
  const units = [...scope.unitsFor(plan).keys()];
  const report = buildCompliance({ ws, scope, plan, asOf: AS_OF, waived });
  const document = documentFrame(plan.data, scope.unitsFor(plan), { type: 'BC', date: AS_OF });
  for (const f of pick('report')) out[`report ${f}`] = bytes(await render('report', f, report, { lang: LANG, color: false, failOn: new Set(['fail']), document }));
  if (units[0]) out['report --unit'] = bytes(await render('report', 'json', buildCompliance({ ws, scope, plan, asOf: AS_OF, waived, unit: units[units.length - 1]! }), { lang: LANG, color: false }));
  const schedule = buildSchedule({ ws, scope, plan, asOf: AS_OF });
  for (const f of pick('schedule')) out[`schedule ${f}`] = bytes(await render('schedule', f, schedule, { lang: LANG, color: false }));
  for (const by of ['phase', 'unit'] as const) {
    const checklist = buildChecklist({ ws, scope, plan, asOf: AS_OF, by });
    for (const f of pick('checklist')) out[`checklist ${by} ${f}`] = bytes(await render('checklist', f, checklist, { lang: LANG, color: false }));
  }
  return { plan: plan.file.path, out };
}

/** The plan ids a clerk may pass: none, each id, each id@year, one that names nothing. */
const PICKS = [undefined, ...PLAN_IDS, ...PLAN_IDS.flatMap((id) => [`${id}@2018`, `${id}@2019`]), '08/KH-STP'];
/** The whole repository, one province's year (its units above are context), progress files alone (their plans above are context). */
const PATHS = [['.'], ['tinh-a/2018'], ['tinh-a/2018/progress'], ['tinh-b/2018/progress']];

async function agree(dir: string, formats: 'all' | 'text', picks: readonly (string | undefined)[] = PICKS, pathsList: readonly string[][] = PATHS): Promise<number> {
  let loaded = 0;
  for (const paths of pathsList) {
    // A path that names nothing is a usage error either way; checked once, not per plan.
    if (!(await resolveArgs(paths, fakeIO({ cwd: dir }).io, LANG).then(() => true, () => false))) continue;
    for (const planId of picks) {
      // As report and checklist run it; schedule's stricter check differs only in what refuses, which the refusal test covers.
      for (const disable of [PROGRESS_FINDINGS]) {
        const trees = await loadTrees(dir, paths, planId, disable);
        const whole = await loadWhole(paths, planId, fakeIO({ cwd: dir }).io, LANG, disable, AS_OF);
        if ('plan' in trees) loaded++;
        expect(await outputs(trees, formats), `${paths.join(' ')} --plan ${planId} --disable ${disable.join(',')}`).toEqual(await outputs(whole, formats));
      }
    }
  }
  return loaded;
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'thidua-plan-trees-'));

/** A repository of two provinces and a flat layout, clean, where progress files reach plans and units in other folders. */
const SEED: Op[] = [
  { kind: 'units', file: 'tinh-a/a.yaml', units: UNITS },
  { kind: 'plan', file: 'tinh-a/2018/a.yaml', id: '06/KH-STP', year: 2018, issuer: 'so-tu-phap', waive: true },
  { kind: 'progress', file: 'tinh-a/2018/progress/a.yaml', plan: '06/KH-STP', by: 'so-tu-phap', chosen: 'xa-1' },
  { kind: 'units', file: 'tinh-b/a.yaml', units: UNITS },
  { kind: 'plan', file: 'tinh-b/2018/a.yaml', id: '06/KH-STP', year: 2019, issuer: 'so-tu-phap', waive: false },
  { kind: 'progress', file: 'tinh-b/2018/progress/a.yaml', plan: '06/KH-STP', by: 'ptp-1', chosen: 'xa-1' },
  { kind: 'units', file: 'flat/units/a.yaml', units: ['so-tu-phap', 'ptp-1', 'xa-1'] },
  { kind: 'plan', file: 'flat/plans/a.yaml', id: '07/KH-STP', year: 2018, issuer: 'so-tu-phap', waive: false },
  { kind: 'progress', file: 'flat/progress/a.yaml', plan: '07/KH-STP', by: 'so-tu-phap', chosen: 'xa-1' },
  // In a tree of its own, seeing no units by folder: it reports on 07/KH-STP through the fallback.
  { kind: 'progress', file: 'tinh-c/x/a.yaml', plan: '07/KH-STP', by: 'ptp-1', chosen: 'xa-1' },
  // Names the 2018 plan of tinh-a from tinh-b, where only the 2019 plan is: the fallback finds it.
  { kind: 'progress', file: 'tinh-b/2018/progress/b.yaml', plan: '06/KH-STP', planYear: 2018, by: 'xa-9', chosen: 'xa-2' },
];

describe('plan commands load only the chosen plan’s folder trees', () => {
  // Word and Excel files carry the time they were made: one fixed time, so two renderings compare byte for byte.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 11, 2, 4, 0, 0));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('give every command, in every format, what loading the whole workspace gives', async () => {
    const dir = tmp();
    try {
      write(dir, SEED);
      const f = fakeIO({ cwd: dir });
      const run = checkPlans((await resolveArgs(['.'], f.io, LANG)).files, [], { lang: LANG, cwd: dir }, { disable: PROGRESS_FINDINGS }, AS_OF);
      // Several trees, joined through the fallback: the case the split must get right.
      expect(run.trees.length).toBeGreaterThan(2);
      expect(run.waived.length).toBeGreaterThan(0);
      expect(await agree(dir, 'all', ['06/KH-STP@2018', '06/KH-STP@2019', '07/KH-STP'], [['.'], ['tinh-a/2018/progress']])).toBe(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Every Word and Excel file rendered twice: generous on a loaded machine (a bound on hanging, not a timing).
  }, 300_000);

  it('say the same when --plan is missing, names nothing or is ambiguous, through main()', async () => {
    const dir = tmp();
    try {
      write(dir, SEED);
      const cli = async (...args: string[]): Promise<[number, string, string]> => {
        const f = fakeIO({ cwd: dir });
        return [await main(['report', '.', '--as-of', '2018-07-01', '--format', 'json', '--lang', 'en', ...args], f.io), f.out(), f.err()];
      };
      const several = await cli();
      expect(several[0]).toBe(2);
      expect(several[2]).toContain('several plans; pick one with --plan: 07/KH-STP@2018 (flat/plans/a.yaml), 06/KH-STP@2018 (tinh-a/2018/a.yaml), 06/KH-STP@2019 (tinh-b/2018/a.yaml)');
      const none = await cli('--plan', '6/KH-STP');
      expect(none[2]).toContain('no plan 6/KH-STP (did you mean 06/KH-STP?)');
      expect((await cli('--plan', '06/KH-STP'))[2]).toContain('several plans; pick one with --plan: 06/KH-STP@2018 (tinh-a/2018/a.yaml), 06/KH-STP@2019 (tinh-b/2018/a.yaml)');
      const one = await cli('--plan', '07/KH-STP');
      // The progress file of tinh-c, in a tree of its own, counts toward the flat plan.
      expect(JSON.parse(one[1]).obligations.flatMap((o: { evidence?: { file: string }[] }) => o.evidence ?? []).map((e: { file: string }) => e.file)).toContain('tinh-c/x/a.yaml');
      for (const [args, r] of [[[], several], [['--plan', '6/KH-STP'], none], [['--plan', '07/KH-STP'], one]] as const) {
        const whole = await loadWhole(['.'], args[1], fakeIO({ cwd: dir }).io, LANG, PROGRESS_FINDINGS, AS_OF);
        if ('usage' in whole) expect(r[2]).toContain(whole.usage);
        else expect(r[1]).toBe(await render('report', 'json', buildCompliance({ ...('plan' in whole ? whole : never()), asOf: AS_OF }), { lang: LANG, color: false }));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a broken workspace with the findings validate prints', async () => {
    const dir = tmp();
    try {
      write(dir, [...SEED, { kind: 'broken', file: 'tinh-b/b.yaml' }, { kind: 'progress', file: 'tinh-a/2018/progress/b.yaml', plan: '09/KH-STP', by: 'xa-1', chosen: 'xa-1' }]);
      const r = await loadTrees(dir, ['.'], '07/KH-STP', PROGRESS_FINDINGS);
      expect(r).toHaveProperty('refused');
      expect(r).toEqual(await loadWhole(['.'], '07/KH-STP', fakeIO({ cwd: dir }).io, LANG, PROGRESS_FINDINGS, AS_OF));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('say so, rather than report on another plan, when the plan’s file changed after the check', () => {
    const dir = tmp();
    try {
      write(dir, SEED);
      const files = [join(dir, 'flat/plans/a.yaml'), join(dir, 'flat/progress/a.yaml'), join(dir, 'flat/units/a.yaml')];
      const run = checkPlans(files, [], { lang: LANG, cwd: dir }, {}, AS_OF);
      const [plan] = run.plans;
      expect(run.open(plan!)?.plan.data.id).toBe('07/KH-STP');
      write(dir, [{ kind: 'plan', file: 'flat/plans/a.yaml', id: '06/KH-STP', year: 2018, issuer: 'so-tu-phap', waive: false }]);
      expect(run.open(plan!)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('agree with the whole workspace over generated repositories', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(SEED), fc.array(op, { maxLength: 8 }), async (start, ops) => {
        const dir = tmp();
        try {
          write(dir, [...start, ...ops]);
          await agree(dir, 'text');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 20 },
    );
    // Hundreds of in-process loads: generous on a loaded machine (a bound on hanging, not a timing).
  }, 600_000);
});

function never(): never {
  throw new Error('unreachable');
}
