import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { parseSubset } from '../../src/load/fast-yaml.js';
import { placesAsYaml } from './positions.js';

/** What `yaml` reads, or undefined when it reports an error. */
export function reference(text: string): unknown[] | undefined {
  const docs = parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  if (list.some((d) => d.errors.length > 0)) return undefined;
  return list.map((d) => d.toJS({ maxAliasCount: 100 }));
}

/**
 * Whether the subset reader gave up on a text, read it, or read and placed
 * it; throws where it disagrees with `yaml` — on the data, or on where
 * `locate` places every path of it (test/helpers/positions.ts), which reads
 * every item placing left to be read on demand. Placing is asked only of a
 * text the reader read (src/load/fast.ts), as here.
 */
export function agreement(text: string): 'gave up' | 'read' | 'placed' {
  const fast = parseSubset(text);
  if (fast === undefined) return 'gave up';
  const ref = reference(text);
  if (ref === undefined || !isDeepStrictEqual(fast, ref)) {
    throw new Error(`fast reader disagrees with yaml on:\n${text}\nfast: ${JSON.stringify(fast)}\nyaml: ${JSON.stringify(ref)}`);
  }
  return placesAsYaml(text) ? 'placed' : 'read';
}
