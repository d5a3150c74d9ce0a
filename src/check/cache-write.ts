import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { CacheRecords, Raw } from './cache-file.js';

/**
 * A binary record to write (src/check/cache-file.ts): its kind, the JSON after its payload's
 * length, and the payload, in pieces written one after the other.
 */
export interface Bin {
  kind: string;
  meta: readonly unknown[];
  payload: readonly Uint8Array[];
}

/** A line of the cache to write: new text, a binary record, or a line of the file read (`from`), copied as it was. */
export type Line = string | Bin | Raw;
type From = Pick<CacheRecords, 'bytes' | 'starts' | 'ends'>;

/**
 * The lines as the buffers to write: lines read that follow each other in the file read
 * go as one slice of it, and new lines next to each other as one buffer, so that a run
 * that changed a few records copies the rest in a few large writes and encodes nothing again.
 */
export function chunks(lines: readonly Line[], from: From): Uint8Array[] {
  const out: Uint8Array[] = [];
  let text: string[] = [];
  // Where the next byte goes: a binary payload starts at a multiple of 8 (`binHead`).
  let at = 0;
  const push = (b: Uint8Array): void => {
    out.push(b);
    at += b.length;
  };
  // Lines read, `first` to `last`, that follow each other in the file read.
  let run: { first: number; last: number } | undefined;
  const flush = (): void => {
    if (run) push(from.bytes.subarray(from.starts[run.first], from.ends[run.last]! + 1));
    if (text.length) push(Buffer.from(`${text.join('\n')}\n`));
    run = undefined;
    text = [];
  };
  for (const l of lines) {
    if (typeof l === 'string') {
      if (run) flush();
      text.push(l);
    } else if (typeof l === 'object') {
      flush();
      push(binHead(l, at));
      for (const p of l.payload) push(p);
      push(NEWLINE);
    } else if (run && run.last + 1 === l) run.last = l;
    else {
      flush();
      run = { first: l, last: l };
    }
  }
  flush();
  return out;
}

const NEWLINE = Buffer.from('\n');

/** `#`, the kind, [the payload's length, …meta] and spaces up to the newline, so that the payload starts at a multiple of 8 (`at` is where the record starts). */
function binHead(b: Bin, at: number): Buffer {
  const size = b.payload.reduce((n, p) => n + p.length, 0);
  const head = `#${b.kind}${JSON.stringify([size, ...b.meta])}`;
  const end = at + Buffer.byteLength(head) + 1;
  return Buffer.from(`${head}${' '.repeat((8 - (end % 8)) % 8)}\n`);
}

/**
 * Writes the cache atomically (a temporary file renamed over it), and only over a regular
 * file or nothing; false when it could not.
 */
export function writeCache(location: string, lines: readonly Line[], from: From): boolean {
  try {
    const st = lstatSync(location, { throwIfNoEntry: false });
    if (st && !st.isFile()) return false;
  } catch {
    return false;
  }
  const tmp = `${location}.${randomBytes(6).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    for (const c of chunks(lines, from)) {
      for (let done = 0; done < c.length; ) done += writeSync(fd, c, done, c.length - done);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, location);
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
