import { readFileSync, statSync } from 'node:fs';
import { isCachedResult, type CachedResult } from './cache-shape.js';
import { FORMAT, paired, unpackPaths, unpackTrees, type CacheRecords, type Listing, type Raw, type Walked } from './cache-file.js';

/** A cache is a few bytes per folder, file and finding; anything this large is not ours. */
const MAX_BYTES = 1 << 30;

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(str);
const isProbe = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && str(v[0]) && typeof v[1] === 'boolean';
const TYPES_RE = /^[fdlpcbso]*$/;
/** ["s","<stat key>","<content key>"] and the start of ["r","<content key>",…], the keys of the cache's own making (SHA-1 hex): matched in place, without a JSON parse. */
const S_LINE = /\["s","[0-9a-f]{40}","[0-9a-f]{40}"\]\n/y;
const R_HEAD = /\["r","[0-9a-f]{40}",/y;
const END = '["end"]\n';

/** The records of the cache file at `location`, if it is a cache of this key (`parseCache`). */
export function readCache(location: string, key: string): CacheRecords | undefined {
  let bytes: Buffer;
  try {
    const st = statSync(location);
    if (!st.isFile() || st.size > MAX_BYTES) return undefined;
    bytes = readFileSync(location);
  } catch {
    return undefined;
  }
  return parseCache(bytes, key);
}

/**
 * The records of a cache of this key; undefined when the bytes are not one, whole: no
 * record of it is trusted then. The lines of stat keys and results are matched in place
 * and their keys taken; the rest of them is read when a run asks (`contentKeyAt`,
 * `resultAt`), and a result of the wrong shape is then no result.
 */
export function parseCache(bytes: Uint8Array, key: string): CacheRecords | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A character a byte, so that offsets agree; lines holding other than ASCII are decoded as UTF-8 from the bytes.
  const t = buf.toString('latin1');
  const out: CacheRecords = { bytes: buf, latin1: t, walks: new Map(), listings: new Map(), keys: new Map(), results: new Map() };
  try {
    const first = t.indexOf('\n');
    if (first < 0) return undefined;
    const head: unknown = JSON.parse(buf.toString('utf8', 0, first));
    if (!Array.isArray(head) || head.length !== 3 || head[0] !== 'thidua-cache' || head[1] !== FORMAT || head[2] !== key) return undefined;
    // A file cut short ends in the middle of a record, or without the end one.
    if (!t.endsWith(END)) return undefined;
    const last = t.length - END.length;
    for (let start = first + 1; start < last; ) {
      const end = t.indexOf('\n', start);
      const raw = start;
      start = end + 1;
      if (t.startsWith('["s",', raw)) {
        S_LINE.lastIndex = raw;
        const k = t.slice(raw + 6, raw + 46);
        if (!S_LINE.test(t) || out.keys.has(k)) return undefined;
        out.keys.set(k, raw);
        continue;
      }
      if (t.startsWith('["r",', raw)) {
        R_HEAD.lastIndex = raw;
        const k = t.slice(raw + 6, raw + 46);
        if (!R_HEAD.test(t) || t.charCodeAt(end - 1) !== 0x5d || out.results.has(k)) return undefined;
        out.results.set(k, raw);
        continue;
      }
      const r: unknown = JSON.parse(buf.toString('utf8', raw, end));
      if (!Array.isArray(r) || !str(r[1])) return undefined;
      const [kind, k] = r as [unknown, string];
      if (kind === 'd' && r.length === 7 && num(r[2]) && num(r[3]) && num(r[4]) && str(r[5]) && str(r[6]) && TYPES_RE.test(r[6]) && paired(r[5], r[6]) && !out.listings.has(k)) {
        out.listings.set(k, { listing: r.slice(2) as Listing, raw });
      } else if (kind === 'w' && r.length === 6 && strings(r[2]) && strings(r[3]) && Array.isArray(r[4]) && r[4].every(isProbe) && Array.isArray(r[5]) && !out.walks.has(k)) {
        const files = unpackPaths(r[2]);
        const context = unpackPaths(r[3]);
        const trees = unpackTrees(r[5], files?.length ?? 0, context?.length ?? 0);
        if (!files || !context || !trees) return undefined;
        out.walks.set(k, { walked: { files, context, probes: r[4] as Walked['probes'], ...(trees.length && { trees }) }, raw });
      } else return undefined;
    }
  } catch {
    return undefined;
  }
  return out;
}

/** The content key of a stat key's line (`parseCache` matched it). */
export const contentKeyAt = (c: CacheRecords, raw: Raw): string => c.latin1.slice(raw + 49, raw + 89);

/** A result line's result (`parseCache` took its key), or undefined when it is not one of the right shape. */
export function resultAt(c: CacheRecords, raw: Raw): CachedResult | undefined {
  try {
    const bytes = c.bytes as Buffer;
    const r: unknown = JSON.parse(bytes.toString('utf8', raw, c.latin1.indexOf('\n', raw)));
    return Array.isArray(r) && r.length === 3 && isCachedResult(r[2]) ? r[2] : undefined;
  } catch {
    return undefined;
  }
}
