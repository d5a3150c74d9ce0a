import { constants, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fsBinding, type FsBinding } from '../load/fs-binding.js';
import { HASH_WORDS, statHash } from './cache-file.js';

/**
 * The numbers of a stat that the cache compares, for 70,000 paths a run: the kind, then
 * size, mtimeMs, ctimeMs and inode in `stat` (read before the next call, which overwrites them).
 */
export const NONE = 0;
export const FILE = 1;
export const DIR = 2;
export const OTHER = 3;
export type Kind = typeof NONE | typeof FILE | typeof DIR | typeof OTHER;
export const stat = new Float64Array(4);

const { S_IFMT, S_IFREG, S_IFDIR } = constants;
const kindOf = (mode: number): Kind => ((mode & S_IFMT) === S_IFREG ? FILE : (mode & S_IFMT) === S_IFDIR ? DIR : OTHER);

/** Node's own stat: a Stats object with four Dates for each path, which costs more than the system call. */
function statPublic(p: string): Kind {
  try {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return NONE;
    stat[0] = st.size;
    stat[1] = st.mtimeMs;
    stat[2] = st.ctimeMs;
    stat[3] = st.ino;
    return kindOf(st.mode);
  } catch {
    return NONE;
  }
}

const ms = (sec: number, nsec: number): number => sec * 1000 + nsec / 1e6;

/** Nothing for a path that is not there: numbers left from another path would pass a deleted file as unchanged. */
function answersMissing(b: FsBinding, p: string): boolean {
  try {
    return b.stat(join(dirname(p), '\u0001thidua-no-such-entry'), false, undefined, false) === undefined;
  } catch {
    // A throw is safe too: statKind takes it for a path that cannot be stat'ed.
    return true;
  }
}

/**
 * Whether the binding's numbers for `p` are those statSync gives, and it gives none for a
 * missing path (checked once, on the first path that exists). The binding answers in
 * numbers (src/load/fs-binding.ts): a cached run stats every file and folder, and the
 * Stats objects were a third of its time.
 */
function trusted(b: FsBinding, p: string): boolean {
  try {
    const v = b.stat(p, false, undefined, false);
    const st = statSync(p);
    const same = v instanceof Float64Array && v.length >= 16 && v[1] === st.mode && v[7] === st.ino && v[8] === st.size && ms(v[12]!, v[13]!) === st.mtimeMs && ms(v[14]!, v[15]!) === st.ctimeMs;
    return same && answersMissing(b, p);
  } catch {
    return false;
  }
}

let fast: FsBinding | undefined | null = null;

/** Stats `p` into `stat`: its kind, NONE when it cannot be stat'ed (the caller lists or reads it, and meets the error there). */
export function statKind(p: string): Kind {
  // A NUL would cut the path short in the binding: statSync refuses it.
  if (fast === undefined || p.includes('\0')) return statPublic(p);
  if (fast === null) {
    // Decided on the first path that exists.
    const k = statPublic(p);
    if (k === NONE) return NONE;
    const b = fsBinding();
    fast = b && trusted(b, p) ? b : undefined;
    return k;
  }
  try {
    const v = fast.stat(p, false, undefined, false);
    if (!v) return NONE;
    // Node's own sums (msFromTimeSpec), written out: a call would return each as a heap number.
    stat[0] = v[8]!;
    stat[1] = v[12]! * 1000 + v[13]! / 1e6;
    stat[2] = v[14]! * 1000 + v[15]! / 1e6;
    stat[3] = v[7]!;
    // kindOf written out: a call of its own, 57,000 times, and one more function for TurboFan to compile.
    const type = v[1]! & S_IFMT;
    return type === S_IFREG ? FILE : type === S_IFDIR ? DIR : OTHER;
  } catch {
    return NONE;
  }
}

const scratch = new Uint32Array(HASH_WORDS);

/**
 * Folders of the table read, from `k` on, whose stat is as recorded (src/check/cache.ts: `listing`'s
 * first test, for the walk read: `walked`), marked unchanged in `state`; the place of the first that is
 * not, or the end. A loop of its own: inside the large `listing` it ran 7,500 times in
 * Sparkplug's code, never optimised under the bin's small bytecode allowance a tick.
 */
export function sameDirs(paths: readonly string[], was: Uint32Array, state: Uint8Array, k: number, racyFrom: number): number {
  for (; k < paths.length; k++) {
    if (state[k] !== 0 || statKind(paths[k]!) !== DIR) return k;
    // Within the racy window: kept under a stat no folder has (`listing`), so never the same.
    statHash(stat, false, scratch, 0, stat[1]! >= racyFrom || stat[2]! >= racyFrom);
    if (scratch[0] !== was[k * HASH_WORDS] || scratch[1] !== was[k * HASH_WORDS + 1]) return k;
    state[k] = 1;
  }
  return k;
}
