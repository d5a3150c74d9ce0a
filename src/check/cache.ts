import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { CachedResult } from './cache-shape.js';
import type { Component } from './components.js';
import { entriesOf, FORMAT, namesOf, relevant, HASH_WORDS, lineOfRef, MAX_RESULT_LINES, statHash, typeLetter, wordBytes, type CacheRecords, type Listing, type Raw, type Walked } from './cache-file.js';
import { FileHashes } from './cache-keys.js';
import { DIR, NONE, sameDirs, stat, statKind } from './cache-stat.js';
import { listingAt, readCache, resultAt } from './cache-read.js';
import { resultsLine } from './cache-results.js';
import { packPaths, packTrees } from './cache-walk.js';
import { writeCache, type Line } from './cache-write.js';
import { listDir, walkRelevant, type DirEntry } from '../load/files.js';

/**
 * A file or folder changed within this long before the run started may change again
 * within its timestamp's resolution without its size or time moving: its stat is not
 * kept, so the next run reads it again (git's "racily clean" entries).
 */
export const RACY_MS = 2000;

export const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

/** A folder looked at in this run: whether it changed in an entry a walk reads, and its entries when it was listed again. */
interface Seen {
  entries?: readonly DirEntry[];
  changed: boolean;
}
const UNCHANGED: Seen = { changed: false };
/** A folder listed in this run: the hash of its stat, what was listed, and its place in the old table when it was listed so there (else -1). */
interface Fresh {
  stat: Uint32Array;
  listing: Listing;
  at: number;
}
/** A folder's stat hash, made in here for each folder and copied only for one listed again: 20,000 typed arrays cost more than their stats. */
const scratch = new Uint32Array(HASH_WORDS);


/**
 * The cache of one run. Findings are kept per tree, keyed by the content of its files (the
 * paths and a hash of each); beside them, the stat of each file (size, mtime, ctime, inode)
 * and its hash, so that a file that did not move is not read to be hashed, and the key of
 * each tree of the walk, so that a tree none of whose files moved is not hashed either. And
 * the listing of each folder the walk went through, with the folder's stat: adding,
 * removing or renaming an entry changes its folder's mtime and ctime (POSIX), so an
 * unchanged folder is not listed again; and the whole walk over those folders (`walked`),
 * taken back when none of them changed in an entry a walk reads, so that a run with nothing
 * new to list does not walk at all. What it reads is never trusted: a file that is not a
 * cache of this key, or has any record of the wrong shape, is ignored whole; a listing or a
 * result is checked when a run asks for it (src/check/cache-read.ts), and is none if it is not one.
 */
export class CheckCache {
  private old: CacheRecords;
  /** Per folder of the old table: 0 not looked at in this run, 1 unchanged, 2 listed again (`fresh`), 3 could not be looked at. */
  private dirState: Uint8Array;
  private dirIndex: Map<string, number> | undefined;
  /** Folders listed in this run: the hash of their stat (`statHash`), and what was listed. */
  private fresh = new Map<string, Fresh>();
  /** Folders listed in this run: the walk and the context search may ask for one twice. */
  private seen = new Map<string, Seen>();
  private walk: { key: string; walked: Walked; raw?: Raw } | undefined;
  /** Some folder could not be listed: the walk of this run is not kept whole. */
  private unkept = false;
  private hashes: FileHashes | undefined;
  private results = new Map<string, { result: CachedResult; raw?: Raw }>();

  constructor(
    private location: string,
    private key: string,
    /** When the run started; a test sets it later, to keep the stat of files it has just written. */
    private started = Date.now(),
  ) {
    this.old = readCache(location, key) ?? { bytes: Buffer.alloc(0), starts: [], ends: [], results: new Map(), resultLines: [] };
    this.dirState = new Uint8Array(this.old.dirs?.paths.length ?? 0);
  }

  /** Whether the stat just taken (`stat`) is within the racy window. */
  private racy(): boolean {
    return stat[1]! >= this.started - RACY_MS || stat[2]! >= this.started - RACY_MS;
  }

  /** A folder's place in the old table, or -1. */
  private indexOf(dir: string): number {
    if (!this.old.dirs) return -1;
    this.dirIndex ??= new Map(this.old.dirs.paths.map((p, k) => [p, k]));
    return this.dirIndex.get(dir) ?? -1;
  }

  /** A folder's entries, as readdirSync gives them, from the record when the folder has not moved since. */
  list(dir: string): readonly DirEntry[] {
    try {
      const k = this.indexOf(dir);
      const r = this.listing(dir, k);
      if (r.entries) return r.entries;
      const l = listingAt(this.old, k);
      // An unchanged folder whose record is not a listing is listed again.
      return l ? entriesOf(l) : this.listing(dir, k, true).entries!;
    } catch (e) {
      // A folder the walk could not list is no record: a walk that met one is not kept whole.
      this.unkept = true;
      throw e;
    }
  }

  /** Whether a folder (`k` in the old table, or -1) differs from the record in an entry a walk reads (`walkRelevant`); listed again when its stat moved. */
  private listing(dir: string, k: number, again = false): Seen {
    if (k >= 0 && this.dirState[k] === 1 && !again) return UNCHANGED;
    // Asked of each of 7,500 folders when nothing was listed yet: no hash of its path to make then.
    const seen = this.seen.size ? this.seen.get(dir) : undefined;
    if (seen) return seen;
    const kind = statKind(dir);
    if (kind === NONE) {
      if (k >= 0) this.dirState[k] = 3;
      return { entries: listDir(dir), changed: true };
    }
    // Stat first, list after: a change in between leaves a newer listing under an older stat, which the next run lists again.
    // Listed within the racy window: kept under a stat no folder has, so the next run lists it again.
    statHash(stat, false, scratch, 0, this.racy());
    const o = this.old.dirs?.stat;
    if (o && k >= 0 && !again && kind === DIR && scratch[0] === o[k * HASH_WORDS] && scratch[1] === o[k * HASH_WORDS + 1]) {
      this.dirState[k] = 1;
      return UNCHANGED;
    }
    const h = scratch.slice();
    const entries = readdirSync(dir, { withFileTypes: true });
    const names = entries.map((e) => e.name);
    const types = entries.map(typeLetter).join('');
    const listing: Listing = [names.join('/'), types];
    const l = k >= 0 ? listingAt(this.old, k) : undefined;
    const same = l !== undefined && l[0] === listing[0] && l[1] === listing[1];
    this.fresh.set(dir, { stat: h, listing, at: same ? k : -1 });
    if (k >= 0) this.dirState[k] = 2;
    const r = { entries, changed: !l || (!same && relevant(names, types) !== relevant(namesOf(l[0]), l[1])) };
    this.seen.set(dir, r);
    return r;
  }

  /**
   * The walk recorded under this key, if it holds still: every folder the last run listed
   * unchanged in the entries a walk reads, and every probe answering as it did.
   */
  walked(key: string, probes: Walked['probes']): Walked | undefined {
    const w = this.old.walk;
    if (!w || w.key !== key || JSON.stringify(w.walked.probes) !== JSON.stringify(probes)) return undefined;
    // The folders of the cache file are those of the walk it records (`lines`).
    const { paths: dirs, stat: was } = this.old.dirs!;
    for (let k = 0; k < dirs.length; k++) {
      k = sameDirs(dirs, was, this.dirState, k, this.started - RACY_MS);
      if (k === dirs.length) break;
      try {
        if (this.listing(dirs[k]!, k).changed) return undefined;
      } catch {
        return undefined;
      }
    }
    this.walk = { ...w };
    return w.walked;
  }

  /** The listings of this run, as names and type letters: those listed again, and the records of the others. */
  private *listings(): Generator<[names: string, types: string] | undefined> {
    for (const l of this.fresh.values()) yield l.listing;
    for (let k = 0; k < this.dirState.length; k++) if (this.dirState[k] === 1) yield listingAt(this.old, k);
  }

  /**
   * Keeps a walk whose every folder was listed through `list`. Not kept when a folder held
   * a link or a .thiduaignore among the entries a walk reads: their targets and content are
   * not in any listing.
   */
  keepWalk(key: string, walked: Walked): void {
    for (const l of this.listings()) {
      if (!l) return;
      const [names, types] = [namesOf(l[0]), l[1]];
      if (names.some((n, i) => walkRelevant(n, types[i]!) && ((types[i] !== 'f' && types[i] !== 'd') || n === '.thiduaignore'))) return;
    }
    this.walk = { key, walked };
  }

  /** The trees of these files: those the kept walk recorded, when these are its files. */
  components(targets: readonly string[], context: readonly string[], make: () => Component[]): Component[] {
    const w = this.walk;
    if (w?.walked.files !== targets || w.walked.context !== context) return make();
    if (w.walked.trees) return w.walked.trees;
    // Made in this run: the record is written anew with them.
    this.walk = { key: w.key, walked: { ...w.walked, trees: make() } };
    return this.walk.walked.trees!;
  }

  /**
   * What each tree's findings are keyed by: its files (targets, then context) and their
   * content; undefined for a tree a file of which cannot be hashed (standard input,
   * unreadable, not a file). Every file is looked at (`FileHashes`).
   */
  treeKeys(trees: readonly Component[], targets: readonly string[], context: readonly string[]): (string | undefined)[] {
    const w = this.walk;
    // The old tables are in the walk's order when the walk and its trees are those read.
    const walkRead = w?.raw !== undefined && w.walked.files === targets && w.walked.context === context;
    this.hashes = new FileHashes(targets, context, this.old, walkRead, this.started - RACY_MS);
    return this.hashes.keys(trees, walkRead && w!.walked.trees === trees ? this.old.treeKeys?.hex : undefined);
  }

  /** The result kept under this key; none when its record is not of the right shape (it is checked again, and replaced). */
  get(key: string): CachedResult | undefined {
    const raw = this.old.results.get(key);
    const result = raw === undefined ? undefined : resultAt(this.old, raw);
    if (result) this.results.set(key, { result, raw });
    return result;
  }

  set(key: string, result: CachedResult): void {
    this.results.set(key, { result });
  }

  /** The folders' lines: "D", "T" and "L", sorted, and the folders; as read when no folder was listed again. */
  private dirLines(): [Line[], readonly string[]] {
    const old = this.old.dirs;
    const kept: number[] = [];
    this.dirState.forEach((s, k) => s === 1 && kept.push(k));
    if (old && kept.length === old.paths.length && this.fresh.size === 0) return [[old.raw, old.raw + 1, old.listings], old.paths];
    // The same folders, those listed again listed as recorded (the cwd holding the cache, which
    // each run replaces, is one): "D" and "L" as read, new stats. Made anew, they cost a default
    // --cache run over 50,000 files ~1 MB of JSON written, and the page faults of its strings.
    const again = [...this.fresh.values()];
    if (old && kept.length + again.length === old.paths.length && again.every((f) => f.at >= 0)) {
      const stat = old.stat.slice();
      for (const f of again) stat.set(f.stat, f.at * HASH_WORDS);
      return [[old.raw, { kind: 'T', meta: [], payload: [wordBytes(stat)] }, old.listings], old.paths];
    }
    const all: [string, number | Fresh][] = [...kept.map((k): [string, number] => [old!.paths[k]!, k]), ...this.fresh];
    if (!all.length) return [[], []];
    all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const stat = new Uint32Array(all.length * HASH_WORDS);
    const names: string[] = [];
    const types: string[] = [];
    all.forEach(([, r], i) => {
      // A folder kept unchanged whose record is not a listing is kept as one with no stat: listed again next time.
      const l = typeof r === 'number' ? listingAt(this.old, r) : r.listing;
      if (typeof r !== 'number') stat.set(r.stat, i * HASH_WORDS);
      else if (l) stat.set(old!.stat.subarray(r * HASH_WORDS, (r + 1) * HASH_WORDS), i * HASH_WORDS);
      else stat[i * HASH_WORDS] = old!.stat[r * HASH_WORDS]! ^ 1;
      names.push(l?.[0] ?? '');
      types.push(l?.[1] ?? '');
    });
    const paths = all.map((a) => a[0]);
    return [[JSON.stringify(['D', paths]), { kind: 'T', meta: [], payload: [wordBytes(stat)] }, JSON.stringify(['L', names, types])], paths];
  }

  /**
   * The results asked for or made in this run, by key. A line read is copied as it was while
   * most of it is still asked for (its few results no run asked for ride along) and none of
   * its results was made again; the rest go in a new line. Past `MAX_RESULT_LINES`, all go in one.
   */
  private resultLines(): Line[] {
    const read = this.old.resultLines;
    const used = read.map(() => 0);
    const remade = read.map(() => false);
    this.results.forEach((r, k) => {
      if (r.raw !== undefined) used[lineOfRef(r.raw)]!++;
      else if (this.old.results.has(k)) remade[lineOfRef(this.old.results.get(k)!)] = true;
    });
    const copied = read.map((l, j) => !remade[j] && used[j]! * 8 >= l.size * 7);
    const line = (keys: string[]): string => resultsLine(keys, keys.map((k) => this.results.get(k)!.result));
    // Only the keys written are sorted: a run that copies its lines sorted all 10,000 (realistic
    // corpus, warm after one edit: ~55 M of ~1,400 M instructions, callgrind).
    const keys = [...this.results.keys()];
    const rest = keys.filter((k) => this.results.get(k)!.raw === undefined || !copied[lineOfRef(this.results.get(k)!.raw!)]).sort();
    const out: Line[] = read.flatMap((l, j) => (copied[j] ? [l.raw] : []));
    if (rest.length) out.push(line(rest));
    return out.length > MAX_RESULT_LINES ? [line(keys.sort())] : out;
  }

  /** The cache's lines: sorted, so that the same records give the same bytes; records read back written as read. */
  private lines(): Line[] {
    const w = this.walk && !this.unkept ? this.walk : undefined;
    const [dirLines, dirs] = this.dirLines();
    const lines: Line[] = [JSON.stringify(['thidua-cache', FORMAT, this.key]), ...dirLines, ...(this.hashes?.lines(w?.walked) ?? []), ...this.resultLines()];
    // The walk names folders by their place in "D": written as read only while "D" holds the same folders.
    const sameDirs = (a: readonly string[], b: readonly string[] = []): boolean => a === b || (a.length === b.length && a.every((d, i) => d === b[i]));
    if (w?.raw !== undefined && sameDirs(dirs, this.old.dirs?.paths)) lines.push(w.raw);
    else if (w) {
      const index = new Map(dirs.map((d, i) => [d, i]));
      const [files, context] = [packPaths(w.walked.files), packPaths(w.walked.context)];
      if (files !== undefined && context !== undefined) {
        const bytes = Buffer.from(files);
        const payload = [bytes, Buffer.from(`\0${context}`)];
        lines.push({ kind: 'w', meta: [w.key, bytes.length, w.walked.probes, packTrees(w.walked.trees ?? [], index)], payload });
      }
    }
    lines.push('["end"]');
    return lines;
  }

  /** Writes the cache atomically (src/check/cache-write.ts); false when it could not. */
  save(): boolean {
    return writeCache(this.location, this.lines(), this.old);
  }
}
