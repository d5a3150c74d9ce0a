import { existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteRefused extends Error {}

/**
 * Writes through a temporary file and a rename, so a reader never sees half a
 * file; refuses to replace an existing file unless `force` is given.
 */
export function writeAtomic(path: string, content: string, force: boolean): void {
  if (!force && existsSync(path)) throw new WriteRefused(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    throw e;
  }
}
