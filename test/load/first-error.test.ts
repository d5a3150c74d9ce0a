import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValid, validateSchema } from '../../src/load/schema.js';
import type { DocKind } from '../../src/model/types.js';
import { exampleDocs } from '../helpers/schemas.js';

// Every example document, read as plain data: valid to start with.
const docs = exampleDocs();

/** Every place in a document where a value sits: a path of keys and indices. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  return [at, ...entries.flatMap(([k, x]) => paths(x, [...at, k]))];
}

function mutate(doc: unknown, path: (string | number)[], how: number): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) return copy;
  if (how === 0) delete node[last];
  else if (how === 1) node[last] = { unknownField: 1 };
  else if (how === 2) node[last] = 7;
  else if (how === 3) node[last] = '2018-02-30x';
  else if (node[last] !== null && typeof node[last] === 'object' && !Array.isArray(node[last])) (node[last] as Record<string, unknown>).extraKey = 'x';
  return copy;
}

describe('the validators that stop at the first error (the fast path asks them)', () => {
  it('call valid exactly the documents the all-errors validators call valid: the examples, and each broken in one place', () => {
    expect(docs.length).toBeGreaterThan(5);
    for (const d of docs) expect(isValid(d.kind as DocKind, d)).toBe(true);
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.nat(), fc.nat(4), (i, p, how) => {
        const doc = docs[i]!;
        const all = paths(doc);
        const broken = mutate(doc, all[p % all.length]!, how);
        const kind = doc.kind as DocKind;
        expect(isValid(kind, broken)).toBe(validateSchema(kind, broken).length === 0);
      }),
      { numRuns: 500 },
    );
  });
});
