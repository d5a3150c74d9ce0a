/**
 * Word and Excel output for the commands that offer it, until the one format
 * registry lands (issue 9): which formats are binary, the check that they
 * have somewhere to go, and writing the bytes. The renderers live in
 * src/formats/docx and src/formats/xlsx and load on demand — exceljs alone
 * takes longer to load than a whole `validate` run.
 */
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { UsageError } from './main.js';
import { WriteRefused, writeAtomic, writeMessage } from './write.js';

export const BINARY_FORMATS = ['docx', 'xlsx'] as const;
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

export const isBinaryFormat = (f: string): f is BinaryFormat => (BINARY_FORMATS as readonly string[]).includes(f);

/**
 * A binary format goes to a file, or to stdout only when stdout is not a
 * terminal (`> plan.docx`, a pipe): a terminal would show garbage. Checked
 * before any file is read.
 */
export function checkBinaryTarget(format: string, output: string | undefined, io: IO, lang: Lang): void {
  if (!isBinaryFormat(format)) return;
  if ((!output || output === '-') && io.stdoutIsTTY) {
    throw new UsageError(tr(lang)(`định dạng ${format} là tệp nhị phân: ghi ra tệp bằng -o TỆP.${format}`, `${format} is a binary format: write it to a file with -o FILE.${format}`));
  }
}

/** Writes the bytes to `-o` atomically (never over a file without --force), else to stdout. */
export function emitBytes(bytes: Uint8Array, output: string | undefined, force: boolean, io: IO, lang: Lang): void {
  if (!output || output === '-') {
    if (!io.stdoutBytes) throw new UsageError(tr(lang)('không ghi được dữ liệu nhị phân ra màn hình; dùng -o', 'cannot write binary data to stdout; use -o'));
    io.stdoutBytes(bytes);
    return;
  }
  try {
    writeAtomic(resolve(io.cwd, output), bytes, force);
  } catch (e) {
    if (e instanceof WriteRefused) throw new UsageError(writeMessage(output, e, lang));
    throw e;
  }
}
