import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { CacheRecords, Raw } from './cache-file.js';

/** A line of the cache to write: new text, or a line of the file read (`from`), copied as it was. */
export type Line = string | Raw;
type From = Pick<CacheRecords, 'bytes' | 'starts' | 'ends'>;

/**
 * The lines as the buffers to write: lines read that follow each other in the file read
 * go as one slice of it, and new lines next to each other as one buffer, so that a run
 * that changed a few records copies the rest in a few large writes and encodes nothing again.
 */
export function chunks(lines: readonly Line[], from: From): Uint8Array[] {
  const out: Uint8Array[] = [];
  let text: string[] = [];
  // Lines read, `first` to `last`, that follow each other in the file read.
  let run: { first: number; last: number } | undefined;
  const flush = (): void => {
    if (run) out.push(from.bytes.subarray(from.starts[run.first], from.ends[run.last]! + 1));
    if (text.length) out.push(Buffer.from(`${text.join('\n')}\n`));
    run = undefined;
    text = [];
  };
  for (const l of lines) {
    if (typeof l === 'string') {
      if (run) flush();
      text.push(l);
    } else if (run && run.last + 1 === l) run.last = l;
    else {
      flush();
      run = { first: l, last: l };
    }
  }
  flush();
  return out;
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
