import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingAt, parseCache, resultAt } from '../../src/check/cache-read.js';
import { chunks } from '../../src/check/cache-write.js';
import { textLine, wordsText } from '../../src/check/cache-file.js';
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

  it('writes a line of base64 and hex texts as JSON.stringify would', () => {
    fc.assert(
      fc.property(fc.uint32Array(), fc.stringMatching(/^[0-9a-f]*$/), fc.constantFrom('f', 'k', 'T'), fc.array(fc.jsonValue(), { maxLength: 2 }), (words, hex, kind, json) => {
        const texts = [wordsText(Uint32Array.from(words)), hex];
        expect(textLine(kind, texts, ...json)).toBe(JSON.stringify([kind, ...texts, ...json]));
      }),
    );
    expect(textLine('f', ['', ''], ['/Nguyễn "A"/\\x.yaml'])).toBe(JSON.stringify(['f', '', '', ['/Nguyễn "A"/\\x.yaml']]));
  });

  it('takes the tables of folders and files in place, and refuses a file whose lines are not all records of the right size', () => {
    const k = 'a'.repeat(40);
    // Two folders' stat hashes (two words each) and one file's, as base64 of their bytes.
    const dirStat = Buffer.from(new Uint32Array([1, 2, 3, 4]).buffer).toString('base64');
    const fileStat = Buffer.from(new Uint32Array([5, 6]).buffer).toString('base64');
    const good = [
      '["thidua-cache",7,"key"]',
      '["D",["/a","/a/Nguyễn"]]',
      `["T","${dirStat}"]`,
      '["L",["Nguyễn/x.yaml","p.yaml"],["df","f"]]',
      `["f","${fileStat}","${'b'.repeat(40)}",["/a/x.yaml"]]`,
      `["R",["${k}"],"1",[[0],[]],[[0],[]],[[1],["ồ"]],[[0],[]],[[0,{"x":"ồ"},[]]]]`,
      '["end"]',
      '',
    ].join('\n');
    const c = parseCache(Buffer.from(good), 'key')!;
    expect(c.dirs?.paths).toEqual(['/a', '/a/Nguyễn']);
    expect([...c.dirs!.stat]).toEqual([1, 2, 3, 4]);
    expect(listingAt(c, 0)).toEqual(['Nguyễn/x.yaml', 'df']);
    expect([...c.files!.stat]).toEqual([5, 6]);
    expect(c.files?.paths).toEqual(['/a/x.yaml']);
    expect([...c.results.keys()]).toEqual([k]);
    // A result or a listing of the wrong shape is found when asked for: it is none.
    expect(resultAt(c, 0)).toBeUndefined();
    expect(listingAt(parseCache(Buffer.from(good.replace('"p.yaml"', '"p.yaml/q"')), 'key')!, 1)).toBeUndefined();
    for (const bad of [
      good.replace(`"${'b'.repeat(40)}"`, '"b"'),
      good.replace(`["R",["${k}"]`, '["R",["A"]'),
      good.replace('{"x":"ồ"},[]]]]', '{"x":"ồ"},[]]]'),
      // Two flags for one tree; a list of one item said to have two.
      good.replace('"1",', '"11",'),
      good.replace('[[1],["ồ"]]', '[[2],["ồ"]]'),
      good.replace(dirStat, fileStat),
      good.replace('["/a/x.yaml"]', '["/a/x.yaml","/a/y.yaml"]'),
      good.replace('["L"', '["d"'),
      good.replace('["T"', '["t"'),
      good.replace('["end"]\n', ''),
      good.slice(0, -1),
      good.replace('key', 'other'),
      // Keys of trees, without a walk that has them.
      good.replace('["end"]', `["k","${'c'.repeat(40)}"]\n["end"]`),
    ]) {
      expect(parseCache(Buffer.from(bad), 'key')).toBeUndefined();
    }
  });
});

describe('results in a few lines', () => {
  const result = (planIds: string[]): CachedResult => ({ diagnostics: [], waived: [], waiverPlans: [], reportsOn: [], planIds, hasUnits: true, unitsFallback: false, planFallback: [] });
  const file = (lines: string[]): Buffer => Buffer.from(['["thidua-cache",7,"key"]', ...lines, '["end"]', ''].join('\n'));
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
      fc.property(fc.array(fc.string({ minLength: 1, unit: fc.constantFrom('/', 'a', '.', ' ', '$', '&', '1', 'ễ', '\\', '\n') })), (paths) => {
        expect(unpackPaths(JSON.parse(JSON.stringify(packPaths(paths))))).toEqual(paths);
      }),
    );
    // No path is empty or holds a NUL: such a walk is not kept, and a record that is not one string is not ours.
    expect(packPaths(['/a/p.yaml', '/a/q\0.yaml'])).toBeUndefined();
    expect(packPaths(['/a/p.yaml', ''])).toBeUndefined();
    expect(unpackPaths([1, 'p.yaml'])).toBeUndefined();
    expect(unpackPaths(null)).toBeUndefined();
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
