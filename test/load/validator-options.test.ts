import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValid, validateSchema } from '../../src/load/schema.js';
import type { DocKind } from '../../src/model/types.js';
import { exampleDocs, validators } from '../helpers/schemas.js';

// The build compiles the schemas with ajv's unicode and unicodeRegExp options off
// (scripts/gen-validators.mjs); the helpers compile them with ajv's defaults.
const docs = exampleDocs();

/** Every string of a document, by its path. */
function stringPaths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'string') return [at];
  if (v === null || typeof v !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  return entries.flatMap(([k, x]) => stringPaths(x, [...at, k]));
}

// Where code points and UTF-16 units differ (astral characters, lone surrogates), and digits \d never matches.
const ODD = ['', '😀', '\ud83d', 'a😀', 'xa-2-😀', '😀2018-06-30', '2018-06-30😀', '３０/０６/２０１８', '𝟚𝟘𝟙𝟠-06-30', '30/06/2018', 'xa-2-0'];

describe('the validators built with ajv unicode options off', () => {
  it('call valid exactly what ajv with its defaults calls valid, whatever string stands anywhere', () => {
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.nat(), fc.nat(ODD.length - 1), (i, p, s) => {
        const doc = structuredClone(docs[i]!);
        const kind = doc.kind as DocKind;
        const all = stringPaths(doc);
        const path = all[p % all.length]!;
        let node = doc as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        node[path.at(-1)!] = ODD[s];
        const expected = validators[kind](doc);
        expect(isValid(kind, doc)).toBe(expected);
        expect(validateSchema(kind, doc).length === 0).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
