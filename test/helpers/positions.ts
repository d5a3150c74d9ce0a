import { isDeepStrictEqual } from 'node:util';
import { LineCounter, parseAllDocuments } from 'yaml';
import { locate, placeAtLeast, scalarAt, type SourceDoc } from '../../src/diagnostics/locate.js';
import { placeSubset } from '../../src/load/fast-yaml.js';
import type { DataPath } from '../../src/model/types.js';

/** Every path of a value, the root included, depth first. */
function* pathsOf(v: unknown, path: DataPath = []): Generator<DataPath> {
  yield path;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* pathsOf(v[i], [...path, i]);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* pathsOf(x, [...path, k]);
}

/**
 * Checks that the subset reader's trees of ranges place every path of every
 * document — value and key, and paths one step past the data (a missing
 * property) — where `locate` places it in `yaml`'s document, and that a
 * scalar's value and range (what `thidua fix` edits) are the same, and that
 * placeAtLeast gives no place after the one located. Throws on
 * the first difference; returns whether the reader placed the text (it may
 * give up, as on reading: then `yaml` places it).
 */
export function placesAsYaml(text: string): boolean {
  const placed = placeSubset(text);
  if (!placed) return false;
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { version: '1.2', schema: 'core', lineCounter: lines });
  if (!Array.isArray(docs) || docs.length !== placed.docs.length) throw new Error(`documents differ in number:\n${text}`);
  docs.forEach((doc, i) => {
    const ref: SourceDoc = { doc, lines };
    const ours: SourceDoc = { doc: placed.docs[i]!, lines: placed.lines };
    for (const path of pathsOf(doc.toJS())) {
      for (const probe of [path, [...path, '__none__'], [...path, 1_000_000]]) {
        for (const key of [false, true]) {
          const want = locate(ref, probe, { key });
          const got = locate(ours, probe, { key });
          if (!isDeepStrictEqual(got, want)) {
            throw new Error(`${JSON.stringify(probe)}${key ? ' (key)' : ''} placed at ${JSON.stringify(got)}, yaml at ${JSON.stringify(want)} in:\n${text}`);
          }
          // What a finding is counted by past the cap, unplaced, must not be after where it is placed.
          const bound = placeAtLeast(ours, probe);
          if (bound && (bound.line > got.line || (bound.line === got.line && bound.column > got.column))) {
            throw new Error(`${JSON.stringify(probe)}${key ? ' (key)' : ''} placed at ${JSON.stringify(got)}, after its bound ${JSON.stringify(bound)} in:\n${text}`);
          }
        }
      }
      const a = scalarAt(ours, path);
      const b = scalarAt(ref, path);
      if (!isDeepStrictEqual([a?.value, a?.range.slice(0, 2)], [b?.value, b?.range.slice(0, 2)])) {
        throw new Error(`the scalar at ${JSON.stringify(path)} is ${JSON.stringify(a)}, yaml's ${JSON.stringify(b)} in:\n${text}`);
      }
    }
  });
  return true;
}
