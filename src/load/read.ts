import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { fsBinding, fsCalls, type FsBinding } from './fs-binding.js';
import { legacyFile, type LegacyFile } from './legacy.js';

/** Plan files are a few KB; anything this large is a mistake, not a plan. */
export const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The largest file the full YAML parser (`yaml`, which keeps every source
 * position) is run on. It costs about 2 s and 200 MB a MiB of flow-heavy YAML
 * (bench/hostile.mjs), so 10 MiB with findings took 20 s and 1.1 GB. Larger
 * files are read only by the fast reader (src/load/fast.ts), which places
 * their findings itself, up to MAX_BYTES; one in YAML it does not read
 * (anchors, tags, a syntax error…) gets one finding saying to split it. A
 * province's register of every commune and school (a few thousand units,
 * 150–250 bytes each) stays under it.
 */
export const MAX_PLACED_BYTES = 1024 * 1024;

/** A size in MiB, as messages state the caps. */
export const inMiB = (bytes: number): string => `${bytes / (1024 * 1024)} MiB`;

/** Where in the file a reading problem sits (1-based), when it sits anywhere. */
export interface At {
  line: number;
  column: number;
}

export type ReadProblem =
  | { code: 'load/not-found' }
  | { code: 'load/unreadable'; reason: string }
  | { code: 'load/folder-unreadable'; reason: string }
  | { code: 'load/symlink-loop' }
  | { code: 'load/not-a-file'; what: 'fifo' | 'device' | 'socket' | 'folder' | 'other' }
  | { code: 'load/too-large'; bytes: number; more?: boolean }
  | { code: 'load/utf16'; name: string }
  | { code: 'load/binary'; offset: number; at: At }
  | { code: 'load/not-utf8'; offset: number; at: At };

export interface ReadResult {
  text?: string;
  problem?: ReadProblem;
  hadBom: boolean;
  /** The bytes were TCVN3 or VNI, not UTF-8: `text` is their Unicode reading. */
  legacy?: LegacyFile;
}

/** Byte-order marks of encodings other than UTF-8: named, so the clerk knows what to convert from. */
const BOMS: [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 BE'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 LE'],
  [[0xfe, 0xff], 'UTF-16 BE'],
  [[0xff, 0xfe], 'UTF-16 LE'],
];

const newDecoder = (): TextDecoder => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// One decoder for every file, as one buffer (below): a repository is thousands of small files.
let utf8 = newDecoder();

/** Decodes bytes as strict UTF-8; a BOM is dropped (and said by the caller). */
export function decode(bytes: Uint8Array, more = false): ReadResult {
  if (more || bytes.length > MAX_BYTES) return { problem: { code: 'load/too-large', bytes: bytes.length, ...(more ? { more } : {}) }, hadBom: false };
  // Every BOM of BOMS starts with 00 00, FE FF or FF FE: the list is looked through only then.
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0 && b1 === 0) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe)) {
    for (const [bom, name] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return { problem: { code: 'load/utf16', name }, hadBom: false };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: { code: 'load/binary', offset: nul, at: bytePosition(bytes, nul) }, hadBom: false };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // A fresh decoder after a failure: nothing of the failed input may carry over to the next file.
    utf8 = newDecoder();
    const legacy = legacyFile(bytes);
    if (legacy) return { text: legacy.converted, hadBom: false, legacy };
    const offset = firstInvalidUtf8(bytes);
    return { problem: { code: 'load/not-utf8', offset, at: bytePosition(bytes, offset) }, hadBom: false };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? text.slice(1) : text, hadBom };
}

// One buffer for every read: a repository is thousands of small files, and a
// buffer each would be garbage the moment its text is decoded.
let shared = Buffer.allocUnsafe(1 << 16);

const what = (st: Stats): 'fifo' | 'device' | 'socket' | 'folder' | 'other' =>
  st.isFIFO() ? 'fifo' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : st.isSocket() ? 'socket' : st.isDirectory() ? 'folder' : 'other';

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** The binding's fstat once it answered a file as fstatSync does (null: not asked yet). */
let numbers: FsBinding | undefined | null = null;

/** Whether the binding's mode, inode and size of `fd` are fstatSync's `st` (checked on the first file read). */
function sameAs(b: FsBinding, fd: number, st: Stats): boolean {
  try {
    const v = b.fstat(fd, false, undefined, false);
    return v instanceof Float64Array && v.length >= 10 && v[1] === st.mode && v[7] === st.ino && v[8] === st.size;
  } catch {
    return false;
  }
}

/**
 * The size of the regular file open as `fd`, or -1 when it is something else. Asked of
 * the binding (src/load/fs-binding.ts) once it answered the first file as fstatSync does:
 * a Stats object for each of 10,000 files cost 15-20 ms of CPU (open, fstat, read and
 * close of the bench corpus's files three times over: 490 -> 440 ms).
 */
function regularSize(fd: number): number {
  if (numbers) {
    const v = numbers.fstat(fd, false, undefined, false)!;
    if ((v[1]! & constants.S_IFMT) === constants.S_IFREG) return v[8]!;
  }
  const st = fstatSync(fd);
  if (numbers === null) {
    const b = fsBinding();
    numbers = b && sameAs(b, fd, st) ? b : undefined;
  }
  return st.isFile() ? st.size : -1;
}

/**
 * Open, check that it is a regular file, read, close; the size cap is checked
 * as bytes arrive. O_NONBLOCK: opening a FIFO must not wait for a writer (a
 * pre-commit hook would hang); its reads are never made. Reading stops at the
 * size fstat gave, without the read that would say the end is reached (one
 * system call a file fewer); a file whose size is 0 is read to its end, as
 * files of /proc say 0 and hold more.
 */
export function readSource(file: string): ReadResult {
  let fd: number | undefined;
  // A NUL would cut the path short in the binding: openSync refuses it.
  const io = file.includes('\0') ? undefined : fsCalls();
  try {
    fd = io ? io.open(file, FLAGS, 0o666) : openSync(file, FLAGS);
    const size = regularSize(fd);
    // Not a file: rare, so its kind is asked again, of fstatSync.
    if (size < 0) return { problem: { code: 'load/not-a-file', what: what(fstatSync(fd)) }, hadBom: false };
    if (size > MAX_BYTES) return { problem: { code: 'load/too-large', bytes: size }, hadBom: false };
    // Room for the whole file at once: doubling from 64 KiB would copy a 10 MiB file's bytes eight times over.
    if (size >= shared.length) shared = Buffer.allocUnsafe(size + 1);
    let got = 0;
    for (;;) {
      if (got === shared.length) {
        if (got > MAX_BYTES) return { problem: { code: 'load/too-large', bytes: size }, hadBom: false };
        const bigger = Buffer.allocUnsafe(shared.length * 2);
        shared.copy(bigger, 0, 0, got);
        shared = bigger;
      }
      const n = io ? io.read(fd, shared, got, shared.length - got, -1) : readSync(fd, shared, got, shared.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === size) break;
    }
    return decode(shared.subarray(0, got));
  } catch (e) {
    return { problem: openProblem((e as NodeJS.ErrnoException).code, e), hadBom: false };
  } finally {
    if (fd !== undefined) {
      if (io) io.close(fd);
      else closeSync(fd);
    }
  }
}

/** What an open or stat error means to the clerk. */
export function openProblem(code: string | undefined, e?: unknown): ReadProblem {
  if (code === 'ENOENT') return { code: 'load/not-found' };
  if (code === 'ELOOP') return { code: 'load/symlink-loop' };
  // A socket cannot be opened at all.
  if (code === 'ENXIO') return { code: 'load/not-a-file', what: 'socket' };
  return { code: 'load/unreadable', reason: code ?? String(e) };
}

/** The byte offset of the first sequence that is not UTF-8, for the message. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >> 5 === 6 ? 1 : c >> 4 === 14 ? 2 : c >> 3 === 30 ? 3 : -1;
    if (n < 0 || i + n >= b.length + (n === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= n; k++) if (b[i + k]! >> 6 !== 2) return i;
    i += n + 1;
  }
  return i;
}

/**
 * Line and column (1-based, in characters) of a byte offset. The bytes before
 * the offset are valid UTF-8 (it is the first bad one), so they decode exactly.
 */
export function bytePosition(bytes: Uint8Array, offset: number): At {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < lineStart; i = bytes.indexOf(0x0a, i + 1)) line++;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/**
 * Characters YAML forbids in a stream (C0 other than tab, LF and CR; DEL; C1)
 * and the bidi overrides and isolates that make a line read differently from
 * what it holds. Each is a finding at the character.
 */
export const CONTROL_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_ALL = new RegExp(CONTROL_CHARS.source, 'g');

/** Offsets of the forbidden characters, at most `max` of them. */
export function controlChars(text: string, max: number): number[] {
  const out: number[] = [];
  CONTROL_ALL.lastIndex = 0;
  for (let m = CONTROL_ALL.exec(text); m && out.length < max; m = CONTROL_ALL.exec(text)) out.push(m.index);
  return out;
}
