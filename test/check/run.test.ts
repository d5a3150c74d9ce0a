import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { components } from '../../src/check/components.js';
import { applyRuleWaivers } from '../../src/check/waivers.js';
import { FORMAT, MAX_RESULT_LINES } from '../../src/check/cache-file.js';
import { openCache, runCheck } from '../../src/check/run.js';
import { main } from '../../src/cli/main.js';
import { resolveWithCache } from '../../src/cli/cached-args.js';
import { resolveArgs } from '../../src/cli/workspace-args.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { fakeIO } from '../helpers/fake-io.js';

// A repository small enough to check hundreds of times, shaped so that every way files
// reach each other occurs: by folder (tinh-a, tinh-b), through the fallback to the whole
// workspace (flat/units, flat/plans, flat/progress side by side), and from the top folder.
const FOLDERS = ['tinh-a', 'tinh-a/2018', 'tinh-a/2018/progress', 'tinh-b', 'tinh-b/2018/progress', 'flat/units', 'flat/plans', 'flat/progress', 'tinh-c/x'];
const NAMES = ['a.yaml', 'b.yaml'];
const PLAN_IDS = ['06/KH-STP', '07/KH-STP', '6/KH-STP'];
const UNITS = ['so-tu-phap', 'ptp-1', 'xa-1', 'xa-2'];

type Op =
  | { kind: 'units'; file: string; units: string[] }
  | { kind: 'plan'; file: string; id: string; year: number; issuer: string; waive?: boolean }
  | { kind: 'progress'; file: string; plan: string; planYear?: number; by: string }
  | { kind: 'broken' | 'delete'; file: string };

const parents: Record<string, string> = { 'ptp-1': 'so-tu-phap', 'xa-1': 'ptp-1', 'xa-2': 'ptp-1' };
function text(op: Op): string | undefined {
  switch (op.kind) {
    case 'units':
      return `thidua: 1\nkind: units\nunits:\n${op.units.map((u) => `  - { id: ${u}, name: Đơn vị ${u}, kind: ${u.split('-')[0]}${parents[u] ? `, parent: ${parents[u]}` : ''} }`).join('\n') || '  []'}\n`;
    case 'plan':
      return `thidua: 1\nkind: plan\nid: ${op.id}\ntitle: Kế hoạch\nissuer: ${op.issuer}\nissued: ${op.year}-01-10\nyear: ${op.year}\nmilestones:\n  - { id: so-ket, title: Sơ kết, due: ${op.year}-06-20, owner: ${op.issuer}, type: review }\n${op.waive ? 'waivers:\n  - { rule: progress-references-resolve, reason: Đang sáp nhập, document: 15/QĐ-STP }\n' : ''}`;
    case 'progress':
      return `thidua: 1\nkind: progress\nplan: ${op.plan}\n${op.planYear ? `planYear: ${op.planYear}\n` : ''}asOf: 2018-07-01\nmilestones:\n  - { milestone: so-ket, by: ${op.by}, done: 2018-06-18 }\n`;
    case 'broken':
      return 'thidua: 1\nkind: [plan\n';
    case 'delete':
      return undefined;
  }
}

const file = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([d, n]) => `${d}/${n}`);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('units' as const), file, units: fc.subarray(UNITS) }),
  fc.record({ kind: fc.constant('plan' as const), file, id: fc.constantFrom(...PLAN_IDS), year: fc.constantFrom(2018, 2019), issuer: fc.constantFrom(...UNITS), waive: fc.boolean() }),
  fc.record({ kind: fc.constant('progress' as const), file, plan: fc.constantFrom(...PLAN_IDS), planYear: fc.option(fc.constantFrom(2018, 2019), { nil: undefined }), by: fc.constantFrom(...UNITS) }),
  fc.record({ kind: fc.constantFrom('broken' as const, 'delete' as const), file }),
);

function apply(dir: string, o: Op): void {
  const p = join(dir, o.file);
  const t = text(o);
  if (t === undefined) rmSync(p, { force: true });
  else {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, t);
  }
}

/** The repository the edits start from: each province complete, the flat layout complete. */
const SEED: Op[] = [
  { kind: 'units', file: 'tinh-a/a.yaml', units: UNITS },
  { kind: 'plan', file: 'tinh-a/2018/a.yaml', id: '06/KH-STP', year: 2018, issuer: 'so-tu-phap' },
  { kind: 'progress', file: 'tinh-a/2018/progress/a.yaml', plan: '06/KH-STP', by: 'so-tu-phap' },
  { kind: 'units', file: 'tinh-b/a.yaml', units: UNITS },
  { kind: 'progress', file: 'tinh-b/2018/progress/a.yaml', plan: '06/KH-STP', by: 'ptp-1' },
  { kind: 'units', file: 'flat/units/a.yaml', units: UNITS },
  { kind: 'plan', file: 'flat/plans/a.yaml', id: '07/KH-STP', year: 2018, issuer: 'so-tu-phap' },
  { kind: 'progress', file: 'flat/progress/a.yaml', plan: '07/KH-STP', by: 'so-tu-phap' },
];
const seed = (dir: string, ops: Op[] = SEED): void => ops.forEach((o) => apply(dir, o));

async function validate(dir: string, extra: string[] = []): Promise<string> {
  const f = fakeIO({ cwd: dir });
  const code = await main(['validate', '.', '--format', 'json', '--lang', 'en', ...extra], f.io);
  return `${code}\n${f.out()}${f.err()}`;
}

const AS_OF = { y: 2026, m: 11, d: 28 };

/** The findings of one check over every file at once, as before the run was split. */
function whole(dir: string): unknown {
  const { files } = expandPaths(['.'], dir);
  const ws = loadWorkspace(files, { lang: 'en', cwd: dir });
  const { diagnostics, waived } = applyRuleWaivers(ws, check(ws), AS_OF);
  return { diagnostics, waived };
}

function split(dir: string): unknown {
  const { diagnostics, waived } = runCheck(expandPaths(['.'], dir).files, [], { lang: 'en', cwd: dir }, {}, AS_OF);
  return { diagnostics, waived };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'thidua-run-'));

describe('checking a repository folder tree by folder tree', () => {
  it('splits the files into trees that cannot see each other by folder', () => {
    const c = components(['/r/a/u.yaml', '/r/a/2018/p.yaml', '/r/b/2018/p.yaml', '/r/b/2019/p.yaml', '/r/b-c/u.yaml'], ['/r/b/u.yaml'], '/r');
    expect(c.map((x) => [x.root, x.targets, x.context])).toEqual([
      ['/r/a', [0, 1], []],
      ['/r/b', [2, 3], [0]],
      ['/r/b-c', [4], []],
    ]);
    expect(components(['/r/u.yaml', '/r/a/p.yaml', '/r/b/p.yaml'], [], '/r').map((x) => x.root)).toEqual(['/r']);
  });

  it('finds what one check over every file finds, fallbacks included', () => {
    const dir = tmp();
    // Without the flat layout, whose files see every unit and so join every tree.
    seed(dir, SEED.filter((o) => !o.file.startsWith('flat/p')));
    // A progress file in a tree of its own, naming a plan found only through the fallback.
    apply(dir, { kind: 'progress', file: 'tinh-c/x/a.yaml', plan: '07/KH-STP', by: 'xa-9' });
    apply(dir, { kind: 'progress', file: 'tinh-b/2018/progress/b.yaml', plan: '6/KH-STP', by: 'xa-1' });
    // A plan's waiver covers every progress file naming the plan, in whatever folder.
    apply(dir, { kind: 'plan', file: 'tinh-a/2018/a.yaml', id: '06/KH-STP', year: 2018, issuer: 'so-tu-phap', waive: true });
    apply(dir, { kind: 'progress', file: 'tinh-b/2018/progress/c.yaml', plan: '06/KH-STP', by: 'xa-9' });
    const found = split(dir) as { diagnostics: unknown[]; waived: unknown[] };
    expect(found.diagnostics.length).toBeGreaterThan(0);
    expect(found.waived.length).toBeGreaterThan(0);
    expect(found).toEqual(whole(dir));
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('validate --cache', () => {
  it('reports what a cold run reports after any sequence of edits, additions and deletions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(SEED), fc.array(op, { minLength: 1, maxLength: 6 }), async (start, ops) => {
        const dir = tmp();
        seed(dir, start);
        const cache = ['--cache', '--cache-location', join(dir, '.thiduacache')];
        try {
          expect(await validate(dir, cache)).toBe(await validate(dir));
          for (const o of ops) {
            apply(dir, o);
            const cold = await validate(dir);
            expect(await validate(dir, cache)).toBe(cold);
            expect(split(dir)).toEqual(whole(dir));
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 12 },
    );
    // Dozens of runs of the CLI: generous on a loaded machine (a bound on hanging, not a timing).
  }, 600_000);

  it('ignores a corrupt, truncated or foreign cache file, and replaces it', async () => {
    const dir = tmp();
    seed(dir);
    apply(dir, { kind: 'progress', file: 'tinh-a/2018/progress/b.yaml', plan: '06/KH-STP', by: 'xa-9' });
    const loc = join(dir, '.thiduacache');
    const withCache = ['--cache', '--cache-location', loc];
    const cold = await validate(dir);
    expect(cold.startsWith('1\n')).toBe(true);
    await validate(dir, withCache);
    const good = readFileSync(loc, 'utf8');
    const lines = good.split('\n');
    const [, , key] = JSON.parse(lines[0]!) as [string, number, string];
    const resultKeys = lines.filter((l) => l.startsWith('["R"')).flatMap((l) => (JSON.parse(l) as [string, string[]])[1]);
    expect(resultKeys.length).toBeGreaterThan(0);
    // Results by column (src/check/cache-results.ts): every tree with these findings, and these flags.
    const forged = (r: { diagnostics: unknown[]; waived: unknown[]; flags?: string }): string => {
      const none = [resultKeys.map(() => 0), []];
      const found = r.diagnostics.length || r.waived.length ? resultKeys.map((_, i) => [i, r.diagnostics, r.waived]) : [];
      return [JSON.stringify(['thidua-cache', FORMAT, key]), JSON.stringify(['R', resultKeys, (r.flags ?? '1').repeat(resultKeys.length), none, none, none, none, found]), '["end"]', ''].join('\n');
    };
    // Folder listings and stats are kept only for files older than two seconds (cache.ts), which
    // these may become while the test runs: the findings and the walk (its head, then its paths)
    // are what must come back the same; stats are binary (src/check/cache-file.ts).
    const findings = (text: string): string[] => text.split('\n').filter((l, i, all) => /^(\["R"|#w|\["end"\])/.test(l) || all[i - 1]?.startsWith('#w'));
    const clean = { diagnostics: [], waived: [] };
    const bad = [
      good.slice(0, good.length / 2),
      good.replace('["end"]\n', ''),
      '\u0000\u0001binary',
      '[]',
      JSON.stringify({ magic: 'thidua-cache', format: 1 }),
      good.replace(key, 'another version').replace(/"diagnostics":\[[^\]]*\]/g, '"diagnostics":[]'),
      good.replace('["end"]', '["d", "/", 1, 0, 1, "a.yaml", "x"]\n["end"]'),
      good.replace('["end"]', '["s", "abc"]\n["end"]'),
      // Stats of two folders for the one named; a second table of files; a result key that is no hash.
      good.replace(/^\["D",.*$/m, `["D",["/"]]\n#T[16]\n${'A'.repeat(16)}\n["L",[""],[""]]`),
      good.replace('["end"]', '#f[0,0,[]]\n\n["end"]'),
      // A binary record whose payload is said to be longer than the file.
      good.replace('["end"]', '#f[99,0,[]]\n\n["end"]'),
      good.replace(`"${resultKeys[0]}"`, '"not-a-key"'),
      forged({ ...clean, diagnostics: [{ code: 'x' }] }),
      forged({ ...clean, diagnostics: [{ code: 'x', severity: 'error', message: 'm', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1, extra: '\u001b[31m' }] }),
      forged({ ...clean, flags: 'y' }),
      forged({ ...clean, waived: [{ diagnostic: { code: 'x', severity: 'error', message: 'm', file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1 }, waiver: { rule: 'x' } }] }),
    ];
    for (const b of bad) {
      writeFileSync(loc, b);
      expect(await validate(dir, withCache)).toBe(cold);
      expect(findings(readFileSync(loc, 'utf8'))).toEqual(findings(good));
    }
    // A well-formed cache of this key is trusted — so the runs above did read it: here its
    // (forged, empty) findings are what the run reports.
    writeFileSync(loc, forged(clean));
    expect((await validate(dir, withCache)).startsWith('0\n')).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never writes the cache through anything but a regular file', async () => {
    const dir = tmp();
    seed(dir);
    const loc = join(dir, 'cache-dir');
    mkdirSync(loc);
    expect(await validate(dir, ['--cache', '--cache-location', loc])).toBe(await validate(dir));
    expect(readdirSync(loc)).toEqual([]);
    expect(existsSync(join(dir, '.thiduacache'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * A run as `validate --cache` makes it (src/cli/validate.ts), with the cache told the run
 * started a minute from now: every file and folder is then older than the racy window, so
 * their stats and listings are kept and trusted — the path a repository edited long ago takes.
 */
async function cachedRun(dir: string, useCache: boolean, cwd = dir): Promise<unknown> {
  const cache = useCache ? openCache({ location: join(dir, '.thiduacache'), salt: 'test', started: Date.now() + 60_000 }, { lang: 'en', cwd }, {}, AS_OF) : undefined;
  const { io } = fakeIO({ cwd });
  let args;
  try {
    args = cache ? await resolveWithCache(['.'], io, 'en', [], cache) : await resolveArgs(['.'], io, 'en');
  } catch (e) {
    // A repository left without files: both runs refuse it the same way.
    return { error: (e as Error).message };
  }
  const { files, diagnostics, waived } = runCheck(args.files, args.context, { lang: 'en', cwd, found: args.found }, {}, AS_OF, cache);
  return { files, diagnostics, waived };
}

type Move = { kind: 'rename'; from: string; to: string } | { kind: 'mkdir'; dir: string };
const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), from: file, to: file }),
  fc.record({ kind: fc.constant('mkdir' as const), dir: fc.constantFrom('tinh-a/2019', 'tinh-b/2018/progress/cu', 'flat/units/cu') }),
);

function applyAny(dir: string, o: Op | Move): void {
  if (o.kind === 'mkdir') mkdirSync(join(dir, o.dir), { recursive: true });
  else if (o.kind !== 'rename') apply(dir, o);
  else if (existsSync(join(dir, o.from)) && o.from !== o.to) {
    mkdirSync(dirname(join(dir, o.to)), { recursive: true });
    renameSync(join(dir, o.from), join(dir, o.to));
  }
}

describe('validate --cache, with stats and folder listings trusted', () => {
  it('reports what a cold run reports after edits, renames and new folders, when mtimes are what tell', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(SEED), fc.array(fc.oneof(op, move), { minLength: 1, maxLength: 8 }), async (start, ops) => {
        const dir = tmp();
        seed(dir, start);
        try {
          expect(await cachedRun(dir, true)).toEqual(await cachedRun(dir, false));
          for (const o of ops) {
            applyAny(dir, o);
            expect(await cachedRun(dir, true)).toEqual(await cachedRun(dir, false));
            // New results go in a line of their own, the others copied: a few lines, never one a run.
            // (A repository left without files writes none.)
            const resultLines = existsSync(join(dir, '.thiduacache')) ? readFileSync(join(dir, '.thiduacache'), 'utf8').split('\n').filter((l) => l.startsWith('["R"')) : [];
            expect(resultLines.length).toBeLessThanOrEqual(MAX_RESULT_LINES);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  }, 600_000);

  it('lists again a folder a file was added to, removed from or renamed in, though the folder above it did not change', async () => {
    const dir = tmp();
    seed(dir);
    const cacheText = (): string => readFileSync(join(dir, '.thiduacache'), 'utf8');
    const filesOf = (r: unknown): string[] => (r as { files: string[] }).files;
    expect(filesOf(await cachedRun(dir, true))).toContain('tinh-a/2018/progress/a.yaml');
    // The listings are kept, the folder above included: the runs below rely on them.
    expect(cacheText()).toContain(JSON.stringify(join(dir, 'tinh-a/2018')));
    expect(cacheText()).toContain(JSON.stringify(join(dir, 'tinh-a/2018/progress')));
    const steps: [() => void, string[], string[]][] = [
      [() => apply(dir, { kind: 'progress', file: 'tinh-a/2018/progress/b.yaml', plan: '06/KH-STP', by: 'xa-1' }), ['tinh-a/2018/progress/b.yaml'], []],
      // In place, the same size: only the file's mtime and ctime tell.
      [() => apply(dir, { kind: 'progress', file: 'tinh-a/2018/progress/b.yaml', plan: '06/KH-STP', by: 'xa-9' }), ['tinh-a/2018/progress/b.yaml'], []],
      [() => renameSync(join(dir, 'tinh-a/2018/progress/b.yaml'), join(dir, 'tinh-a/2018/progress/c.yaml')), ['tinh-a/2018/progress/c.yaml'], ['tinh-a/2018/progress/b.yaml']],
      [() => rmSync(join(dir, 'tinh-a/2018/progress/c.yaml')), [], ['tinh-a/2018/progress/c.yaml']],
      [() => writeFileSync(join(dir, 'tinh-a/2018/progress/a.yaml'), 'thidua: 1\nkind: [plan\n'), ['tinh-a/2018/progress/a.yaml'], []],
    ];
    for (const [edit, present, absent] of steps) {
      const before = JSON.stringify(await cachedRun(dir, false));
      edit();
      const warm = await cachedRun(dir, true);
      // Every step changes what is reported: a cache that missed it would report the step before.
      expect(JSON.stringify(warm)).not.toBe(before);
      for (const f of present) expect(filesOf(warm)).toContain(f);
      for (const f of absent) expect(filesOf(warm)).not.toContain(f);
      expect(warm).toEqual(await cachedRun(dir, false));
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('validate --cache, the whole walk kept', () => {
  const walkRecords = (dir: string): number => readFileSync(join(dir, '.thiduacache'), 'utf8').split('\n').filter((l) => l.startsWith('#w')).length;

  it('takes the walk back while it holds, and walks again when a .git above the folder moves the context search', async () => {
    const dir = tmp();
    // The checked folder is w (the cwd); the units file above it is beyond the context search's bound.
    apply(dir, { kind: 'units', file: 'units.yaml', units: UNITS });
    apply(dir, { kind: 'plan', file: 'w/plan.yaml', id: '06/KH-STP', year: 2018, issuer: 'so-tu-phap' });
    apply(dir, { kind: 'progress', file: 'w/progress/a.yaml', plan: '06/KH-STP', by: 'xa-1' });
    const cwd = join(dir, 'w');
    const first = await cachedRun(dir, true, cwd);
    expect(walkRecords(dir)).toBe(1);
    // Without a .git, the search stops at the cwd: the units above are not seen.
    expect(JSON.stringify(first)).toContain('progress-references-resolve');
    expect(await cachedRun(dir, true, cwd)).toEqual(first);
    // A .git above the cwd: the search goes up to it, through a folder no walk listed.
    mkdirSync(join(dir, '.git'));
    const cold = await cachedRun(dir, false, cwd);
    expect(cold).not.toEqual(first);
    expect(await cachedRun(dir, true, cwd)).toEqual(cold);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps no walk that read a .thiduaignore, whose content no listing shows', async () => {
    const dir = tmp();
    seed(dir);
    writeFileSync(join(dir, 'tinh-a', '.thiduaignore'), '# nothing yet\n');
    const first = await cachedRun(dir, true);
    expect(walkRecords(dir)).toBe(0);
    // Same size, same folder listing: only the content tells.
    writeFileSync(join(dir, 'tinh-a', '.thiduaignore'), 'progress/\n\n\n\n\n');
    const cold = await cachedRun(dir, false);
    expect(cold).not.toEqual(first);
    expect(await cachedRun(dir, true)).toEqual(cold);
    rmSync(dir, { recursive: true, force: true });
  });
});
