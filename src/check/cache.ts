import { createHash, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { isCachedResult, type CachedResult } from './cache-shape.js';
import { MAX_BYTES as MAX_FILE_BYTES } from '../load/read.js';

/** [size, mtimeMs, ctimeMs, ino, sha1 of the content] */
export type FileEntry = [number, number, number, number, string];

export interface CacheData {
  magic: 'thidua-cache';
  format: 1;
  /** Tool version, schemas, rule selection, language, working folder: anything else is another cache. */
  key: string;
  files: Record<string, FileEntry>;
  results: Record<string, CachedResult>;
}

const MAGIC = 'thidua-cache';
/** A cache is a few bytes per file and finding; anything this large is not ours. */
const MAX_BYTES = 1 << 30;
/**
 * A file changed within this long before the run started may change again within its
 * timestamp's resolution without its size or time moving: its stat is not kept, so the
 * next run reads and hashes it (git's "racily clean" entries).
 */
const RACY_MS = 2000;

export const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

/**
 * The cache of one run: what was found in each component, keyed by the content of its
 * files, and the stat of each file so an unchanged file is not read to be hashed.
 * What it reads is never trusted: a file that is not a cache of this key, or has any
 * field of the wrong shape, is ignored whole.
 */
export class CheckCache {
  private old: CacheData | undefined;
  private next: CacheData;
  private started = Date.now();

  constructor(
    private location: string,
    key: string,
  ) {
    this.next = { magic: MAGIC, format: 1, key, files: {}, results: {} };
    this.old = readCache(location, key);
  }

  /** The content hash of a file, from its stat when it has not moved since it was hashed; undefined when unreadable. */
  hash(abs: string): string | undefined {
    let st;
    try {
      st = statSync(abs);
    } catch {
      return undefined;
    }
    // Never opened here: a FIFO or device (it could block), or a file the loader refuses as too large.
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    const known = this.old?.files[abs];
    let h: string;
    if (known && known[0] === st.size && known[1] === st.mtimeMs && known[2] === st.ctimeMs && known[3] === st.ino) h = known[4];
    else {
      try {
        h = sha1(readFileSync(abs));
      } catch {
        return undefined;
      }
    }
    if (Math.max(st.mtimeMs, st.ctimeMs) < this.started - RACY_MS) this.next.files[abs] = [st.size, st.mtimeMs, st.ctimeMs, st.ino, h];
    return h;
  }

  get(key: string): CachedResult | undefined {
    const r = this.old?.results[key];
    if (r) this.next.results[key] = r;
    return r;
  }

  set(key: string, r: CachedResult): void {
    this.next.results[key] = r;
  }

  /** Writes the cache atomically (a temporary file renamed over it); false when it could not. */
  save(): boolean {
    try {
      const st = lstatSync(this.location, { throwIfNoEntry: false });
      if (st && !st.isFile()) return false;
    } catch {
      return false;
    }
    const tmp = `${this.location}.${randomBytes(6).toString('hex')}.tmp`;
    let fd: number | undefined;
    try {
      fd = openSync(tmp, 'wx', 0o644);
      writeSync(fd, JSON.stringify(this.next));
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, this.location);
      return true;
    } catch {
      if (fd !== undefined) closeSync(fd);
      try {
        unlinkSync(tmp);
      } catch {
        /* nothing was written */
      }
      return false;
    }
  }
}

function readCache(location: string, key: string): CacheData | undefined {
  let data: unknown;
  try {
    const st = statSync(location);
    if (!st.isFile() || st.size > MAX_BYTES) return undefined;
    data = JSON.parse(readFileSync(location, 'utf8'));
  } catch {
    return undefined;
  }
  return isCacheData(data, key) ? data : undefined;
}

function isCacheData(d: unknown, key: string): d is CacheData {
  if (typeof d !== 'object' || d === null) return false;
  const c = d as Record<string, unknown>;
  if (c.magic !== MAGIC || c.format !== 1 || c.key !== key) return false;
  const files = c.files;
  const results = c.results;
  if (!isRecord(files) || !isRecord(results)) return false;
  for (const e of Object.values(files)) {
    if (!Array.isArray(e) || e.length !== 5 || !e.slice(0, 4).every((n) => typeof n === 'number' && Number.isFinite(n)) || typeof e[4] !== 'string') return false;
  }
  return Object.values(results).every(isCachedResult);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
