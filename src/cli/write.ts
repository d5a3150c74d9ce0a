import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fstatSync, ftruncateSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { tr } from './lang.js';

/** Why a target was refused or a write failed; the message never names the temporary file. */
export class WriteRefused extends Error {
  constructor(
    readonly path: string,
    readonly why: 'exists' | 'not-regular' | 'same-as-source' | 'failed',
    readonly code?: string,
  ) {
    super(`${path}: ${why}${code ? ` (${code})` : ''}`);
  }
}

/** What is at `path` now: nothing, a regular file (through symlinks), or something else. */
function statTarget(path: string): { st?: Stats; dangling?: boolean } {
  let l: Stats;
  try {
    l = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new WriteRefused(path, 'failed', (e as NodeJS.ErrnoException).code);
  }
  if (!l.isSymbolicLink()) return { st: l };
  try {
    return { st: statSync(path) };
  } catch {
    // A symlink to nothing is still something the clerk made: replacing it needs --force.
    return { dangling: true };
  }
}

/**
 * Refuses before anything is written: a path that is there without --force, a
 * device, FIFO, socket or folder even with it (renaming over /dev/null would
 * replace the device).
 */
export function checkTarget(path: string, force: boolean): void {
  const { st, dangling } = statTarget(path);
  if (st && !st.isFile()) throw new WriteRefused(path, 'not-regular');
  if ((st || dangling) && !force) throw new WriteRefused(path, 'exists');
}

/** Two paths that reach the same file (symlinks and hard links included). */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Text as UTF-8; bytes (docx, xlsx) as they are. */
const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

function writeAll(fd: number, buf: Uint8Array): void {
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
}

/**
 * A new file: written to a temporary file beside it and renamed, so a reader
 * never sees half a file. An existing file (--force): the temporary file is
 * given the old file's mode and owner before the rename; when the owner cannot
 * be kept, or the file has other hard links, the content (already proved
 * writable by the temporary file) is written into the old file in place, so
 * mode, owner and links stay.
 */
export function writeAtomic(path: string, content: string | Uint8Array, force: boolean): void {
  const buf = bytesOf(content);
  checkTarget(path, force);
  const old = statTarget(path).st;
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  let keepTmp = false;
  try {
    fd = openSync(tmp, 'wx', old ? old.mode & 0o7777 : 0o666);
    writeAll(fd, buf);
    let inPlace = false;
    if (old) {
      fchmodSync(fd, old.mode & 0o7777);
      const mine = fstatSync(fd);
      if (mine.uid !== old.uid || mine.gid !== old.gid) {
        try {
          fchownSync(fd, old.uid, old.gid);
        } catch {
          inPlace = true;
        }
      }
      if (old.nlink > 1) inPlace = true;
    }
    closeSync(fd);
    fd = undefined;
    if (inPlace) {
      const out = openSync(path, 'r+');
      try {
        writeAll(out, buf);
        ftruncateSync(out, buf.length);
      } finally {
        closeSync(out);
      }
    } else {
      renameSync(tmp, path);
      keepTmp = true;
    }
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    throw new WriteRefused(path, 'failed', (e as NodeJS.ErrnoException).code);
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (!keepTmp) {
      try {
        unlinkSync(tmp);
      } catch {
        /* renamed, or never created */
      }
    }
  }
}

const reasons: Record<string, [string, string]> = {
  EACCES: ['không có quyền ghi', 'permission denied'],
  EPERM: ['không có quyền ghi', 'permission denied'],
  ENOENT: ['thư mục không tồn tại', 'the folder does not exist'],
  ENOTDIR: ['thư mục không tồn tại', 'the folder does not exist'],
  ENOSPC: ['ổ đĩa đã đầy', 'the disk is full'],
  EROFS: ['ổ đĩa chỉ đọc', 'read-only file system'],
  EISDIR: ['là một thư mục', 'is a folder'],
};

/** One sentence for the clerk: the path as given, never the temporary file. */
export function writeMessage(shown: string, e: WriteRefused, lang: Lang, overwriteHint = true): string {
  const t = tr(lang);
  if (e.why === 'exists') return `${shown}: ${t('tệp đã có', 'file exists')}${overwriteHint ? t('; dùng --force để ghi đè', '; use --force to overwrite') : ''}`;
  if (e.why === 'not-regular') return `${shown}: ${t('không phải tệp thường (thiết bị, FIFO, socket hay thư mục); không ghi vào đó', 'not a regular file (a device, FIFO, socket or folder); not written')}`;
  if (e.why === 'same-as-source') return `${shown}: ${t('là chính tệp nguồn (--from); ghi ra tệp khác', 'is the source file itself (--from); write to another file')}`;
  const r = reasons[e.code ?? ''];
  return `${shown}: ${t('không ghi được', 'could not write')}: ${r ? t(...r) : (e.code ?? '?')}`;
}
