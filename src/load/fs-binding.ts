/**
 * Node's fs binding, the layer under the public fs calls: it answers a stat in numbers
 * (Node 20: a Float64Array [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
 * atime s, ns, mtime s, ns, ctime s, ns, …], overwritten by the next stat), where
 * fs.statSync and fs.fstatSync make a Stats object, and Dates when asked, for every file.
 * Used only where Node's own sync calls are read (from their source) to make the very same
 * calls of it: stat and fstat (`fsBinding`), open, read and close (`fsCalls`); its stats are
 * then trusted once they answered a first path as the public call does (src/load/read.ts,
 * src/check/cache-stat.ts).
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

export interface FsBinding {
  stat(p: string, bigint: boolean, req: undefined, throwIfNoEntry: boolean): Float64Array | undefined;
  fstat(fd: number, bigint: boolean, req: undefined, shouldNotThrow: boolean): Float64Array | undefined;
  open(p: string, flags: number, mode: number): number;
  read(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  close(fd: number): void;
}

const source = (f: (...args: never[]) => unknown): string => Function.prototype.toString.call(f);

let cached: FsBinding | undefined | null = null;

/**
 * The binding, or undefined: never under --pending-deprecation (process.binding would
 * warn) nor on Windows (paths would need toNamespacedPath), and only where Node's own
 * statSync and fstatSync call its stat and fstat as thidua does, read from their source:
 * Node 20 releases before the calls threw took an object to fill with the error as the
 * fourth argument, where thidua passes a boolean.
 */
export function fsBinding(): FsBinding | undefined {
  if (cached !== null) return cached;
  cached = undefined;
  try {
    const stat = /\bbinding\.stat\(\s*pathModule\.toNamespacedPath\(path\),\s*options\.bigint,\s*undefined,\s*options\.throwIfNoEntry,?\s*\);/;
    const fstat = /\bbinding\.fstat\(fd, options\.bigint, undefined, false\);/;
    if (!stat.test(source(statSync)) || !fstat.test(source(fstatSync))) return undefined;
    const pb = (process as unknown as { binding?: ((m: string) => unknown) & { name: string } }).binding;
    // Under --pending-deprecation Node wraps process.binding in a function named `deprecated`, which warns when called.
    if (process.platform === 'win32' || typeof pb !== 'function' || pb.name !== 'binding') return undefined;
    const b = pb('fs') as Partial<FsBinding> | undefined;
    if (typeof b?.stat === 'function' && typeof b.fstat === 'function' && typeof b.open === 'function' && typeof b.read === 'function' && typeof b.close === 'function') cached = b as FsBinding;
  } catch {
    // Left undefined: the public calls answer.
  }
  return cached;
}

let calls: FsBinding | undefined | null = null;

/**
 * The binding, when Node's own openSync, readSync and closeSync end in exactly these calls of
 * it (Node 20: `open(path, flags, mode)`, `read(fd, buffer, offset, length, position)`,
 * `close(fd)`, which throw as the public calls do), read from their source: the caller, which
 * already holds what their checks check (a path without NUL, a Buffer, offsets in it), then
 * makes the same calls without them. Those checks (each behind a wrapper that copies its
 * arguments) cost ~25 ms of CPU for the 10,000 files of the bench corpus (open, fstat, read,
 * close of each under thidua's V8 flags: 200 -> 176 ms).
 */
export function fsCalls(): FsBinding | undefined {
  if (calls !== null) return calls;
  calls = undefined;
  const b = fsBinding();
  try {
    const open = /\bbinding\.open\(\s*pathModule\.toNamespacedPath\(path\),\s*stringToFlags\(flags\),\s*parseFileMode\(mode, 'mode', 0o666\),?\s*\);/;
    const read = /\breturn binding\.read\(fd, buffer, offset, length, position\);/;
    const close = /\bbinding\.close\(fd\);/;
    if (b && open.test(source(openSync)) && read.test(source(readSync)) && close.test(source(closeSync))) calls = b;
  } catch {
    // Left undefined: the public calls answer.
  }
  return calls;
}
