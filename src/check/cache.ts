import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import type { CachedResult } from './cache-shape.js';
import type { Component } from './components.js';
import { entriesOf, FORMAT, packPaths, packTrees, typeLetter, type CacheRecords, type Listing, type Raw, type Walked } from './cache-file.js';
import { contentKeyAt, readCache, resultAt } from './cache-read.js';
import { writeCache, type Line } from './cache-write.js';
import { listDir, walkRelevant, type DirEntry } from '../load/files.js';
import { MAX_BYTES as MAX_FILE_BYTES } from '../load/read.js';
/**
 * A file or folder changed within this long before the run started may change again
 * within its timestamp's resolution without its size or time moving: its stat is not
 * kept, so the next run reads it again (git's "racily clean" entries).
 */
const RACY_MS = 2000;

export const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

/** A folder as listed in this run: read now (`entries`), or its record (made into entries only when a walk asks). */
interface Seen {
  entries?: readonly DirEntry[];
  listing: Listing;
  changed: boolean;
}

/** A listing's entries that a walk reads, in a stable order: a folder may list the same entries in another order. */
function relevant(names: readonly string[], types: string): string {
  const out: string[] = [];
  names.forEach((n, i) => {
    if (walkRelevant(n, types[i]!)) out.push(`${types[i]}${n}`);
  });
  return out.sort().join('/');
}

/** ctime is kept as 0 when it equals mtime, as it does for a file written once. */
const ctimeOf = (m: number, c: number): number => (c === 0 ? m : c);

/**
 * The cache of one run. Findings are kept per component, keyed by the content of its
 * files (the paths and a hash of each); beside that key, the stat of those files (size,
 * mtime, ctime, inode), so that a component none of whose files moved is not read to be
 * hashed. And the listing of each folder the walk went through, with the folder's stat:
 * adding, removing or renaming an entry changes its folder's mtime and ctime (POSIX), so
 * an unchanged folder is not listed again; and the whole walk over those folders (`walked`),
 * taken back when none of them changed in an entry a walk reads, so that a run with
 * nothing new to list does not walk at all. What it reads is never trusted: a file that is
 * not a cache of this key, or has any record of the wrong shape, is ignored whole; a result
 * is checked when a run asks for it (src/check/cache-read.ts), and is none if it is not one.
 */
export class CheckCache {
  private old: CacheRecords;
  private listings = new Map<string, { listing: Listing; raw?: Raw }>();
  private keys = new Map<string, { key: string; raw?: Raw }>();
  private results = new Map<string, { result: CachedResult; raw?: Raw }>();
  /** Folders listed in this run: the walk and the context search may ask for one twice. */
  private seen = new Map<string, Seen>();
  private walk: { key: string; walked: Walked; raw?: Raw } | undefined;
  /** Some folder could not be listed: the walk of this run is not kept whole. */
  private unkept = false;

  constructor(
    private location: string,
    private key: string,
    /** When the run started; a test sets it later, to keep the stat of files it has just written. */
    private started = Date.now(),
  ) {
    this.old = readCache(location, key) ?? { bytes: Buffer.alloc(0), starts: [], ends: [], walks: new Map(), listings: new Map(), keys: new Map(), results: new Map() };
  }

  private racy(st: Stats): boolean {
    return Math.max(st.mtimeMs, st.ctimeMs) >= this.started - RACY_MS;
  }

  /** A folder's entries, as readdirSync gives them, from the record when the folder has not moved since. */
  list(dir: string): readonly DirEntry[] {
    try {
      const r = this.listing(dir);
      return r.entries ?? entriesOf(r.listing);
    } catch (e) {
      // A folder the walk could not list is no record: a walk that met one is not kept whole.
      this.unkept = true;
      throw e;
    }
  }

  /** A folder's entries, and whether they differ from the record in an entry a walk reads (`walkRelevant`). */
  private listing(dir: string): Seen {
    const seen = this.seen.get(dir);
    if (seen) return seen;
    let st;
    try {
      st = statSync(dir);
    } catch {
      return { entries: listDir(dir), listing: [-1, 0, 0, '', ''], changed: true };
    }
    // Stat first, list after: a change in between leaves a newer listing under an older stat, which the next run lists again.
    const known = this.old.listings.get(dir);
    const l = known?.listing;
    let entries: Dirent[] | undefined;
    let entry: { listing: Listing; raw?: Raw };
    let changed = false;
    if (l && st.isDirectory() && st.mtimeMs === l[0] && st.ctimeMs === ctimeOf(l[0], l[1]) && st.ino === l[2]) entry = known!;
    else {
      const fresh: Dirent[] = readdirSync(dir, { withFileTypes: true });
      entries = fresh;
      const names = fresh.map((e) => e.name);
      const types = fresh.map(typeLetter).join('');
      // Listed within the racy window: kept under a time no folder has, so the next run lists it again.
      const racy = this.racy(st);
      entry = { listing: [racy ? -1 : st.mtimeMs, racy || st.ctimeMs === st.mtimeMs ? 0 : st.ctimeMs, st.ino, names.join('/'), types] };
      changed = !l || relevant(names, types) !== relevant(l[3] === '' ? [] : l[3].split('/'), l[4]);
    }
    this.listings.set(dir, entry);
    const r = { entries, listing: entry.listing, changed };
    this.seen.set(dir, r);
    return r;
  }

  /**
   * The walk recorded under this key, if it holds still: every folder the last run listed
   * unchanged in the entries a walk reads, and every probe answering as it did.
   */
  walked(key: string, probes: Walked['probes']): Walked | undefined {
    const w = this.old.walks.get(key);
    if (!w || JSON.stringify(w.walked.probes) !== JSON.stringify(probes)) return undefined;
    // The folders of the cache file are those of the walk it records (`text`).
    for (const dir of this.old.listings.keys()) {
      try {
        if (this.listing(dir).changed) return undefined;
      } catch {
        return undefined;
      }
    }
    this.walk = { key, ...w };
    return w.walked;
  }

  /**
   * Keeps a walk whose every folder was listed through `list`. Not kept when a folder held
   * a link or a .thiduaignore among the entries a walk reads: their targets and content are
   * not in any listing.
   */
  keepWalk(key: string, walked: Walked): void {
    for (const { listing } of this.listings.values()) {
      const names = listing[3] === '' ? [] : listing[3].split('/');
      if (names.some((n, i) => walkRelevant(n, listing[4][i]!) && ((listing[4][i] !== 'f' && listing[4][i] !== 'd') || n === '.thiduaignore'))) return;
    }
    this.walk = { key, walked };
  }

  /**
   * What a component's findings are keyed by: its files (targets, then context) and their
   * content; undefined when one cannot be hashed (standard input, unreadable, not a file).
   */
  componentKey(lists: readonly (readonly string[])[]): string | undefined {
    // The stat numbers go to the hash as bytes: turning 200,000 numbers into text would cost more than the stats.
    const nums = new Float64Array(lists.reduce((n, l) => n + l.length, 0) * 4);
    let k = 0;
    let racy = false;
    for (const list of lists) {
      for (const f of list) {
        if (f === '-') return undefined;
        let st;
        try {
          st = statSync(f);
        } catch {
          return undefined;
        }
        // Never opened here: a FIFO or device (it could block), or a file the loader refuses as too large.
        if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
        racy ||= this.racy(st);
        nums[k++] = st.size;
        nums[k++] = st.mtimeMs;
        nums[k++] = st.ctimeMs;
        nums[k++] = st.ino;
      }
    }
    const byStat = createHash('sha1')
      .update(lists.map((l) => l.join('\n')).join('\n|\n'))
      .update(new Uint8Array(nums.buffer))
      .digest('hex');
    const known = this.old.keys.get(byStat);
    let key = known === undefined ? undefined : contentKeyAt(this.old, known);
    if (key === undefined) {
      const parts: string[] = [];
      for (const list of lists) {
        for (const f of list) {
          try {
            parts.push(f, sha1(readFileSync(f)));
          } catch {
            return undefined;
          }
        }
        parts.push('|');
      }
      key = sha1(parts.join('\n'));
    }
    if (!racy) this.keys.set(byStat, { key, raw: known });
    return key;
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

  /** The cache's lines: sorted, so that the same records give the same bytes; records read back written as read. */
  private lines(): Line[] {
    const lines: Line[] = [JSON.stringify(['thidua-cache', FORMAT, this.key])];
    for (const dir of [...this.listings.keys()].sort()) {
      const { listing, raw } = this.listings.get(dir)!;
      lines.push(raw ?? JSON.stringify(['d', dir, ...listing]));
    }
    for (const k of [...this.keys.keys()].sort()) {
      const { key, raw } = this.keys.get(k)!;
      lines.push(raw ?? JSON.stringify(['s', k, key]));
    }
    for (const k of [...this.results.keys()].sort()) {
      const r = this.results.get(k)!;
      lines.push(r.raw ?? JSON.stringify(['r', k, r.result]));
    }
    const w = this.walk;
    if (w && !this.unkept) lines.push(w.raw ?? JSON.stringify(['w', w.key, packPaths(w.walked.files), packPaths(w.walked.context), w.walked.probes, packTrees(w.walked.trees ?? [])]));
    lines.push('["end"]');
    return lines;
  }

  /** Writes the cache atomically (src/check/cache-write.ts); false when it could not. */
  save(): boolean {
    return writeCache(this.location, this.lines(), this.old);
  }
}
