import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubset, placeSubset } from '../../src/load/fast-yaml.js';
import { agreement } from '../helpers/agreement.js';

/*
 * The subset reader reads by offsets over the text (src/load/fast-yaml*.ts):
 * line ends, indentation, comments and document markers are found by index,
 * not by splitting. Generated documents with every line ending, comments at
 * every indentation, Unicode spaces, long lines and the scalars it reads
 * without a regular expression: it agrees with `yaml` or gives up, and places
 * only what it reads (test/helpers/agreement.ts).
 */

type Node = string | { map: [string, Node][] } | { seq: Node[] };

// Mostly what the reader reads; one in ten, what it must give up on (or read with care).
const KEYS = ['id', 'name', 'kind', 'date', 'a-b', 'x_1', 'z'];
const BAD_KEYS = ['constructor', 'toString', '__proto__', 'null', 'Đ', '1'];
const VALUES = [
  'so', 'U', 'u0000001', 'Sở Tư pháp', '2018-06-30', '2018-6-30', '2018-06-30x', '20180630', '2018-13-45', '0000-00-00', '007', '0', '-3',
  '123456789012345', '1234567890123456', '1.5', '-.5', 'null', '~', 'true', 'a #b', 'a#b', 'x:y', "'it''s'", '"say"', "''", '""', '[a, b]',
  '[]', '{}', '{ id: a, kind: so }', '-x', '|', '|-', '>', '>-', '|  ', '>- # c', 'a\u00a0', '\u3000a', 'b\u2028', 'c\ufeff# d',
];
const BAD_VALUES = ['-0', '9007199254740993', '.inf', '0x1F', 'x: y', '"a\\nb"', '{ a: 1, a: 2 }', '[a: b]', '- x', '#c', '|+', '|2', '&a x', '*a'];
const UNICODE_SPACE = ['\u00a0', '\ufeff', '\u2028', '\u3000', '\u2009'];
const mostly = (good: string[], bad: string[]): fc.Arbitrary<string> => fc.oneof({ weight: 15, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });

const { map: root, seq: seqRoot } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, mostly(VALUES, BAD_VALUES), tie('map'), tie('seq')),
  map: fc.uniqueArray(fc.tuple(mostly(KEYS, BAD_KEYS), tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((map) => ({ map })),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
}));

/** Renders a document, taking each choice (line end, comment, blank line, indentation step) from `pick`. */
function render(root: Node, pick: () => number): string {
  const lines: string[] = [];
  const eol = (): string => (pick() % 3 === 0 ? '\r\n' : '\n');
  const push = (indent: number, text: string): void => {
    lines.push(' '.repeat(indent) + text + eol());
    const p = pick() % 10;
    // A comment line at any indentation, a blank line, one of spaces only, or nothing.
    if (p === 0) lines.push(`${' '.repeat(pick() % (indent + 5))}# note${eol()}`);
    else if (p === 1) lines.push(eol());
    else if (p === 2) lines.push(' '.repeat(1 + (pick() % 6)) + eol());
  };
  const comment = (): string => (pick() % 6 === 0 ? ' # c' : '') + (pick() % 9 === 0 ? ' '.repeat(1 + (pick() % 2)) : '');
  const scalar = (v: string, indent: number): string => {
    // A block scalar's lines, more indented than its key.
    if (/^[|>]/.test(v)) for (let i = 0, n = 1 + (pick() % 3); i < n; i++) lines.push(`${' '.repeat(indent + 2 + (pick() % 4 === 0 ? 2 : 0))}line ${i}${eol()}`);
    return v;
  };
  const write = (n: Node, indent: number): void => {
    if (typeof n === 'string') return push(indent, scalar(n, indent));
    const step = [1, 2, 4][pick() % 3]!;
    if ('seq' in n) {
      for (const item of n.seq) {
        if (typeof item === 'string') {
          const at = lines.length;
          lines.push('');
          const v = scalar(item, indent);
          lines[at] = `${' '.repeat(indent)}- ${v}${comment()}${eol()}`;
        } else if ('map' in item && pick() % 2 === 0) {
          // `- key: value`, the mapping's other keys under its first.
          const [[k, v], ...rest] = item.map;
          if (typeof v === 'string') push(indent, `- ${k}: ${scalar(v, indent + 2)}${comment()}`);
          else {
            push(indent, `- ${k}:${comment()}`);
            write(v, indent + 2 + step);
          }
          if (rest.length) write({ map: rest }, indent + 2);
        } else {
          push(indent, `-${comment()}`);
          write(item, indent + step);
        }
      }
      return;
    }
    for (const [k, v] of n.map) {
      if (typeof v === 'string') {
        const at = lines.length;
        lines.push('');
        const text = scalar(v, indent);
        lines[at] = `${' '.repeat(indent)}${k}: ${text}${comment()}${eol()}`;
      } else {
        push(indent, `${k}:${comment()}`);
        // A sequence may sit at its key's indentation.
        write(v, 'seq' in v && pick() % 2 === 0 ? indent : indent + step);
      }
    }
  };
  write(root, 0);
  return lines.join('');
}


const text = fc
  .tuple(fc.array(fc.oneof(root, seqRoot), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), mostly(['---\n', '---\r\n'], ['--- \n', '---x: 1\n', '----\n', '...\n', '--- # c\n']), fc.boolean(), fc.boolean())
  .map(([docs, choices, marker, lead, lastBreak]) => {
    let k = 0;
    const pick = (): number => choices[k++ % choices.length]! + k;
    const out = (lead ? marker : '') + docs.map((d) => render(d, pick)).join(marker);
    return lastBreak ? out : out.replace(/\r?\n$/, '');
  });

describe('the fast YAML subset reader, by offsets', () => {
  it('agrees with yaml or gives up on generated documents: every line end, comments at every indentation, markers, block scalars', () => {
    const seen = { 'gave up': 0, read: 0, placed: 0 };
    fc.assert(
      fc.property(text, (t) => {
        seen[agreement(t)]++;
      }),
      { numRuns: 2500, seed: 1111 },
    );
    // Not vacuous: many are read, and many placed too.
    expect(seen.read + seen.placed).toBeGreaterThan(250);
    expect(seen.placed).toBeGreaterThan(100);
  });

  it('agrees with yaml on long lines and Unicode spaces around values', () => {
    const long = fc.tuple(fc.constantFrom('x', 'Đ', 'a b', ' ', '#', ':'), fc.integer({ min: 1, max: 5000 })).map(([s, n]) => s.repeat(n));
    const value = fc.tuple(fc.constantFrom('', ...UNICODE_SPACE), long, fc.constantFrom('', ...UNICODE_SPACE), fc.constantFrom('', ' # c', '\u00a0# c'));
    fc.assert(
      fc.property(value, fc.constantFrom('plain', 'single', 'flow'), ([a, s, b, c], style) => {
        const v = style === 'single' ? `'${a}${s}${b}'` : style === 'flow' ? `[${a}${s}${b}]` : `${a}${s}${b}`;
        agreement(`id: x\nname: ${v}${c}\nkind: so\n`);
      }),
      { numRuns: 400, seed: 11 },
    );
    // A line of 10,000 characters is read, and placed.
    expect(agreement(`id: x\nname: ${'Đ'.repeat(10_000)}\n`)).toBe('placed');
  });

  it('reads dates as strings and digits as integers, and gives up where a number is not exact', () => {
    expect(parseSubset('a: 2018-06-30\nb: 007\nc: 123456789012345\nd: 2018-13-45\n')).toEqual([{ a: '2018-06-30', b: 7, c: 123456789012345, d: '2018-13-45' }]);
    expect(parseSubset('a: 9007199254740993\n')).toBeUndefined();
    expect(parseSubset('a: -0\n')).toBeUndefined();
  });

  it('gives up on keys an object inherits, and on repeated keys, in reading and in placing alike', () => {
    for (const t of ['constructor: 1\n', 'a: { toString: 1 }\n', 'a: 1\nb: 2\na: 3\n', 'a: { b: 1, b: 2 }\n', `${Array.from({ length: 40 }, (_, i) => `k${i}: 1`).join('\n')}\nk7: 2\n`]) {
      expect(parseSubset(t), t).toBeUndefined();
      expect(placeSubset(t), t).toBeUndefined();
    }
  });
});
