import { readFileSync, statSync } from 'node:fs';
import type { CachedResult } from './cache-shape.js';
import { ResultColumns } from './cache-results.js';
import { unpackPaths, unpackTrees } from './cache-walk.js';
import { FORMAT, HASH_WORDS, lineOfRef, paired, RESULT_LINES_READ, resultRef, SHA_HEX, wordsAt, type CacheRecords, type Walked } from './cache-file.js';

/** A cache is a few bytes per folder, file and finding; anything this large is not ours. */
const MAX_BYTES = 1 << 30;

const str = (v: unknown): v is string => typeof v === 'string';
const nat = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(str);
const isProbe = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && str(v[0]) && typeof v[1] === 'boolean';
const TYPES_RE = /^[fdlpcbso]*$/;
const HEX_RE = /^[0-9a-f]*$/;
const KEY_RE = /^[0-9a-f]{40}$/;
const END = '["end"]\n';
const NL = 0x0a;
const QUOTE = 0x22;
const HASH = 0x23;

/** The records of the cache file at `location`, if it is a cache of this key (`parseCache`). */
export function readCache(location: string, key: string): CacheRecords | undefined {
  let bytes: Buffer;
  try {
    const st = statSync(location, { throwIfNoEntry: false });
    if (!st?.isFile() || st.size > MAX_BYTES) return undefined;
    bytes = readFileSync(location);
  } catch {
    return undefined;
  }
  return parseCache(bytes, key);
}

/**
 * The records of a cache of this key; undefined when the bytes are not one, whole: no
 * record of it is trusted then. The listings are parsed when a run asks for one
 * (`listingAt`), a result likewise (`resultAt`), and one of the wrong shape is then none.
 */
export function parseCache(bytes: Uint8Array, key: string): CacheRecords | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: CacheRecords = { bytes: buf, starts: [], ends: [], results: new Map(), resultLines: [] };
  try {
    const first = buf.indexOf(NL);
    if (first < 0) return undefined;
    const head: unknown = JSON.parse(buf.toString('utf8', 0, first));
    if (!Array.isArray(head) || head.length !== 3 || head[0] !== 'thidua-cache' || head[1] !== FORMAT || head[2] !== key) return undefined;
    // A file cut short ends in the middle of a record, or without the end one.
    const last = buf.length - END.length;
    if (last <= first || buf.toString('latin1', last) !== END) return undefined;
    /** A binary record of this kind, its payload at `p`: whether it is one of the right shape. */
    const binary = (kind: string, meta: unknown[], p: number): boolean => {
      const bytes = meta[0] as number;
      const raw = out.starts.length - 1;
      if (kind === 'T' && named && !named.stat && meta.length === 1 && bytes === named.paths.length * HASH_WORDS * 4) {
        named.stat = wordsAt(buf, p, bytes / 4);
        return true;
      }
      if (named) return false;
      if (kind === 'f' && !out.files && meta.length === 3 && nat(meta[1]) && (meta[2] === null || (strings(meta[2]) && meta[2].length === meta[1]))) {
        // [bytes, files, paths]: the paths null for the walk's; a stat each, then a hash each or none.
        const n = meta[1];
        if (bytes !== n * HASH_WORDS * 4 && bytes !== n * (HASH_WORDS * 4 + SHA_HEX)) return false;
        const sha = buf.toString('latin1', p + n * HASH_WORDS * 4, p + bytes);
        if (!HEX_RE.test(sha)) return false;
        out.files = { ...(meta[2] !== null && { paths: meta[2] as string[] }), stat: wordsAt(buf, p, n * HASH_WORDS)!, sha, raw };
        return true;
      }
      if (kind === 'w' && out.dirs && !out.walk && meta.length === 5 && str(meta[1]) && nat(meta[2]) && Array.isArray(meta[3]) && meta[3].every(isProbe)) {
        // [bytes, walk key, the files' bytes, probes, trees]; folders by their place in "D", which comes first.
        const split = p + meta[2];
        if (split >= p + bytes || buf[split] !== 0) return false;
        const files = unpackPaths(buf.toString('utf8', p, split));
        const context = unpackPaths(buf.toString('utf8', split + 1, p + bytes));
        const trees = unpackTrees(meta[4], files.length, context.length, out.dirs.paths);
        if (!trees) return false;
        out.walk = { key: meta[1], walked: { files, context, probes: meta[3] as Walked['probes'], ...(trees.length && { trees }) }, raw };
        return true;
      }
      return false;
    };
    // The folders named by "D", waiting for their stats ("T") and listings ("L"), which follow.
    let named: { paths: string[]; raw: number; stat?: Uint32Array } | undefined;
    for (let start = first + 1; start < last; ) {
      const at = start;
      const raw = out.starts.push(start) - 1;
      let end = buf.indexOf(NL, start);
      if (buf[at] === HASH) {
        // A binary record: its meta, [payload bytes, …], then the payload from `p` to `end`.
        const meta: unknown = JSON.parse(buf.toString('utf8', at + 2, end));
        if (!Array.isArray(meta) || !nat(meta[0])) return undefined;
        const p = end + 1;
        end = p + meta[0];
        if (end >= last || buf[end] !== NL) return undefined;
        out.ends.push(end);
        start = end + 1;
        if (!binary(String.fromCharCode(buf[at + 1]!), meta, p)) return undefined;
        continue;
      }
      out.ends.push(end);
      start = end + 1;
      if (buf[at] !== 0x5b || buf[at + 1] !== QUOTE || buf[at + 3] !== QUOTE || buf[at + 4] !== 0x2c || buf[end - 1] !== 0x5d) return undefined;
      const k = String.fromCharCode(buf[at + 2]!);
      if (named) {
        if (k !== 'L' || !named.stat) return undefined;
        out.dirs = { paths: named.paths, stat: named.stat, raw: named.raw, listings: raw };
        named = undefined;
        continue;
      }
      if (k === 'k' && !out.treeKeys) {
        // ASCII of the cache's own making: taken in place, not parsed.
        const t = ascii(buf, at + 5, end - 1);
        if (t.length !== 1 || t[0]!.length % SHA_HEX || !HEX_RE.test(t[0]!)) return undefined;
        out.treeKeys = { hex: t[0]!, raw };
        continue;
      }
      const r: unknown = JSON.parse(buf.toString('utf8', at, end));
      if (!Array.isArray(r)) return undefined;
      if (k === 'D' && r.length === 2 && strings(r[1]) && !out.dirs) named = { paths: r[1], raw };
      else if (k === 'R' && strings(r[1]) && out.resultLines.length < RESULT_LINES_READ) {
        const columns = ResultColumns.of(r, r[1].length);
        if (!columns) return undefined;
        const line = out.resultLines.push({ raw, columns, size: r[1].length }) - 1;
        const keys = r[1];
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          if (!KEY_RE.test(key) || out.results.has(key)) return undefined;
          out.results.set(key, resultRef(line, i));
        }
      } else return undefined;
    }
    // A walk is valid while the folders it listed hold still: one without them is not ours.
    if (named || (out.walk && !out.dirs)) return undefined;
    // The file table without paths is the walk's; the tree keys are those of the walk's trees.
    const w = out.walk?.walked;
    if (out.files && !out.files.paths && out.files.stat.length !== ((w?.files.length ?? -1) + (w?.context.length ?? 0)) * HASH_WORDS) return undefined;
    if (out.treeKeys && out.treeKeys.hex.length !== (w?.trees?.length ?? -1) * SHA_HEX) return undefined;
  } catch {
    return undefined;
  }
  return out;
}

/** The strings of `"…","…"` between `from` and `to`, which hold no quote or backslash; [] when the bytes are not that. */
function ascii(buf: Buffer, from: number, to: number): string[] {
  const out: string[] = [];
  for (let at = from; at < to; ) {
    const close = buf.indexOf(QUOTE, at + 1);
    if (buf[at] !== QUOTE || close < 0 || close >= to || (close + 1 < to && buf[close + 1] !== 0x2c)) return [];
    const s = buf.toString('latin1', at + 1, close);
    if (s.includes('\\')) return [];
    out.push(s);
    at = close + 2;
  }
  return out;
}

/** The listings of the folders ("L"), parsed once; undefined when the line is not that. */
const listingsOf = new WeakMap<CacheRecords, [string[], string[]] | null>();

/** Folder k's listing, names joined by "/" and a type letter each; undefined when its record is not one. */
export function listingAt(c: CacheRecords, k: number): [names: string, types: string] | undefined {
  if (!c.dirs || k < 0) return undefined;
  let all = listingsOf.get(c);
  if (all === undefined) {
    try {
      const r: unknown = JSON.parse(c.bytes.toString('utf8', c.starts[c.dirs.listings], c.ends[c.dirs.listings]));
      all = Array.isArray(r) && r.length === 3 && strings(r[1]) && strings(r[2]) && r[1].length === c.dirs.paths.length && r[2].length === r[1].length ? [r[1], r[2]] : null;
    } catch {
      all = null;
    }
    listingsOf.set(c, all);
  }
  const [names, types] = [all?.[0][k], all?.[1][k]];
  return names !== undefined && types !== undefined && TYPES_RE.test(types) && paired(names, types) ? [names, types] : undefined;
}

/** A result read (`resultRef`), or undefined when it is not one of the right shape. */
export const resultAt = (c: CacheRecords, ref: number): CachedResult | undefined => c.resultLines[lineOfRef(ref)]?.columns.at(Math.floor(ref / RESULT_LINES_READ));
