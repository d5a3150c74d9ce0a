import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Plan files are a few KB; anything this large is a mistake, not a plan. */
export const MAX_BYTES = 10 * 1024 * 1024;

export type ReadProblem =
  | { code: 'load/not-found' }
  | { code: 'load/unreadable'; reason: string }
  | { code: 'load/too-large'; bytes: number }
  | { code: 'load/binary'; offset: number }
  | { code: 'load/not-utf8'; offset: number };

export interface ReadResult {
  text?: string;
  problem?: ReadProblem;
  hadBom: boolean;
}

/** Decodes bytes as strict UTF-8; a BOM is dropped (and said by the caller). */
export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_BYTES) return { problem: { code: 'load/too-large', bytes: bytes.length }, hadBom: false };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: { code: 'load/binary', offset: nul }, hadBom: false };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problem: { code: 'load/not-utf8', offset: firstInvalidUtf8(bytes) }, hadBom: false };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? text.slice(1) : text, hadBom };
}

// One buffer for every read: a repository is thousands of small files, and a
// buffer each would be garbage the moment its text is decoded.
let shared = Buffer.allocUnsafe(1 << 16);

/** Open, read, close: no stat, and the size cap is checked as bytes arrive. */
export function readSource(file: string): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    let got = 0;
    for (;;) {
      if (got === shared.length) {
        if (got > MAX_BYTES) return { problem: { code: 'load/too-large', bytes: fstatSync(fd).size }, hadBom: false };
        const bigger = Buffer.allocUnsafe(shared.length * 2);
        shared.copy(bigger, 0, 0, got);
        shared = bigger;
      }
      const n = readSync(fd, shared, got, shared.length - got, null);
      if (n === 0) break;
      got += n;
    }
    return decode(shared.subarray(0, got));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: { code: 'load/not-found' }, hadBom: false };
    return { problem: { code: 'load/unreadable', reason: code ?? String(e) }, hadBom: false };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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

/** Line and column (1-based) of a byte offset, counting characters as Latin-1 bytes. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      col = 1;
    } else col++;
  }
  return { line, column: col };
}
