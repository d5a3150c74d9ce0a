import type { Dirent } from 'node:fs';
import { isCachedResult, type CachedResult } from './cache-shape.js';
import type { DirEntry } from '../load/files.js';

/**
 * The cache file (src/check/cache.ts), one JSON array a line, so that a run writes the
 * records it did not change back as it read them:
 *   ["thidua-cache", 3, key]                    what else findings depend on (tool, schemas, options)
 *   ["d", folder, mtimeMs, ctimeMs, ino, names, types]   a folder's listing and the stat it was made at
 *   ["s", stat key, content key]                a component's files by stat, and by content
 *   ["r", content key, result]                  a component's findings
 *   ["end"]                                     so that a truncated file is not taken for a shorter cache
 * ctimeMs is 0 when it equals mtimeMs; names are joined by "/", which no file name holds;
 * types has one letter per name (`typeLetter`).
 */
export type Listing = [mtimeMs: number, ctimeMs: number, ino: number, names: string, types: string];

export interface CacheRecords {
  listings: Map<string, { listing: Listing; raw: string }>;
  keys: Map<string, string>;
  results: Map<string, { result: CachedResult; raw: string }>;
}

export const FORMAT = 3;

export const typeLetter = (e: Dirent): string =>
  e.isFile() ? 'f' : e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : e.isFIFO() ? 'p' : e.isCharacterDevice() ? 'c' : e.isBlockDevice() ? 'b' : e.isSocket() ? 's' : 'o';

/** A listed entry as the walk reads it (src/load/files.ts). */
class Entry implements DirEntry {
  constructor(
    readonly name: string,
    private t: string,
  ) {}
  isFile(): boolean {
    return this.t === 'f';
  }
  isDirectory(): boolean {
    return this.t === 'd';
  }
  isSymbolicLink(): boolean {
    return this.t === 'l';
  }
  isFIFO(): boolean {
    return this.t === 'p';
  }
  isCharacterDevice(): boolean {
    return this.t === 'c';
  }
  isBlockDevice(): boolean {
    return this.t === 'b';
  }
  isSocket(): boolean {
    return this.t === 's';
  }
}

/** The listing's entries; undefined when its names and types do not pair up (then the folder is listed again). */
export function entriesOf(l: Listing): DirEntry[] | undefined {
  const names = l[3] === '' ? [] : l[3].split('/');
  return names.length === l[4].length ? names.map((name, i) => new Entry(name, l[4][i]!)) : undefined;
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): v is string => typeof v === 'string';
const TYPES_RE = /^[fdlpcbso]*$/;

/** The records of a cache of this key; undefined when the text is not one, whole: no record of it is trusted then. */
export function parseCache(text: string, key: string): CacheRecords | undefined {
  const lines = text.split('\n');
  const out: CacheRecords = { listings: new Map(), keys: new Map(), results: new Map() };
  try {
    const head: unknown = JSON.parse(lines[0]!);
    if (!Array.isArray(head) || head.length !== 3 || head[0] !== 'thidua-cache' || head[1] !== FORMAT || head[2] !== key) return undefined;
    if (lines.length < 3 || lines[lines.length - 1] !== '' || lines[lines.length - 2] !== '["end"]') return undefined;
    for (let i = 1; i < lines.length - 2; i++) {
      const raw = lines[i]!;
      const r: unknown = JSON.parse(raw);
      if (!Array.isArray(r) || !str(r[1])) return undefined;
      const [kind, k] = r as [unknown, string];
      if (kind === 'd' && r.length === 7 && num(r[2]) && num(r[3]) && num(r[4]) && str(r[5]) && str(r[6]) && TYPES_RE.test(r[6]) && !out.listings.has(k)) {
        out.listings.set(k, { listing: r.slice(2) as Listing, raw });
      } else if (kind === 's' && r.length === 3 && str(r[2]) && !out.keys.has(k)) out.keys.set(k, r[2]);
      else if (kind === 'r' && r.length === 3 && isCachedResult(r[2]) && !out.results.has(k)) out.results.set(k, { result: r[2], raw });
      else return undefined;
    }
  } catch {
    return undefined;
  }
  return out;
}
