import type { Dirent } from 'node:fs';
import { sep } from 'node:path';
import { isCachedResult, type CachedResult } from './cache-shape.js';
import type { Component } from './components.js';
import type { DirEntry } from '../load/files.js';

/**
 * The cache file (src/check/cache.ts), one JSON array a line, so that a run writes the
 * records it did not change back as it read them:
 *   ["thidua-cache", 3, key]                    what else findings depend on (tool, schemas, options)
 *   ["d", folder, mtimeMs, ctimeMs, ino, names, types]   a folder's listing and the stat it was made at
 *   ["s", stat key, content key]                a component's files by stat, and by content
 *   ["r", content key, result]                  a component's findings
 *   ["w", walk key, files, context, probes]     a whole walk's outcome (`Walked`), valid while no
 *                                               folder above changed in an entry the walk reads;
 *                                               files by folder: [folder, names joined by "/", …];
 *                                               and its trees (`Component`), their file indexes as runs
 *   ["end"]                                     so that a truncated file is not taken for a shorter cache
 * ctimeMs is 0 when it equals mtimeMs; names are joined by "/", which no file name holds;
 * types has one letter per name (`typeLetter`).
 */
export type Listing = [mtimeMs: number, ctimeMs: number, ino: number, names: string, types: string];

/**
 * What the walk of folder arguments found (src/cli/cached-args.ts): the target and context
 * files, and the probes it made outside any listing (does this path exist?), with their answers.
 */
export interface Walked {
  files: string[];
  context: string[];
  probes: [path: string, exists: boolean][];
  /** The trees of these files (src/check/components.ts), once a run has made them. */
  trees?: Component[];
}

export interface CacheRecords {
  walks: Map<string, { walked: Walked; raw: string }>;
  listings: Map<string, { listing: Listing; raw: string }>;
  keys: Map<string, string>;
  results: Map<string, { result: CachedResult; raw: string }>;
}

export const FORMAT = 4;

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

/** The listing's entries (`parseCache` holds that its names and types pair up). */
export function entriesOf(l: Listing): DirEntry[] {
  const names = l[3] === '' ? [] : l[3].split('/');
  return names.map((name, i) => new Entry(name, l[4][i]!));
}

/** One type letter per name: names are joined by '/', so there is one more name than separators. */
const paired = (names: string, types: string): boolean => (names === '' ? 0 : names.split('/').length) === types.length;

/** Paths as the walk record keeps them: a folder once, then the names of its files there, which hold no separator. */
export function packPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  let dir: string | undefined;
  let names: string[] = [];
  for (const p of paths) {
    const i = p.lastIndexOf(sep);
    const d = p.slice(0, i);
    if (d !== dir) {
      if (dir !== undefined) out.push(dir, names.join('/'));
      dir = d;
      names = [];
    }
    names.push(p.slice(i + 1));
  }
  if (dir !== undefined) out.push(dir, names.join('/'));
  return out;
}

function unpackPaths(packed: readonly string[]): string[] | undefined {
  if (packed.length % 2) return undefined;
  const out: string[] = [];
  for (let i = 0; i < packed.length; i += 2) for (const n of packed[i + 1]!.split('/')) out.push(packed[i]! + sep + n);
  return out;
}

/** Trees as [root, target runs, context runs]: a run is a first and a last index, files of a tree mostly being consecutive. */
export function packTrees(trees: readonly Component[]): [string, number[], number[]][] {
  const runs = (l: readonly number[]): number[] => {
    const out: number[] = [];
    l.forEach((i, k) => {
      if (k && i === l[k - 1]! + 1) out[out.length - 1] = i;
      else out.push(i, i);
    });
    return out;
  };
  return trees.map((c) => [c.root, runs(c.targets), runs(c.context)]);
}

/** Undefined unless every index is in range: the trees index the walk's own lists. */
function unpackTrees(packed: unknown[], targets: number, context: number): Component[] | undefined {
  const expand = (v: unknown, n: number): number[] | undefined => {
    if (!Array.isArray(v) || v.length % 2) return undefined;
    const out: number[] = [];
    for (let k = 0; k < v.length; k += 2) {
      const [a, b] = [v[k], v[k + 1]];
      if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a || b >= n) return undefined;
      for (let i = a as number; i <= (b as number); i++) out.push(i);
    }
    return out;
  };
  const out: Component[] = [];
  for (const t of packed) {
    if (!Array.isArray(t) || t.length !== 3 || !str(t[0])) return undefined;
    const tg = expand(t[1], targets);
    const cx = expand(t[2], context);
    if (!tg || !cx) return undefined;
    out.push({ root: t[0], targets: tg, context: cx });
  }
  return out;
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(str);
const isProbe = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && str(v[0]) && typeof v[1] === 'boolean';
const TYPES_RE = /^[fdlpcbso]*$/;

/** The records of a cache of this key; undefined when the text is not one, whole: no record of it is trusted then. */
export function parseCache(text: string, key: string): CacheRecords | undefined {
  const lines = text.split('\n');
  const out: CacheRecords = { walks: new Map(), listings: new Map(), keys: new Map(), results: new Map() };
  try {
    const head: unknown = JSON.parse(lines[0]!);
    if (!Array.isArray(head) || head.length !== 3 || head[0] !== 'thidua-cache' || head[1] !== FORMAT || head[2] !== key) return undefined;
    if (lines.length < 3 || lines[lines.length - 1] !== '' || lines[lines.length - 2] !== '["end"]') return undefined;
    for (let i = 1; i < lines.length - 2; i++) {
      const raw = lines[i]!;
      const r: unknown = JSON.parse(raw);
      if (!Array.isArray(r) || !str(r[1])) return undefined;
      const [kind, k] = r as [unknown, string];
      if (kind === 'd' && r.length === 7 && num(r[2]) && num(r[3]) && num(r[4]) && str(r[5]) && str(r[6]) && TYPES_RE.test(r[6]) && paired(r[5], r[6]) && !out.listings.has(k)) {
        out.listings.set(k, { listing: r.slice(2) as Listing, raw });
      } else if (kind === 's' && r.length === 3 && str(r[2]) && !out.keys.has(k)) out.keys.set(k, r[2]);
      else if (kind === 'w' && r.length === 6 && strings(r[2]) && strings(r[3]) && Array.isArray(r[4]) && r[4].every(isProbe) && Array.isArray(r[5]) && !out.walks.has(k)) {
        const files = unpackPaths(r[2]);
        const context = unpackPaths(r[3]);
        const trees = unpackTrees(r[5], files?.length ?? 0, context?.length ?? 0);
        if (!files || !context || !trees) return undefined;
        out.walks.set(k, { walked: { files, context, probes: r[4] as Walked['probes'], ...(trees.length && { trees }) }, raw });
      } else if (kind === 'r' && r.length === 3 && isCachedResult(r[2]) && !out.results.has(k)) out.results.set(k, { result: r[2], raw });
      else return undefined;
    }
  } catch {
    return undefined;
  }
  return out;
}
