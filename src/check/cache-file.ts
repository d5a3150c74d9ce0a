import type { Dirent } from 'node:fs';
import { Buffer } from 'node:buffer';
import type { Component } from './components.js';
import type { ResultColumns } from './cache-results.js';
import type { DirEntry } from '../load/files.js';

/**
 * The cache file (src/check/cache.ts): a few JSON arrays, one a line, so that a run finds its
 * records with a few searches for a newline, not one per folder or result, and writes the
 * records it did not change back as it read them (their bytes). Stats are numbers in binary
 * (base64 of a hash of each) and hashes hex digits, so that a run compares 70,000 of them
 * without making an object or a string for each:
 *   ["thidua-cache", 6, key]            what else findings depend on (tool, schemas, options)
 *   ["D", [folder, …]]                  the folders listed, sorted
 *   ["T", "stats"]                      the hash of their stat (`statHash`), 8 bytes a folder
 *   ["L", [names, …], [types, …]]       their listings, in the order of "D"; read when a run asks
 *   ["f", "stats", "hashes", paths]     files by the stat they were hashed at (`statHash`), and
 *                                       the SHA-1 of their content (40 hex digits; none when the
 *                                       walk's tree keys stand for them); paths null: the
 *                                       walk's files, then its context
 *   ["k", "keys"]                       the content key of each tree of the walk, 40 hex digits
 *                                       each (zeros: none), in the walk's order
 *   ["R", [content key, …], …]          trees' results, by column (src/check/cache-results.ts),
 *                                       each made and checked when a run asks for it; a few
 *                                       such lines, so that a run that found a few new results
 *                                       writes them in a line of their own and copies the others
 *   ["w", walk key, files, context, probes, trees]   a whole walk's outcome (`Walked`), valid
 *                                       while no folder above changed in an entry the walk reads
 *                                       (src/check/cache-walk.ts: files by folder, a folder by its
 *                                       place in "D", and its trees, their file indexes as runs)
 *   ["end"]                             so that a truncated file is not taken for a shorter cache
 * Names are joined by "/", which no file name holds; types has one letter per name (`typeLetter`).
 */
export type Listing = [names: string, types: string];

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

/** Words of a stat's hash (`statHash`); hex digits of a file's hash. */
export const HASH_WORDS = 2;
export const SHA_HEX = 40;

export interface CacheRecords {
  /** The file as read: records written back unchanged are copied from it, never encoded again. */
  bytes: Buffer;
  /** Where each line read starts in `bytes`, and where its newline is. */
  starts: number[];
  ends: number[];
  /** The folders listed, their stats, and the line of their listings ("L", parsed when asked: `listingAt`). */
  dirs?: { paths: string[]; stat: Uint32Array; raw: Raw; listings: Raw };
  /** The files hashed: `paths` undefined for the walk's files, then its context; their hashes as hex text ('' when not kept). */
  files?: { paths?: string[]; stat: Uint32Array; sha: string; raw: Raw };
  /** Content keys of the walk's trees, 40 hex digits each. */
  treeKeys?: { hex: string; raw: Raw };
  walk?: { key: string; walked: Walked; raw: Raw };
  /** Each result's line and place in it (`resultRef`; made and checked when a run asks: `resultAt`). */
  results: Map<string, number>;
  resultLines: { raw: Raw; columns: ResultColumns; size: number }[];
}

export const FORMAT = 6;

/** At most this many lines of results are read (src/check/cache.ts writes at most `MAX_RESULT_LINES`). */
export const RESULT_LINES_READ = 8;
export const MAX_RESULT_LINES = 4;
/** A result's line and its place there, as one number. */
export const resultRef = (line: number, i: number): number => i * RESULT_LINES_READ + line;
export const lineOfRef = (ref: number): number => ref % RESULT_LINES_READ;

/** Words as base64 of their bytes, and back (undefined when that is not `n` words, or whole words when `n` is not given). */
export const wordsText = (a: Uint32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

export function wordsOf(text: unknown, n?: number): Uint32Array | undefined {
  if (typeof text !== 'string') return undefined;
  const bytes = Buffer.from(text, 'base64');
  n ??= bytes.length / 4;
  if (bytes.length !== n * 4 || !Number.isInteger(n)) return undefined;
  // Copied: a Uint32Array needs its bytes aligned, which a Buffer from the pool may not be.
  const out = new Uint32Array(n);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

const f64 = new Float64Array(4);
const w32 = new Uint32Array(f64.buffer);
const round = (h: number, k: number): number => {
  k = Math.imul(k, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
};
const fmix = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/**
 * A 64-bit hash of a stat's numbers (a file's size, mtimeMs, ctimeMs and inode; a folder's
 * without the size), into out[at] and out[at + 1]: two murmur3 lanes over their float64
 * bytes, each in another order, so that a stat that moved keeps its hash by a chance of
 * about 2^-64, and 8 bytes stand for 32. `unkept` flips a bit: a stat that did not move
 * then does not match, and its file or folder is read again next time.
 */
export function statHash(a: number, b: number, c: number, d: number, out: Uint32Array, at: number, unkept = false): void {
  f64[0] = a;
  f64[1] = b;
  f64[2] = c;
  f64[3] = d;
  let h1 = 0x3c6ef372;
  let h2 = 0x510e527f;
  for (let i = 0; i < 8; i++) {
    h1 = round(h1, w32[i]!);
    h2 = round(h2, w32[7 - i]!);
  }
  out[at] = fmix(h1 ^ 32) ^ (unkept ? 1 : 0);
  out[at + 1] = fmix(h2 ^ 32);
}

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

/** The listing's entries (`listingAt` holds that its names and types pair up). */
export function entriesOf([joined, types]: Listing): DirEntry[] {
  const names = joined === '' ? [] : joined.split('/');
  return names.map((name, i) => new Entry(name, types[i]!));
}

/** One type letter per name: names are joined by '/', so there is one more name than separators. */
export function paired(names: string, types: string): boolean {
  if (names === '') return types === '';
  let n = 1;
  for (let i = names.indexOf('/'); i !== -1; i = names.indexOf('/', i + 1)) n++;
  return n === types.length;
}
