import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { expandPaths } from '../../src/load/files.js';
import { parseSubset } from '../../src/load/fast-yaml.js';
import { agreement, reference } from '../helpers/agreement.js';

const root = join(import.meta.dirname, '..', '..');

/** The subset reader gives up or agrees with `yaml` (test/helpers/agreement.ts); returns whether it answered. */
function agrees(text: string): boolean {
  const a = agreement(text);
  if (a === 'placed') placed++;
  return a !== 'gave up';
}

/** How many texts the reader placed as well as read, since the last test began. */
let placed = 0;
beforeEach(() => {
  placed = 0;
});

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Values where YAML readers are known to differ, or where a hand-written reader slips.
const TRICKY = [
  '', 'null', 'Null', 'NULL', '~', 'true', 'True', 'FALSE', 'yes', 'no', 'on', '0', '-0', '007', '+12', '-3',
  '1e3', '1.5', '.5', '1.', '-.5e-2', '0x1F', '0o17', '1_000', '.inf', '-.Inf', '.nan', '2018-06-30', '30/06/2018',
  '06/KH-STP', '21-CT/TW', 'a: b', 'a #b', 'a#b', '#x', "it's", 'say "hi"', '- x', '-x', '[a]', '{a: 1}', 'a, b',
  'Kế hoạch thi đua năm 2018', 'Xã Tân Thành', ' lead', 'trail ', 'x:y', 'http://a.b/c', '@at', '`tick', '%pc',
  '&anchor', '*alias', '!tag', '?q', '|pipe', '>gt', 'a\\b', 'é', '"', "'", ':', '-', '?',
];
const KEYS = ['id', 'title', 'name', 'kind', 'years', 'from', 'to', 'null', 'true', 'on', 'a-b', 'x_1', '__proto__', 'Đợt', '1'];

/** `comments`: how often a comment line (at any indentation, maybe after a blank line) follows a line. */
function genText(r: () => number, comments = 0.05): string {
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const scalar = (flow: boolean): string => {
    const v = pick(TRICKY);
    const style = r();
    if (style < 0.55) return v;
    if (style < 0.8) return `'${v.replace(/'/g, "''")}'`;
    return flow && r() < 0.5 ? v : `"${v}"`;
  };
  const flowNode = (depth: number): string => {
    const k = r();
    if (depth > 1 || k < 0.5) return scalar(true);
    if (k < 0.75) return `[${Array.from({ length: Math.floor(r() * 4) }, () => flowNode(depth + 1)).join(', ')}]`;
    return `{ ${Array.from({ length: Math.floor(r() * 4) }, () => `${pick(KEYS)}: ${flowNode(depth + 1)}`).join(', ')} }`;
  };
  const lines: string[] = [];
  const block = (indent: number, depth: number): void => {
    const pad = ' '.repeat(indent);
    const n = 1 + Math.floor(r() * 4);
    const asSeq = r() < 0.35;
    for (let i = 0; i < n; i++) {
      const head = asSeq ? `${pad}- ` : `${pad}${pick(KEYS)}:`;
      const k = r();
      const comment = r() < 0.15 ? ' # note' : '';
      if (depth < 3 && k < 0.25) {
        lines.push(asSeq ? `${pad}-${comment}` : head + comment);
        block(indent + (r() < 0.8 ? 2 : 4), depth + 1);
      } else if (k < 0.35) {
        lines.push(`${head}${asSeq ? '' : ' '}${pick(['>-', '>', '|', '|-', '>+', '|2'])}`);
        const inner = ' '.repeat(indent + 2);
        for (let j = 0, m = 1 + Math.floor(r() * 4); j < m; j++) lines.push(r() < 0.15 ? '' : `${inner}${r() < 0.1 ? '  ' : ''}${pick(TRICKY)}`);
      } else if (k < 0.55) lines.push(`${head}${asSeq ? '' : ' '}${flowNode(0)}${comment}`);
      else lines.push(`${head}${asSeq ? '' : ' '}${scalar(false)}${comment}`);
      while (r() < comments) {
        if (r() < 0.2) lines.push('');
        lines.push(`${' '.repeat(Math.floor(r() * 7))}# a comment`);
      }
      if (r() < 0.03) lines.push('');
    }
  };
  block(0, 0);
  if (r() < 0.1) lines.push('---', 'thidua: 1');
  return lines.join(r() < 0.1 ? '\r\n' : '\n') + '\n';
}

describe('the fast YAML subset reader', () => {
  it('agrees with yaml on every example and fixture, and reads them all', () => {
    const suite = join(root, 'test', 'fixtures', 'yaml-test-suite');
    const files = expandPaths([join(root, 'examples'), join(root, 'test', 'fixtures')], root).files.filter((f) => !f.startsWith(suite));
    let answered = 0;
    for (const f of files) if (agrees(readFileSync(f, 'utf8'))) answered++;
    expect(answered).toBeGreaterThan(files.length * 0.9);
    // And places them, but for the few with comment lines where `yaml` stretches a range.
    expect(placed).toBeGreaterThan(files.length * 0.85);
  });

  it('agrees with yaml or gives up on 3,000 generated documents full of awkward values', () => {
    const r = rng(20181);
    let answered = 0;
    for (let i = 0; i < 3000; i++) if (agrees(genText(r))) answered++;
    // Not vacuous: a good share must be read by the fast reader itself.
    expect(answered).toBeGreaterThan(300);
    expect(placed).toBeGreaterThan(answered * 0.8);
  });

  it('places as yaml does, or gives up placing, on 3,000 generated documents full of comment lines', () => {
    const r = rng(2026);
    let answered = 0;
    for (let i = 0; i < 3000; i++) if (agrees(genText(r, 0.4))) answered++;
    expect(answered).toBeGreaterThan(300);
    // Comments as indented as the line after them change no range: many of these are placed.
    expect(placed).toBeGreaterThan(100);
    expect(placed).toBeLessThan(answered);
  });

  it('agrees with yaml on data written by yaml itself', () => {
    const r = rng(7);
    let answered = 0;
    for (let i = 0; i < 1000; i++) {
      const data = { id: `x-${i}`, items: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ k, v: TRICKY[(i * 7 + k) % TRICKY.length], on: r() < 0.5 })) };
      if (agrees(stringify(data, { flowCollectionPadding: true, collectionStyle: i % 3 === 0 ? 'flow' : 'any', lineWidth: 0 }))) answered++;
    }
    expect(answered).toBeGreaterThan(500);
    expect(placed).toBe(answered);
  });

  it('agrees with yaml or gives up on every case of the YAML test suite, and never reads an invalid one', () => {
    const dir = join(root, 'test', 'fixtures', 'yaml-test-suite', 'cases');
    const cases: string[] = [];
    for (const id of readdirSync(dir)) {
      if (existsSync(join(dir, id, 'in.yaml'))) cases.push(join(dir, id));
      else for (const sub of readdirSync(join(dir, id))) cases.push(join(dir, id, sub));
    }
    expect(cases).toHaveLength(402);
    let answered = 0;
    for (const c of cases) {
      const text = readFileSync(join(c, 'in.yaml'), 'utf8');
      const invalid = existsSync(join(c, 'error'));
      if (invalid) {
        expect(parseSubset(text), `${c} is invalid YAML`).toBeUndefined();
        continue;
      }
      if (agrees(text)) answered++;
    }
    // Not vacuous: the plain cases are read by the fast reader itself.
    expect(answered).toBeGreaterThan(25);
    expect(placed).toBeGreaterThan(25);
  });

  it('agrees with yaml or gives up on generated text with Unicode spaces, empty documents, signed and dotted numbers', () => {
    // Spaces YAML keeps as content (only U+0020 and tab are white space to it).
    const unicodeSpace = fc.constantFrom('\u00a0', '\ufeff', '\u2028', '\u2029', '\u3000', '\u1680', '\u2000', '\u2009', '\u200a', '\u202f', '\u205f', '\u0085', ' ', '  ');
    const number = fc.constantFrom('-.5', '+.5', '.5', '-1.', '1.', '-0.0', '+1', '-1', '1e3', '-1.5e-3', '.5E+2', '-.inf', '+.nan', '0o17', '-0x1', '1_0', '--1', '-', '+', '.', '-.', '.e1', '1e');
    const word = fc.constantFrom('so-tu-phap', 'Sở Tư pháp', 'x', 'a#b', '', '2018-06-30', 'null', 'true');
    const value = fc.oneof(
      number,
      word,
      fc.tuple(word, unicodeSpace).map(([w, u]) => w + u),
      fc.tuple(unicodeSpace, word).map(([u, w]) => u + w),
      fc.tuple(word, unicodeSpace).map(([w, u]) => `${w}${u}# note`),
      fc.tuple(number, unicodeSpace).map(([n, u]) => n + u),
    );
    const key = fc.constantFrom('id', 'issuer', 'signer', 'year', 'kind', 'a-b');
    const mapping = fc.uniqueArray(fc.tuple(key, value, fc.boolean()), { selector: ([k]) => k, minLength: 1, maxLength: 5 }).map((pairs) =>
      pairs.map(([k, v, flow]) => (flow ? `${k}: [${v}]` : `${k}: ${v}`)).join('\n'),
    );
    const doc = fc.oneof(mapping, fc.constant(''), fc.constant('# only a comment'));
    const stream = fc.tuple(fc.boolean(), fc.array(doc, { minLength: 1, maxLength: 4 })).map(([lead, docs]) => (lead ? '---\n' : '') + docs.join('\n---\n') + '\n');
    let answered = 0;
    fc.assert(
      fc.property(stream, (text) => {
        if (agrees(text)) answered++;
      }),
      { numRuns: 3000, seed: 2018 },
    );
    expect(answered).toBeGreaterThan(300);
    expect(placed).toBeGreaterThan(300);
  });

  it('reads `---` then `---` as an empty document and a second one, as yaml does', () => {
    expect(parseSubset('---\n---\na: 1\n')).toBeUndefined();
    expect(reference('---\n---\na: 1\n')).toEqual([null, { a: 1 }]);
  });

  it('keeps Unicode spaces that YAML keeps, and reads -.5 as a number', () => {
    for (const u of ['\u00a0', '\ufeff', '\u2028', '\u3000']) {
      expect(parseSubset(`issuer: so-tu-phap${u}\n`)).toEqual([{ issuer: `so-tu-phap${u}` }]);
      expect(parseSubset(`issuer: a${u}# b\n`)).toEqual([{ issuer: `a${u}# b` }]);
    }
    expect(parseSubset('signer: -.5\n')).toEqual([{ signer: -0.5 }]);
  });

  it('gives up on what it does not read', () => {
    for (const t of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a:\n\tb: 1\n', 'a: 1\na: 2\n', '"k": 1\n', 'a: [1,\n  2]\n', 'a: "x\\ny"\n', '', '# only a comment\n', 'a: b\n  c\n']) {
      expect(parseSubset(t), JSON.stringify(t)).toBeUndefined();
    }
  });
});
