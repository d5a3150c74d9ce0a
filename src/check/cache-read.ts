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
/**
 * A folder's line when its folder and names are printable ASCII without a quote or a
 * backslash (JSON.stringify wrote them as they are): matched, without a JSON parse. Any
 * other folder line is parsed.
 */
const D_LINE = /^\["d","([\x20\x21\x23-\x5b\x5d-\x7e]*)",([-+.\de]+),([-+.\de]+),([-+.\de]+),"([\x20\x21\x23-\x5b\x5d-\x7e]*)","([fdlpcbso]*)"\]$/;
const END = '["end"]\n';
const NL = 0x0a;

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
 * record of it is trusted then. The lines of stat keys and results are checked in place
 * and their keys taken; the rest of them is read when a run asks (`contentKeyAt`,
 * `resultAt`), and a result of the wrong shape is then no result.
 */
export function parseCache(bytes: Uint8Array, key: string): CacheRecords | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: CacheRecords = { bytes: buf, starts: [], ends: [], walks: new Map(), listings: new Map(), keys: new Map(), results: new Map() };
  try {
    const first = buf.indexOf(NL);
    if (first < 0) return undefined;
    const head: unknown = JSON.parse(buf.toString('utf8', 0, first));
    if (!Array.isArray(head) || head.length !== 3 || head[0] !== 'thidua-cache' || head[1] !== FORMAT || head[2] !== key) return undefined;
    // A file cut short ends in the middle of a record, or without the end one.
    const last = buf.length - END.length;
    if (last <= first || buf.toString('latin1', last) !== END) return undefined;
    for (let start = first + 1; start < last; ) {
      const end = buf.indexOf(NL, start);
      const raw = out.starts.push(start) - 1;
      out.ends.push(end);
      const at = start;
      start = end + 1;
      const kind = buf[at + 2];
      if (buf[at] !== 0x5b || buf[at + 1] !== 0x22 || buf[at + 3] !== 0x22 || buf[at + 4] !== 0x2c) return undefined;
      // ["s","<stat key>","<content key>"] and ["r","<content key>",…]: keys of the cache's own making (SHA-1 hex), taken in place.
      if (kind === 0x73 || kind === 0x72) {
        const k = buf.toString('latin1', at + 6, at + 46);
        const ok =
          kind === 0x73
            ? end - at === 91 && hexAt(buf, at + 6) && buf[at + 46] === 0x22 && buf[at + 47] === 0x2c && buf[at + 48] === 0x22 && hexAt(buf, at + 49) && buf[at + 89] === 0x22 && buf[at + 90] === 0x5d
            : end - at > 49 && hexAt(buf, at + 6) && buf[at + 46] === 0x22 && buf[at + 47] === 0x2c && buf[end - 1] === 0x5d;
        const map = kind === 0x73 ? out.keys : out.results;
        if (!ok || map.has(k)) return undefined;
        map.set(k, raw);
        continue;
      }
      const line = buf.toString('utf8', at, end);
      const m = kind === 0x64 ? D_LINE.exec(line) : null;
      if (m) {
        const [, dir, mtime, ctime, ino, names, types] = m as unknown as string[];
        const listing: Listing = [Number(mtime), Number(ctime), Number(ino), names!, types!];
        if (!num(listing[0]) || !num(listing[1]) || !num(listing[2]) || !paired(names!, types!) || out.listings.has(dir!)) return undefined;
        out.listings.set(dir!, { listing, raw });
        continue;
      }
      const r: unknown = JSON.parse(line);
      if (!Array.isArray(r) || !str(r[1])) return undefined;
      const [k2, k] = r as [unknown, string];
      if (k2 === 'd' && r.length === 7 && num(r[2]) && num(r[3]) && num(r[4]) && str(r[5]) && str(r[6]) && TYPES_RE.test(r[6]) && paired(r[5], r[6]) && !out.listings.has(k)) {
        out.listings.set(k, { listing: r.slice(2) as Listing, raw });
      } else if (k2 === 'w' && r.length === 6 && strings(r[2]) && strings(r[3]) && Array.isArray(r[4]) && r[4].every(isProbe) && Array.isArray(r[5]) && !out.walks.has(k)) {
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

/** Whether the 40 bytes at `at` are lowercase hex digits. */
function hexAt(buf: Buffer, at: number): boolean {
  for (let i = at; i < at + 40; i++) {
    const c = buf[i]!;
    if ((c < 0x30 || c > 0x39) && (c < 0x61 || c > 0x66)) return false;
  }
  return true;
}

/** The content key of a stat key's line (`parseCache` matched it). */
export const contentKeyAt = (c: CacheRecords, raw: Raw): string => c.bytes.toString('latin1', c.starts[raw]! + 49, c.starts[raw]! + 89);

/** A result line's result (`parseCache` took its key), or undefined when it is not one of the right shape. */
export function resultAt(c: CacheRecords, raw: Raw): CachedResult | undefined {
  try {
    const r: unknown = JSON.parse(c.bytes.toString('utf8', c.starts[raw], c.ends[raw]));
    return Array.isArray(r) && r.length === 3 && isCachedResult(r[2]) ? r[2] : undefined;
  } catch {
    return undefined;
  }
}
