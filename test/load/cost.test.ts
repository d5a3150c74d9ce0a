import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MAX_PER_FILE } from '../../src/diagnostics/cap.js';
import { MAX_DEPTH } from '../../src/load/depth.js';
import { parseSubset } from '../../src/load/fast-yaml.js';
import { MAX_KEYS } from '../../src/load/fast-yaml-scalars.js';
import { MAX_PLACED_BYTES } from '../../src/load/read.js';
import { fakeIO } from '../helpers/fake-io.js';

interface Finding {
  code: string;
  severity: string;
  line: number;
  column: number;
  message: string;
}

const head = 'thidua: 1\nkind: units\nunits:\n';

/** One file alone in a fresh folder (a file's neighbours are read as context). */
function alone(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cost-'));
  writeFileSync(join(dir, 'units.yaml'), text);
  return dir;
}

async function run(args: string[], cwd: string, lang = 'en') {
  const f = fakeIO({ cwd });
  const code = await main([...args, '--lang', lang], f.io);
  return { code, out: f.out(), err: f.err() };
}

async function findings(dir: string, lang = 'en'): Promise<Finding[]> {
  return (JSON.parse((await run(['validate', 'units.yaml', '--format', 'json'], dir, lang)).out) as { diagnostics: Finding[] }).diagnostics;
}

describe('bounded output and work on hostile files', () => {
  it('cuts the code frame of a long line to a window around the finding', async () => {
    const long = 'x'.repeat(200_000);
    const dir = alone(`${head}  - id: a\n    name: "${long}"\n    kind: so\n    bad: 1\n    tags: [${'y'.repeat(5000)}, 7]\n`);
    const r = await run(['validate', 'units.yaml'], dir);
    expect(r.code).toBe(1);
    // Two findings, each with a frame of three lines: nothing near the 200,000 characters.
    expect(r.out.length).toBeLessThan(3000);
    const lines = r.out.split('\n');
    for (const l of lines) expect(l.length).toBeLessThan(200);
    // The frame of `tags` shows the finding (the 7) and marks it, with … where the line was cut.
    const at = lines.findIndex((l) => l.startsWith('    > 8 |'));
    expect(lines[at]).toMatch(/^ {4}> 8 \| …y+, 7]$/);
    const caret = lines[at + 1]!.indexOf('^');
    expect(lines[at]![caret]).toBe('7');
  });

  it('keeps the first findings of a file and counts the rest in one more', async () => {
    const keys = Array.from({ length: 32_000 }, (_, i) => `    k${i}: x\n`).join('');
    const list = await findings(alone(`${head}  - id: a\n    name: A\n    kind: so\n${keys}`));
    expect(list).toHaveLength(MAX_PER_FILE + 1);
    expect(list.slice(0, MAX_PER_FILE).every((d) => d.code === 'schema/unknown-property')).toBe(true);
    expect(list[0]).toMatchObject({ line: 7, column: 5 });
    const more = list[MAX_PER_FILE]!;
    expect(more).toMatchObject({ code: 'more-findings', severity: 'error' });
    expect(more.message).toBe(`About ${32_000 - MAX_PER_FILE} more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).`);
  });

  it('the fast reader gives up on a mapping of more keys than any document has (block and flow) in a file too large to place, and reads one of MAX_KEYS', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);
    // Past MAX_PLACED_BYTES the full path reads nothing (load/too-large-to-place): there the limit holds,
    // also in a text of fewer characters than that but more bytes (ế is 3 bytes of UTF-8).
    for (const pad of [`pad: ${'x'.repeat(MAX_PLACED_BYTES)}\n`, `pad: ${'ế'.repeat(Math.floor(MAX_PLACED_BYTES / 3))}\n`]) {
      const block = (n: number) => `${pad}units:\n  - id: a\n${keys(n).map((k) => `    ${k}: x\n`).join('')}`;
      const flow = (n: number) => `${pad}units:\n  - { id: a, ${keys(n).map((k) => `${k}: x`).join(', ')} }\n`;
      for (const text of [block, flow]) {
        const read = parseSubset(text(MAX_KEYS - 1)) as [{ units: Record<string, unknown>[] }];
        expect(Object.keys(read[0].units[0]!)).toHaveLength(MAX_KEYS);
        expect(parseSubset(text(MAX_KEYS))).toBeUndefined();
        // A file the full path would parse is read at any number of keys: it gets the same findings either way, sooner.
        const small = parseSubset(text(MAX_KEYS).slice(pad.length)) as [{ units: Record<string, unknown>[] }];
        expect(Object.keys(small[0].units[0]!)).toHaveLength(MAX_KEYS + 1);
      }
    }
  });

  it('a file of MAX_KEYS + 1 keys in one unit (read by the fast reader, as the full path would read it) is reported as before: each key, then the count', async () => {
    const keys = Array.from({ length: MAX_KEYS + 1 }, (_, i) => `    k${i}: x\n`).join('');
    const list = await findings(alone(`${head}  - id: a\n    name: A\n    kind: so\n${keys}`));
    expect(list.slice(0, MAX_PER_FILE).map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(Array.from({ length: MAX_PER_FILE }, (_, i) => `${7 + i}:5 schema/unknown-property`));
    expect(list[MAX_PER_FILE]!.message).toBe(`About ${MAX_KEYS + 1 - MAX_PER_FILE} more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).`);
  });

  it('counts exactly when the rules made the findings', async () => {
    const units = Array.from({ length: MAX_PER_FILE + 5 }, (_, i) => `  - { id: u${i}, name: U, kind: so, parent: nobody }\n`).join('');
    const list = await findings(alone(head + units));
    expect(list).toHaveLength(MAX_PER_FILE + 1);
    expect(list[MAX_PER_FILE]!.message).toBe(`5 more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).`);
    expect(list[MAX_PER_FILE]).toMatchObject({ line: 3 + MAX_PER_FILE + 1, column: 1 + '  - { id: u100, name: U, kind: so, parent: '.length - 1 + 1 });
  });

  // Levels: the block indentations open on the line, its `- ` entries, then open brackets;
  // the finding sits where the count first passes MAX_DEPTH.
  for (const [name, text, line, column] of [
    // Indents [0, 2] and one entry: the (MAX_DEPTH - 2)th bracket, from column 5.
    ['flow, 10,000 deep', `${head}  - ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 4, 4 + MAX_DEPTH - 2],
    // Line 4 + i holds indents [0, 2, …, i + 2] and an entry: i = MAX_DEPTH - 2, after its dash.
    ['block, 4,400 deep', head + Array.from({ length: 4400 }, (_, i) => `${' '.repeat(i + 2)}- \n`).join(''), 4 + MAX_DEPTH - 2, MAX_DEPTH + 3],
    // One indent and MAX_DEPTH entries: after the MAX_DEPTH-th dash.
    ['dashes on one line', `${head}${'- '.repeat(4400)}x\n`, 4, 2 * MAX_DEPTH + 1],
  ] as const) {
    it(`nesting ${name} is a located finding in the user's language, not a stack overflow`, async () => {
      const vi = await findings(alone(text), 'vi');
      expect(vi.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
        `${line}:${column} load/too-deep Cấu trúc lồng nhau quá sâu ở đây (hơn ${MAX_DEPTH} mức); một kế hoạch chỉ cần vài mức.`,
      ]);
    });
  }

  it('a plan nested a few levels is not too deep', async () => {
    const list = await findings(alone(`${head}  - { id: a, name: A, kind: so, tags: [[[[[[x]]]]]] }\n`));
    expect(list.map((d) => d.code)).toEqual(['schema/type']);
  });
});
