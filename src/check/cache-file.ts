import type { Dirent } from 'node:fs';
import { Buffer } from 'node:buffer';
import type { Component } from './components.js';
import type { ResultColumns } from './cache-results.js';
import { walkRelevant, type DirEntry } from '../load/files.js';

/**
 * The cache file (src/check/cache.ts): records one after the other, so that a run finds them
 * with a few searches for a newline, not one per folder or result, and writes the records it
 * did not change back as it read them (their bytes). A record is a JSON array on one line, or
 * a binary one: `#`, its kind, a JSON array [the payload's length in bytes, …] padded with
 * spaces to a newline, the payload, a newline. Stats are kept as a hash of each (`statHash`),
 * 8 bytes a file or folder, in a payload that a run reads in place (a view of the bytes read
 * when they start at a multiple of 4, as the writer places them), and paths as UTF-8 joined by
 * NUL: a run after one edit makes no string or copy of 70,000 stats, nor parses 2.4 MB of JSON
 * for the paths (bench corpus, 50,000 files: readCache 3,630 -> 2,660 page faults,
 * ~95 -> ~70 ms of CPU; a page first touched costs ~15 us of system time here).
 *   ["thidua-cache", 8, key]            what else findings depend on (tool, schemas, options)
 *   ["D", [folder, …]]                  the folders listed, sorted
 *   #T[bytes]                           the hash of their stat, in the order of "D"
 *   ["L", [names, …], [types, …]]       their listings, in the order of "D"; read when a run asks
 *   #f[bytes, paths]                    files: the hash of the stat each was hashed at, then
 *                                       the SHA-1 of their content (40 hex digits each; none when
 *                                       the walk's tree keys stand for them); paths null: the
 *                                       walk's files, then its context
 *   ["k", "keys"]                       the content key of each tree of the walk, 40 hex digits
 *                                       each (zeros: none), in the walk's order
 *   ["R", [content key, …], …]          trees' results, by column (src/check/cache-results.ts),
 *                                       each made and checked when a run asks for it; a few
 *                                       such lines, so that a run that found a few new results
 *                                       writes them in a line of their own and copies the others
 *   #w[bytes, walk key, file bytes, probes, trees]   a whole walk's outcome (`Walked`), valid
 *                                       while no folder above changed in an entry a walk reads
 *                                       (src/check/cache-walk.ts): the files' paths, a NUL, the
 *                                       context's; the trees, a root by its place in "D", their
 *                                       file indexes as runs
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

export const FORMAT = 8;

/** At most this many lines of results are read (src/check/cache.ts writes at most `MAX_RESULT_LINES`). */
export const RESULT_LINES_READ = 8;
export const MAX_RESULT_LINES = 4;
/** A result's line and its place there, as one number. */
export const resultRef = (line: number, i: number): number => i * RESULT_LINES_READ + line;
export const lineOfRef = (ref: number): number => ref % RESULT_LINES_READ;

/**
 * A line ["kind","text",…], for texts of the cache's own making (hex digits), which JSON
 * writes as they are: JSON.stringify would look at each character for one to escape.
 */
export const textLine = (kind: string, texts: readonly string[]): string => `["${kind}","${texts.join('","')}"]`;

/** The bytes of these words, not copied. */
export const wordBytes = (a: Uint32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * `n` words at `from` in `buf`: a view when they start at a multiple of 4 (the writer puts a
 * payload at a multiple of 8 of the file, and a file read whole starts its own buffer), else
 * a copy; undefined when there are not that many bytes.
 */
export function wordsAt(buf: Uint8Array, from: number, n: number): Uint32Array | undefined {
  if (from + n * 4 > buf.length) return undefined;
  const at = buf.byteOffset + from;
  if (at % 4 === 0) return new Uint32Array(buf.buffer, at, n);
  const out = new Uint32Array(n);
  new Uint8Array(out.buffer).set(buf.subarray(from, from + n * 4));
  return out;
}

const f64 = new Float64Array(4);
const w32 = new Uint32Array(f64.buffer);
/**
 * A 64-bit hash of a stat's numbers (`src`: size, mtimeMs, ctimeMs and inode, as
 * src/check/cache-stat.ts leaves them; a folder's without the size), into out[at] and
 * out[at + 1]: two murmur3 lanes over their float64 bytes, each in another order, so that a
 * stat that moved keeps its hash by a chance of about 2^-64, and 8 bytes stand for 32.
 * `unkept` flips a bit: a stat that did not move then does not match, and its file or folder
 * is read again next time. Murmur's round and finish are written out, and the numbers read
 * from the array: 70,000 stats a run, and the bin runs without TurboFan's inlining, so each
 * call, and each number passed to or returned from one, would be a call and a heap number.
 */
export function statHash(src: Float64Array, withSize: boolean, out: Uint32Array, at: number, unkept = false): void {
  // Read whether kept or not: the folders, hashed first, then leave feedback for this load,
  // and the files after them do not deoptimise the compiled hash (a second compile, ~8 ms).
  const size = src[0]!;
  f64[0] = withSize ? size : 0;
  f64[1] = src[1]!;
  f64[2] = src[2]!;
  f64[3] = src[3]!;
  let h1 = 0x3c6ef372;
  let h2 = 0x510e527f;
  for (let i = 0; i < 8; i++) {
    let k = Math.imul(w32[i]!, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h1 ^= k;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    k = Math.imul(w32[7 - i]!, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h2 ^= k;
    h2 = (h2 << 13) | (h2 >>> 19);
    h2 = (Math.imul(h2, 5) + 0xe6546b64) | 0;
  }
  h1 ^= 32;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  h2 ^= 32;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  out[at] = (h1 ^ (h1 >>> 16)) ^ (unkept ? 1 : 0);
  out[at + 1] = h2 ^ (h2 >>> 16);
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

/** A listing's entries that a walk reads, in a stable order: a folder may list the same entries in another order. */
export function relevant(names: readonly string[], types: string): string {
  const out: string[] = [];
  names.forEach((n, i) => {
    if (walkRelevant(n, types[i]!)) out.push(`${types[i]}${n}`);
  });
  return out.sort().join('/');
}

export const namesOf = (joined: string): string[] => (joined === '' ? [] : joined.split('/'));
