import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FILE, stat, statKind } from './cache-stat.js';
import type { Component } from './components.js';
import { PackedTree } from './cache-walk.js';
import { HASH_WORDS, SHA_HEX, statHash, textLine, wordBytes, type CacheRecords, type Walked } from './cache-file.js';
import type { Line } from './cache-write.js';
import { MAX_BYTES as MAX_FILE_BYTES } from '../load/read.js';

/** What a file was found to be: not looked at yet, as recorded, hashed in this run, or not to be hashed. */
const NEW = 0;
const SAME = 1;
const HASHED = 2;
const BAD = 3;
const NO_KEY = '0'.repeat(40);

const sameWords = (a: Uint32Array, b: Uint32Array): boolean =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/** Where `statFiles` puts what it finds, and the table it compares with (`index`: a file's place there by path; undefined: its own place; null: no table). */
interface Look {
  mine: Uint32Array;
  state: Uint8Array;
  from: Int32Array | undefined;
  was: Uint32Array | undefined;
  index: Map<string, number> | undefined | null;
  racyFrom: number;
}

/**
 * Stats each file (targets, then context), into `look`: the hash of its stat, and SAME where
 * that is the one recorded. A loop of its own, and fields read once into locals: a run of many
 * files has V8 give a small bytecode allowance a tick (src/cli/v8-flags.ts), so a loop inside a
 * large function ran 50,000 times in Sparkplug's code before the function was optimised. One
 * loop for both lists: a second call, for the context, had TurboFan compile it a second time.
 */
function statFiles(targets: readonly string[], context: readonly string[], look: Look): void {
  const { mine, state, from, was, index, racyFrom } = look;
  const nt = targets.length;
  for (let k = 0; k < nt + context.length; k++) {
    const f = k < nt ? targets[k]! : context[k - nt]!;
    const h = k * HASH_WORDS;
    // Never opened here: standard input, a FIFO or device (it could block), or a file the loader refuses as too large.
    if (f === '-' || statKind(f) !== FILE || stat[0]! > MAX_FILE_BYTES) {
      state[k] = BAD;
      continue;
    }
    // Changed within the racy window: kept as a stat no file has, so the next run hashes it again.
    statHash(stat, true, mine, h, stat[1]! >= racyFrom || stat[2]! >= racyFrom);
    const j = index === null ? -1 : index === undefined ? k : (index.get(f) ?? -1);
    if (j >= 0 && was![j * HASH_WORDS] === mine[h] && was![j * HASH_WORDS + 1] === mine[h + 1]) {
      state[k] = SAME;
      if (from) from[k] = j;
    }
  }
}

/**
 * The files of a run (targets, then context), each looked at once: the hash of its stat
 * compared with the one recorded, and read to be hashed again only when it moved. With the
 * walk read from the cache (`walkRead`), each file is at the same place in the table read,
 * and a tree none of whose files moved has the key recorded for it; otherwise files are found
 * in the table by path, with the hash of their content.
 */
export class FileHashes {
  private stat: Uint32Array;
  /**
   * The hashes of files hashed in this run, as hex digits (40 a file, at its place; only
   * those of HASHED files are written): made on the first hash, and its bytes touched only
   * where one is written, so that a cached run that hashes one file pays for one page.
   */
  private sha: Buffer | undefined;
  /** The hashes of the table read (hex, 40 digits a file), when it kept them, and each file's place there (-1: none): a cached run reads the few it needs from them. */
  private shas: string | undefined;
  private from: Int32Array | undefined;
  private state: Uint8Array;
  private trees: readonly Component[] = [];
  private keyed: (string | undefined)[] = [];

  constructor(
    private targets: readonly string[],
    private context: readonly string[],
    private old: CacheRecords,
    private walkRead: boolean,
    /** Stats from this time on (ms) are racy (src/check/cache.ts: RACY_MS): not kept. */
    racyFrom: number,
  ) {
    const n = targets.length + context.length;
    this.stat = new Uint32Array(n * HASH_WORDS);
    this.state = new Uint8Array(n);
    const of = old.files;
    // Each file at its place in the table read when the walk is the one read; else found there by path.
    const index = !of ? null : walkRead && !of.paths ? undefined : new Map((of.paths ?? (old.walk ? [...old.walk.walked.files, ...old.walk.walked.context] : [])).map((p, i) => [p, i]));
    const shas = of?.sha ? of.sha : undefined;
    this.shas = shas;
    this.from = shas === undefined ? undefined : new Int32Array(n).fill(-1);
    const look = { mine: this.stat, state: this.state, from: this.from, was: of?.stat, index, racyFrom };
    statFiles(targets, context, look);
    this.shaKept = shas !== undefined;
  }

  /** Whether the hash of a file found as recorded is known (the table read kept them). */
  private shaKept: boolean;

  private path(k: number): string {
    return k < this.targets.length ? this.targets[k]! : this.context[k - this.targets.length]!;
  }

  /**
   * Each tree's content key; `known` holds those of the trees read with the walk (40 hex
   * digits each), taken for a tree none of whose files moved.
   */
  keys(trees: readonly Component[], known: string | undefined): (string | undefined)[] {
    this.trees = trees;
    this.keyed = new Array<string | undefined>(trees.length);
    // For trees read with the walk: how many files that did not stay as recorded come before each, so that a tree tells from its runs alone whether it holds one.
    let before: Uint32Array | undefined;
    if (known) {
      before = new Uint32Array(this.state.length + 1);
      for (let k = 0; k < this.state.length; k++) before[k + 1] = before[k]! + (this.state[k] === SAME ? 0 : 1);
    }
    for (let i = 0; i < trees.length; i++) {
      const c = trees[i]!;
      const key = known && known.slice(i * SHA_HEX, (i + 1) * SHA_HEX);
      this.keyed[i] = before && key !== NO_KEY && c instanceof PackedTree && !c.touches(before, this.targets.length) ? key : this.keyOf(c, key);
    }
    return this.keyed;
  }

  private keyOf(c: Component, known: string | undefined): string | undefined {
    // Index loops, not spreads and iterators: 10,000 trees a run, in code that runs once.
    const nt = this.targets.length;
    let same = true;
    for (let j = 0; j < c.targets.length + c.context.length; j++) {
      const s = this.state[j < c.targets.length ? c.targets[j]! : nt + c.context[j - c.targets.length]!];
      if (s === BAD) return undefined;
      if (s !== SAME) same = false;
    }
    if (same && known && known !== NO_KEY) return known;
    const parts: string[] = [];
    for (let j = 0; j < c.targets.length; j++) {
      const h = this.hash(c.targets[j]!);
      if (h === undefined) return undefined;
      parts.push(this.targets[c.targets[j]!]!, h);
    }
    parts.push('|');
    for (let j = 0; j < c.context.length; j++) {
      const h = this.hash(nt + c.context[j]!);
      if (h === undefined) return undefined;
      parts.push(this.context[c.context[j]!]!, h);
    }
    parts.push('|');
    return createHash('sha1').update(parts.join('\n')).digest('hex');
  }

  /** File k's hash, read now unless its stat was as recorded. */
  private hash(k: number): string | undefined {
    if (this.state[k] === NEW || (this.state[k] === SAME && !this.shaKept)) {
      try {
        this.sha ??= Buffer.allocUnsafeSlow(this.state.length * SHA_HEX);
        this.sha.write(createHash('sha1').update(readFileSync(this.path(k))).digest('hex'), k * SHA_HEX, 'latin1');
        this.state[k] = HASHED;
      } catch {
        this.state[k] = BAD;
        return undefined;
      }
    }
    return this.state[k] === HASHED ? this.sha!.toString('latin1', k * SHA_HEX, (k + 1) * SHA_HEX) : this.recorded(k);
  }

  /** Every file's hash as hex digits, 40 a file: those hashed in this run, those of the table read, zeros for the others. */
  private allHashes(): string {
    const n = this.state.length;
    const sha = this.sha ?? Buffer.allocUnsafeSlow(n * SHA_HEX);
    for (let k = 0; k < n; k++) if (this.state[k] !== HASHED) sha.write(this.recorded(k), k * SHA_HEX, 'latin1');
    return sha.toString('latin1', 0, n * SHA_HEX);
  }

  /** File k's hash as the table read kept it; zeros when it has none. */
  private recorded(k: number): string {
    const j = this.from?.[k] ?? -1;
    return j >= 0 ? this.shas!.slice(j * SHA_HEX, (j + 1) * SHA_HEX) : NO_KEY;
  }

  /**
   * The lines "f" and "k": the files' stats, without their paths when they are those of the
   * walk written (`w`), and then the keys of its trees, which stand for the files' hashes;
   * otherwise with their paths and hashes. As read when unchanged.
   */
  lines(w: Walked | undefined): Line[] {
    const inWalk = w?.files === this.targets && w.context === this.context;
    const keys = inWalk && w.trees === this.trees && this.trees.length > 0;
    this.state.forEach((s, k) => {
      // A file not hashed in this run (its tree had another that could not be) keeps no stat,
      // nor one whose hash is not written and whose tree's key is not either.
      if (s === NEW || s === BAD || (!keys && s === SAME && !this.shaKept)) this.stat[k * HASH_WORDS] = this.stat[k * HASH_WORDS]! ^ 1;
    });
    const of = this.old.files;
    const sha = keys ? '' : this.allHashes();
    const out: Line[] = [];
    if (inWalk && this.walkRead && of && !of.paths && sameWords(of.stat, this.stat) && of.sha === sha) out.push(of.raw);
    // The stats' own bytes: nothing encoded (src/check/cache-file.ts).
    else out.push({ kind: 'f', meta: [this.state.length, inWalk ? null : [...this.targets, ...this.context]], payload: [wordBytes(this.stat), Buffer.from(sha, 'latin1')] });
    if (keys) {
      const hex = this.keyed.map((k) => k ?? NO_KEY).join('');
      out.push(this.old.treeKeys?.hex === hex ? this.old.treeKeys.raw : textLine('k', [hex]));
    }
    return out;
  }
}
