import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingAt, parseCache, resultAt } from '../../src/check/cache-read.js';
import { chunks, type Line } from '../../src/check/cache-write.js';
import { FORMAT, textLine } from '../../src/check/cache-file.js';
import { resultsLine } from '../../src/check/cache-results.js';
import { packPaths, packTrees, unpackPaths, unpackTrees } from '../../src/check/cache-walk.js';
import type { CachedResult } from '../../src/check/cache-shape.js';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

describe('the cache file written back', () => {
  it('copies the lines read as their bytes and encodes the new ones, in the order given', () => {
    const old = ['["thidua-cache",7,"k"]', '["D",["/Nguyễn Văn A"]]', '["T","x"]', '["R",["ế"],[{}]]', '["end"]'];
    const bytes = Buffer.from(`${old.join('\n')}\n`);
    const starts = old.map((_, i) => Buffer.byteLength(old.slice(0, i).map((l) => `${l}\n`).join('')));
    const from = { bytes, starts, ends: old.map((l, i) => starts[i]! + Buffer.byteLength(l)) };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: old.length - 1 }), fc.constantFrom('["f","mới"]', '["w"]')), { maxLength: 12 }), (picks) => {
        const lines = picks;
        const written = Buffer.concat(chunks(lines, from)).toString('utf8');
        expect(written).toBe(picks.map((p) => `${typeof p === 'number' ? old[p] : p}\n`).join(''));
      }),
    );
    // Lines read one after the other go as one slice of what was read.
    expect(chunks([1, 2, 3, 'new', 4], from)).toHaveLength(3);
  });

  it('writes a line of hex texts as JSON.stringify would', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9a-f]*$/), { minLength: 1, maxLength: 3 }), fc.constantFrom('k', 'x'), (hex, kind) => {
        expect(textLine(kind, hex)).toBe(JSON.stringify([kind, ...hex]));
      }),
    );
  });

  it('writes a binary payload at a multiple of 8, after any lines, and reads back what it wrote', () => {
    const old = ['["thidua-cache",8,"k"]', '["R",["ế"]]'];
    const bytes = Buffer.from(`${old.join('\n')}\n`);
    const from = { bytes, starts: [0, old[0]!.length + 1], ends: [old[0]!.length, bytes.length - 1] };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom<Line>(0, 1, '["x","ồ"]'), fc.uint8Array({ maxLength: 20 })), { maxLength: 6 }), (picks) => {
        const lines = picks.map((p): Line => (p instanceof Uint8Array ? { kind: 'b', meta: ['ồ'], payload: [p.subarray(0, 3), p.subarray(3)] } : p));
        const out = Buffer.concat(chunks(lines, from));
        let at = 0;
        for (const p of picks) {
          if (!(p instanceof Uint8Array)) {
            const l = typeof p === 'number' ? old[p]! : p;
            expect(out.toString('utf8', at, at + Buffer.byteLength(l) + 1)).toBe(`${l}\n`);
            at += Buffer.byteLength(l) + 1;
            continue;
          }
          const nl = out.indexOf(10, at);
          expect(JSON.parse(out.toString('utf8', at + 2, nl))).toEqual([p.length, 'ồ']);
          expect((nl + 1) % 8).toBe(0);
          expect(out.subarray(nl + 1, nl + 1 + p.length).equals(p)).toBe(true);
          expect(out[nl + 1 + p.length]).toBe(10);
          at = nl + 2 + p.length;
        }
        expect(at).toBe(out.length);
      }),
    );
  });

  it('takes the tables of folders and files in place, and refuses a file whose records are not all of the right size', () => {
    const k = 'a'.repeat(40);
    const words = (...w: number[]): Uint8Array => new Uint8Array(Uint32Array.from(w).buffer);
    const R = `["R",["${k}"],"1",[[0],[]],[[0],[]],[[1],["ồ"]],[[0],[]],[[0,{"x":"ồ"},[]]]]`;
    const lines = (o: { T?: Uint8Array; f?: Line; D?: string; extra?: Line[] } = {}): Line[] => [
      `["thidua-cache",${FORMAT},"key"]`,
      o.D ?? '["D",["/a","/a/Nguyễn"]]',
      { kind: 'T', meta: [], payload: [o.T ?? words(1, 2, 3, 4)] },
      '["L",["Nguyễn/x.yaml","p.yaml"],["df","f"]]',
      o.f ?? { kind: 'f', meta: [1, ['/a/x.yaml']], payload: [words(5, 6), Buffer.from('b'.repeat(40))] },
      R,
      ...(o.extra ?? []),
      '["end"]',
    ];
    const file = (l: Line[]): Buffer => Buffer.concat(chunks(l, { bytes: Buffer.alloc(0), starts: [], ends: [] }));
    const good = file(lines());
    // At a multiple of 4 the stats are a view of the bytes read; elsewhere a copy of them.
    const shifted = Buffer.alloc(good.length + 1);
    good.copy(shifted, 1);
    for (const bytes of [good, shifted.subarray(1)]) {
      const c = parseCache(bytes, 'key')!;
      expect(c.dirs?.paths).toEqual(['/a', '/a/Nguyễn']);
      expect([...c.dirs!.stat]).toEqual([1, 2, 3, 4]);
      expect(listingAt(c, 0)).toEqual(['Nguyễn/x.yaml', 'df']);
      expect([...c.files!.stat]).toEqual([5, 6]);
      expect(c.files?.sha).toBe('b'.repeat(40));
      expect(c.files?.paths).toEqual(['/a/x.yaml']);
      expect([...c.results.keys()]).toEqual([k]);
      // A result or a listing of the wrong shape is found when asked for: it is none.
      expect(resultAt(c, 0)).toBeUndefined();
    }
    const text = good.toString('utf8');
    expect(listingAt(parseCache(Buffer.from(text.replace('"p.yaml"', '"p.yaml/q"')), 'key')!, 1)).toBeUndefined();
    for (const bad of [
      file(lines({ f: { kind: 'f', meta: [1, ['/a/x.yaml']], payload: [words(5, 6), Buffer.from('b')] } })),
      file(lines({ f: { kind: 'f', meta: [1, ['/a/x.yaml']], payload: [words(5, 6), Buffer.from('B'.repeat(40))] } })),
      file(lines({ f: { kind: 'f', meta: [2, ['/a/x.yaml']], payload: [words(5, 6, 7, 8)] } })),
      file(lines({ f: { kind: 'f', meta: [1, ['/a/x.yaml', '/a/y.yaml']], payload: [words(5, 6)] } })),
      file(lines({ T: words(5, 6) })),
      file(lines({ D: '["D",["/a"]]' })),
      // Keys of trees, without a walk that has them; a walk without the NUL after its files, or with a tree past them.
      file(lines({ extra: [`["k","${'c'.repeat(40)}"]`] })),
      file(lines({ extra: [{ kind: 'w', meta: ['key', 9, [], [[], []]], payload: [Buffer.from('/a/x.yaml')] }] })),
      file(lines({ extra: [{ kind: 'w', meta: ['key', 9, [], [[0], [1, 0, 1, 0]]], payload: [Buffer.from('/a/x.yaml\0')] }] })),
      Buffer.from(text.replace(`["R",["${k}"]`, '["R",["A"]')),
      Buffer.from(text.replace('{"x":"ồ"},[]]]]', '{"x":"ồ"},[]]]')),
      // Two flags for one tree; a list of one item said to have two.
      Buffer.from(text.replace('"1",', '"11",')),
      Buffer.from(text.replace('[[1],["ồ"]]', '[[2],["ồ"]]')),
      Buffer.from(text.replace('["L"', '["d"')),
      Buffer.from(text.replace('#T[16]', '#t[16]')),
      Buffer.from(text.replace('#T[16]', '#T[17]')),
      Buffer.from(text.replace('["end"]\n', '')),
      good.subarray(0, -1),
      good.subarray(0, good.length / 2),
      Buffer.from(text.replace('key', 'other')),
    ]) {
      expect(parseCache(bad, 'key')).toBeUndefined();
    }
    // A walk of the right shape, read back.
    const w = parseCache(file(lines({ f: { kind: 'f', meta: [1, null], payload: [words(5, 6)] }, extra: [{ kind: 'w', meta: ['wk', 9, [['/.git', false]], [[0], [1, 0, 0, 0]]], payload: [Buffer.from('/a/x.yaml\0')] }] })), 'key')!;
    expect(w.walk?.walked.files).toEqual(['/a/x.yaml']);
    expect(w.walk?.walked.context).toEqual([]);
    expect(w.walk?.walked.trees?.map((t) => [t.root, t.targets, t.context])).toEqual([['/a', [0], []]]);
  });
});

describe('results in a few lines', () => {
  const result = (planIds: string[]): CachedResult => ({ diagnostics: [], waived: [], waiverPlans: [], reportsOn: [], planIds, hasUnits: true, unitsFallback: false, planFallback: [] });
  const file = (lines: string[]): Buffer => Buffer.from([`["thidua-cache",${FORMAT},"key"]`, ...lines, '["end"]', ''].join('\n'));
  const [a, b] = ['a'.repeat(40), 'b'.repeat(40)];

  it('finds each result in its own line, and refuses a key given twice or more lines than a run writes', () => {
    const c = parseCache(file([resultsLine([a], [result(['06/KH'])]), resultsLine([b], [result(['07/KH', 'ồ'])])]), 'key')!;
    expect(resultAt(c, c.results.get(a)!)?.planIds).toEqual(['06/KH']);
    expect(resultAt(c, c.results.get(b)!)?.planIds).toEqual(['07/KH', 'ồ']);
    expect(parseCache(file([resultsLine([a], [result([])]), resultsLine([a], [result([])])]), 'key')).toBeUndefined();
    const many = Array.from({ length: 9 }, (_, i) => resultsLine([String(i).repeat(40)], [result([])]));
    expect(parseCache(file(many.slice(0, 8)), 'key')).toBeDefined();
    expect(parseCache(file(many), 'key')).toBeUndefined();
  });
});

describe('the walk record', () => {
  it('keeps the paths as one string, names a root by its place among the folders listed or by its path, and keeps trees as runs', () => {
    const dirs = ['/a', '/a/b'];
    const index = new Map(dirs.map((d, i) => [d, i]));
    const files = ['/a/b/p.yaml', '/a/b/q.yaml', '/c/units.yaml'];
    expect(packPaths(files)).toBe('/a/b/p.yaml\0/a/b/q.yaml\0/c/units.yaml');
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, unit: fc.constantFrom('/', 'a', '.', ' ', '$', '&', '1', 'ễ', '\\', '\n', '"', '😀') })), (paths) => {
        expect(unpackPaths(Buffer.from(packPaths(paths)!).toString('utf8'))).toEqual(paths);
      }),
    );
    // No path is empty, holds a NUL or a lone surrogate (UTF-8 would not keep it): such a walk is not kept.
    expect(packPaths(['/a/p.yaml', '/a/q\0.yaml'])).toBeUndefined();
    expect(packPaths(['/a/p.yaml', ''])).toBeUndefined();
    expect(packPaths(['/a/p\uD800.yaml'])).toBeUndefined();
    const trees = [
      { root: '/a/b', targets: [0, 1], context: [] },
      { root: '/c', targets: [2], context: [0, 2] },
    ];
    const t = packTrees(trees, index);
    const read = unpackTrees(JSON.parse(JSON.stringify(t)), 3, 3, dirs)!;
    expect(read.map((c) => ({ root: c.root, targets: c.targets, context: c.context }))).toEqual(trees);
    // Whether a tree holds a marked file, told from its runs: each file of the run marked alone.
    for (let marked = 0; marked < 6; marked++) {
      const before = Uint32Array.from({ length: 7 }, (_, k) => (k > marked ? 1 : 0));
      expect(read.map((c) => c.touches(before, 3))).toEqual(trees.map((c) => [...c.targets, ...c.context.map((x) => 3 + x)].includes(marked)));
    }
    // An index past the files, or a run left over: no trees.
    expect(unpackTrees(t, 2, 3, dirs)).toBeUndefined();
    expect(unpackTrees([t[0], [...t[1], 0]], 3, 3, dirs)).toBeUndefined();
  });
});

/** The cache file outside the folder checked, whose listing it would otherwise change. */
async function validate(cwd: string, cache?: string): Promise<string> {
  const f = fakeIO({ cwd });
  const code = await main(['validate', '.', '--format', 'json', ...(cache ? ['--cache', '--cache-location', cache] : [])], f.io);
  return `${code}\n${f.out()}${f.err()}`;
}

describe('validate --cache over names and findings that are not ASCII', () => {
  it('reports what a cold run reports, writes back unchanged what did not change, and checks again a result of the wrong shape', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-cache-'));
    const folder = join(dir, 'Nguyễn Văn A', '2018');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(dir, 'Nguyễn Văn A', 'units.yaml'), 'thidua: 1\nkind: units\nunits:\n  - { id: so-tu-phap, name: Sở Tư pháp, kind: so }\n');
    // A finding in Vietnamese: the owner names no unit.
    writeFileSync(join(folder, 'kế-hoạch.yaml'), 'thidua: 1\nkind: plan\nid: 06/KH-STP\ntitle: Kế hoạch\nissuer: sở-không-có\nissued: 2018-01-10\nyear: 2018\nmilestones:\n  - { id: so-ket, title: Sơ kết, due: 2018-06-20, owner: sở-không-có, type: review }\n');
    // Older than the racy window (src/check/cache.ts), so that stats and listings are kept.
    const past = new Date(Date.now() - 60_000);
    for (const p of [join(folder, 'kế-hoạch.yaml'), join(dir, 'Nguyễn Văn A', 'units.yaml'), folder, join(dir, 'Nguyễn Văn A'), dir]) utimesSync(p, past, past);
    const loc = join(mkdtempSync(join(tmpdir(), 'thidua-cache-')), '.thiduacache');
    try {
      const cold = await validate(dir);
      expect(cold).toContain('sở-không-có');
      expect(await validate(dir, loc)).toBe(cold);
      const first = readFileSync(loc);
      expect(first.toString('utf8')).toContain('sở-không-có');
      expect(await validate(dir, loc)).toBe(cold);
      // Nothing changed: every record is written back as it was read.
      expect(readFileSync(loc).equals(first)).toBe(true);
      // A result of the wrong shape, the rest of the file sound: that tree is checked again, and its result replaced.
      const text = first.toString('utf8');
      const line = text.split('\n').find((l) => l.startsWith('["R",'))!;
      const record = JSON.parse(line) as unknown[];
      const found = record[7] as [number, unknown, unknown][];
      const wrong = found.map(([i, d, w]) => [i, JSON.stringify(d).includes('sở-không-có') ? 'none' : d, w]);
      expect(wrong).not.toEqual(found);
      writeFileSync(loc, text.replace(line, JSON.stringify([...record.slice(0, 7), wrong])));
      expect(await validate(dir, loc)).toBe(cold);
      expect(readFileSync(loc, 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(loc, '..'), { recursive: true, force: true });
    }
  });
});
