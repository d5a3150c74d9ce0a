import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { fastLoaded } from '../../src/load/fast.js';
import { loadWorkspace } from '../../src/load/load.js';
import type { Lang } from '../../src/diagnostics/diagnostic.js';

/*
 * A document with schema errors that the fast subset reader reads is checked
 * from that reader's data and placed by its tree (src/load/fast.ts), not read
 * again by `yaml`. Its findings must be those of the full path, to the
 * character: compared here over every YAML file and block the project ships,
 * and over generated files with schema mistakes.
 */

const root = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'yaml-test-suite') out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

const shipped = [...yamlFiles(join(root, 'examples')), ...yamlFiles(join(root, 'test', 'fixtures'))].map((f) => readFileSync(f, 'utf8'));
const blocks = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]!));

interface Outcome {
  fast: boolean;
  findings: unknown;
}

/** Loads `text` as stdin both ways and checks it (as `validate --strict` would), comparing everything a user or a rule sees. */
function both(text: string, lang: Lang = 'en', found = false): Outcome {
  const cwd = root;
  const opts = { lang, cwd, stdin: text, ...(found ? { found: new Set(['-']) } : {}) };
  const fast = loadWorkspace(['-'], opts);
  const full = loadWorkspace(['-'], { ...opts, full: true });
  const findings = check(fast, { strict: true });
  expect(findings, text).toEqual(check(full, { strict: true }));
  const [a, b] = [fast, full].map((ws) => ({ unshown: ws.files[0]!.unshown ?? 0, docs: ws.docs.map((d) => [d.index, d.kind, d.valid, d.salvaged, d.data]) }));
  expect(a, text).toEqual(b);
  return { fast: fastLoaded(fast.files[0]!), findings };
}

describe('a file with schema errors read by the fast reader gets the findings of the full path', () => {
  it('every YAML file of the examples and fixtures, and every YAML block of the docs, as is', () => {
    let fast = 0;
    for (const text of shipped) if (both(text).fast) fast++;
    // Excerpts in the docs are mostly not thidua documents: named (load/not-thidua) and found by a walk (load/skipped).
    for (const text of blocks) for (const found of [false, true]) if (both(text, 'en', found).fast) fast++;
    // Most took the fast path: it was compared, not only the full path with itself.
    expect(fast).toBeGreaterThan((shipped.length + 2 * blocks.length) / 2);
  });

  it('the cases the fast path must leave to `yaml`: a key over 1024 characters, an empty document, nesting past the limit', () => {
    const deep = `thidua: 1\nkind: units\nunits:\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
    for (const text of [`${'k'.repeat(1025)}: 1\n`, `thidua: 1\nkind: units\n---\n---\nunits: []\n`, deep]) {
      const r = both(text);
      expect(r.fast).toBe(false);
      expect(r.findings).not.toEqual([]);
    }
    expect(both(`${'k'.repeat(1024)}: 1\n`).fast).toBe(true);
  });

  it('a value only its source text can show (1e400 is Infinity) is shown as written, in both languages', () => {
    const text = 'thidua: 1\nkind: units\nunits:\n  - { id: a, name: 1e400, kind: so }\n';
    for (const lang of ['en', 'vi'] as const) {
      expect(JSON.stringify(both(text, lang).findings)).toContain('1e400');
    }
  });

  it('a comment line the fast reader cannot place around: `yaml` places the findings (under 1 MiB), where the full path would', () => {
    // Indented deeper than the line after it: `yaml` stretches the item above over it.
    const r = both('thidua: 1\nkind: units\nunits:\n  - { id: a, name: A, kind: so, bad: 1 }\n      # deeper than the next line\n  - { id: b, name: B, kind: xa, nme: 1 }\n');
    expect(r.fast).toBe(true);
    expect((r.findings as { code: string; line: number }[]).map((d) => `${d.line} ${d.code}`)).toEqual(['4 schema/unknown-property', '6 schema/unknown-property']);
  });

  it('more errors than a file shows: the same first findings and the same count of the rest', () => {
    const units = Array.from({ length: 400 }, (_, i) => `  - { id: u${i}, name: U, kind: so, bad${i % 7}: 1 }\n`).join('');
    const r = both(`thidua: 1\nkind: units\nunits:\n${units}`);
    expect(r.fast).toBe(true);
    expect(JSON.stringify(r.findings)).toContain('more-findings');
  });

  // Mistakes written into the shipped files, line by line, as a clerk would make them.
  const WRONG = ['42', '-1', '1.5', 'true', 'null', '""', '[]', '{}', '[1, 2]', '{ a: 1 }', 'x y z', '"tiếng Việt"', '2018-13-45', '30/02/2018', 'so-tu-phap', 'KH', "'q'", '1e400', 'regular', 'xa'];
  const KEYS = ['bad', 'nme', 'idd', 'titel', 'kind', 'year', 'due', 'owner', 'units', 'note'];
  const mistake = fc.record({ line: fc.nat(), kind: fc.constantFrom('insert', 'value', 'delete', 'rename', 'header'), word: fc.constantFrom(...KEYS), value: fc.constantFrom(...WRONG), nth: fc.nat(5) });
  type Mistake = { line: number; kind: string; word: string; value: string; nth: number };

  /** One mistake in a file's text; lines it cannot apply to stay as they are. */
  function apply(text: string, m: Mistake): string {
    const lines = text.split('\n');
    const i = m.line % lines.length;
    const l = lines[i]!;
    const key = /^(\s*)(- )?([A-Za-z_][\w-]*):(?: (.*))?$/.exec(l);
    const pairs = [...l.matchAll(/([A-Za-z_][\w-]*): ([^,{}[\]]+)/g)];
    const pair = pairs[m.nth % Math.max(pairs.length, 1)];
    if (m.kind === 'header') return text.replace(m.nth % 3 === 0 ? 'thidua: 1' : 'kind: ', m.nth % 3 === 0 ? `thidua: ${m.value}` : m.nth % 3 === 1 ? `kind: ${m.word}` : 'kinda: ');
    if (m.kind === 'insert' && key && !key[2]) lines.splice(i, 0, `${key[1]}${m.word}: ${m.value}`);
    else if (m.kind === 'insert' && key) lines.splice(i, 1, `${key[1]}- ${m.word}: ${m.value}`, `${key[1]}  ${key[3]}:${key[4] === undefined ? '' : ` ${key[4]}`}`);
    else if (m.kind === 'delete' && key && !key[2] && key[4]) lines.splice(i, 1);
    else if (m.kind === 'value' && pair) lines[i] = l.slice(0, pair.index) + `${pair[1]}: ${m.value}` + l.slice(pair.index! + pair[0].length);
    else if (m.kind === 'rename' && pair) lines[i] = l.slice(0, pair.index) + `${m.word === 'bad' ? pair[1] + 'x' : m.word}: ${pair[2]}` + l.slice(pair.index! + pair[0].length);
    return lines.join('\n');
  }

  it('generated: the shipped files with random schema mistakes, one to three documents a file', () => {
    // The files the fast reader reads as they are (some use anchors, which it leaves to `yaml`).
    const plain = shipped.filter((t) => both(t).fast);
    expect(plain.length).toBeGreaterThan(shipped.length / 2);
    let fastErrors = 0;
    const runs = 150;
    fc.assert(
      fc.property(fc.array(fc.record({ file: fc.nat(plain.length - 1), mistakes: fc.array(mistake, { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 3 }), fc.constantFrom<Lang>('en', 'vi'), (docs, lang) => {
        const text = docs.map((d) => d.mistakes.reduce(apply, plain[d.file]!.replace(/^---\n/, ''))).join('\n---\n');
        const r = both(text, lang);
        if (r.fast && /"(schema|load)\//.test(JSON.stringify(r.findings))) fastErrors++;
      }),
      { numRuns: runs },
    );
    // Many had findings of the document steps (schema/…, load/…) and were read by the fast reader: not only the full path was compared with itself.
    expect(fastErrors).toBeGreaterThan(runs / 3);
  });
});
