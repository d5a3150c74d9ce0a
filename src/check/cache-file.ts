import type { Dirent } from 'node:fs';
import { sep } from 'node:path';
import type { Component } from './components.js';
import type { DirEntry } from '../load/files.js';

/**
 * The cache file (src/check/cache.ts), one JSON array a line, so that a run writes the
 * records it did not change back as it read them (their bytes), and reads a result only
 * when it asks for it (src/check/cache-read.ts):
 *   ["thidua-cache", 5, key]                    what else findings depend on (tool, schemas, options)
 *   ["d", folder, mtimeMs, ctimeMs, ino, names, types]   a folder's listing and the stat it was made at
 *   ["s", stat key, content key]                a component's files by stat, and by content
 *   ["r", content key, result]                  a component's findings
 *   ["w", walk key, files, context, probes]     a whole walk's outcome (`Walked`), valid while no
 *                                               folder above changed in an entry the walk reads;
 *                                               files by folder: [folder, names joined by "/", …];
 *                                               and its trees (`Component`), their file indexes as runs
 *   ["end"]                                     so that a truncated file is not taken for a shorter cache
 * ctimeMs is 0 when it equals mtimeMs; names are joined by "/", which no file name holds;
 * types has one letter per name (`typeLetter`). Stat and content keys are SHA-1 hex, so
 * their lines are checked byte by byte rather than parsed.
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

/** A line of the cache file read, by its number in `CacheRecords.starts`: written back as read. */
export type Raw = number;

export interface CacheRecords {
  /** The file as read: records written back unchanged are copied from it, never encoded again. */
  bytes: Buffer;
  /** Where each line read starts in `bytes`, and where its newline is. */
  starts: number[];
  ends: number[];
  walks: Map<string, { walked: Walked; raw: Raw }>;
  listings: Map<string, { listing: Listing; raw: Raw }>;
  /** A tree's stat key, and the line that maps it to the content key (src/check/cache-read.ts: `contentKeyAt`). */
  keys: Map<string, Raw>;
  /** A result's line, parsed and checked only when a run asks for it (src/check/cache-read.ts: `resultAt`). */
  results: Map<string, Raw>;
}

export const FORMAT = 5;

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
export function paired(names: string, types: string): boolean {
  if (names === '') return types === '';
  let n = 1;
  for (let i = names.indexOf('/'); i !== -1; i = names.indexOf('/', i + 1)) n++;
  return n === types.length;
}

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

export function unpackPaths(packed: readonly string[]): string[] | undefined {
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

const str = (v: unknown): v is string => typeof v === 'string';

/** Undefined unless every index is in range: the trees index the walk's own lists. */
export function unpackTrees(packed: unknown[], targets: number, context: number): Component[] | undefined {
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

