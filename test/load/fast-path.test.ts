import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { writeBrokenWorkspace } from '../helpers/broken-files.js';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../bench/gen-corpus.mjs';

const root = join(import.meta.dirname, '..', '..');

function both(dir: string) {
  const { files } = expandPaths([dir], dir);
  const fast = loadWorkspace(files, { lang: 'en', cwd: dir });
  const full = loadWorkspace(files, { lang: 'en', cwd: dir, full: true });
  return { fast, full, dFast: check(fast, { strict: true }), dFull: check(full, { strict: true }) };
}

/** Files whose data is valid but that break rules, or use YAML both parsers must read alike. */
function writeTrickyWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-tricky-'));
  const plan = readFileSync(join(root, 'examples/tien-giang-2018/plan.yaml'), 'utf8');
  writeFileSync(join(dir, 'units.yaml'), readFileSync(join(root, 'examples/tien-giang-2018/units.yaml')));
  writeFileSync(join(dir, 'plan.yaml'), plan.replace('years: 88', 'years: 87').replace('to: 2018-06-30', 'to: 2018-06-20'));
  writeFileSync(join(dir, 'plan-anchors.yaml'), plan.replace('06/KH-STP', '07/KH-STP').replace('signer: Lê Phú Tân', 'signer: &s Lê Phú Tân\nscope: *s'));
  writeFileSync(join(dir, 'plan-numbers.yaml'), plan.replace('06/KH-STP', '08/KH-STP').replace('count: 8', 'count: 0x10').replace('min: 3', 'min: 0o3'));
  writeFileSync(join(dir, 'plan-yes.yaml'), plan.replace('06/KH-STP', '09/KH-STP').replace('signer: Lê Phú Tân', 'signer: no'));
  writeFileSync(join(dir, 'progress.yaml'), readFileSync(join(root, 'examples/tien-giang-2018/progress-2018-07-15.yaml'), 'utf8').replace('chosen: xa-an-huu', 'chosen: xa-an-huuu'));
  writeFileSync(join(dir, 'multi.yaml'), 'thidua: 1\nkind: units\nunits:\n  - { id: a1, name: A, kind: so }\n---\nthidua: 1\nkind: units\nunits:\n  - { id: a1, name: B, kind: so, validFrom: 2018-13-01 }\n');
  return dir;
}

describe('fast path and full path', () => {
  for (const [name, make] of [
    ['examples', () => join(root, 'examples')],
    ['broken inputs', writeBrokenWorkspace],
    ['valid files with rule findings and unusual YAML', writeTrickyWorkspace],
    ['a generated repository', () => {
      const d = mkdtempSync(join(tmpdir(), 'thidua-gen-'));
      generate(d, 200);
      return d;
    }],
  ] as const) {
    it(`give identical findings and data: ${name}`, () => {
      const { fast, full, dFast, dFull } = both(make());
      expect(dFast).toEqual(dFull);
      // Both paths were exercised: some files never built a position index.
      expect(full.files.every((f) => f.lines !== undefined || f.text === undefined)).toBe(true);
      expect(fast.docs.map((d) => [d.file.path, d.index, d.kind, d.valid, d.data])).toEqual(full.docs.map((d) => [d.file.path, d.index, d.kind, d.valid, d.data]));
    });
  }

  it('reaches positions on demand for files it loaded fast', () => {
    const { dFast } = both(writeTrickyWorkspace());
    const years = dFast.find((d) => d.code === 'anniversary-years-match');
    expect(years && `${years.file}:${years.line}:${years.column}`).toMatch(/^plan\.yaml:\d+:12$/);
    const { fast } = both(join(root, 'examples'));
    expect(fast.files.filter((f) => f.lines === undefined).length).toBeGreaterThan(0);
  });

  it('text below U+0300 is NFC as it is, which lets the fast path skip normalising it: every character, and every pair', () => {
    let changed = 0;
    for (let a = 0; a < 0x300; a++) {
      const one = String.fromCharCode(a);
      if (one.normalize('NFC') !== one) changed++;
      for (let b = 0; b < 0x300; b++) {
        const two = one + String.fromCharCode(b);
        if (two.normalize('NFC') !== two) changed++;
      }
    }
    expect(changed).toBe(0);
    // And just above it, a combining mark composes with the letter before it.
    expect('a\u0300'.normalize('NFC')).toBe('\u00e0');
  });
});
