/**
 * `--format`, `-o` and `--color` for every command that renders a view: which
 * format (from the registry), which colour, and where the result goes.
 */
import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/diagnostic.js';
import { findFormat, formatForFile, formatNames, type FormatCommand, type Views } from '../formats/registry.js';
import { CSV_SEPS, type CsvSep, type Format, type Rendered } from '../formats/render-context.js';
import type { DocumentFrame } from '../views/document-frame.js';
import { useColor, type IO } from './io.js';
import { tr } from './lang.js';
import { UsageError } from './errors.js';
import { checkTarget, WriteRefused, writeAtomic, writeMessage } from './write.js';

const toStdout = (output: string | undefined): boolean => !output || output === '-';

/** The format named by `--format`, else the one `-o`'s extension selects, else table on a terminal and markdown elsewhere. */
export function pickFormat<C extends FormatCommand>(command: C, name: string | undefined, output: string | undefined, io: IO, lang: Lang): Format<Views[C]> {
  const t = tr(lang);
  const known = formatNames(command).join(', ');
  if (name !== undefined) {
    const f = findFormat(command, name);
    if (!f) throw new UsageError(`--format ${name}: ${t('chọn một trong', 'choose one of')} ${known}`);
    return checkBinary(f, output, io, lang);
  }
  if (!toStdout(output)) {
    const f = formatForFile(command, output!);
    if (f) return checkBinary(f, output, io, lang);
    if (/\.[^./\\]+$/.test(output!)) throw new UsageError(`-o ${output}: ${t('không biết định dạng theo đuôi tệp này; chọn --format', 'no format has this extension; pick one with --format')}: ${known}`);
  }
  const fallback = io.stdoutIsTTY && toStdout(output) ? 'table' : 'markdown';
  return findFormat(command, fallback)!;
}

/** A binary format with nowhere to go but a terminal: refused before any file is read. */
function checkBinary<V>(format: Format<V>, output: string | undefined, io: IO, lang: Lang): Format<V> {
  if (format.binary && toStdout(output) && io.stdoutIsTTY) {
    throw new UsageError(`--format ${format.name}: ${tr(lang)('định dạng nhị phân; ghi ra tệp bằng -o', 'a binary format; write it to a file with -o')}`);
  }
  return format;
}

export interface OutputOptions {
  output?: string;
  force?: boolean;
  /** `--color` / `--no-color` as given. */
  color?: boolean;
  /** report's `--fail-on`. */
  failOn?: ReadonlySet<string>;
  /** The document frame for Word output of an administrative document. */
  document?: DocumentFrame;
  /** `--sep`, checked by sepOption. */
  sep?: CsvSep;
}

/**
 * `--sep`: `,` (default), `;` for Excel under the Vietnamese regional format,
 * or a tab (`\t`, `tab` or the character itself); anything else, or `--sep`
 * with a format other than csv (which would ignore it), is a usage error.
 */
export function sepOption(text: string | undefined, format: Format<never>, lang: Lang): CsvSep | undefined {
  if (text === undefined) return undefined;
  const sep = text === '\\t' || text.toLowerCase() === 'tab' ? '\t' : text;
  if (!(CSV_SEPS as readonly string[]).includes(sep)) {
    throw new UsageError(`--sep ${JSON.stringify(text)}: ${tr(lang)('chỉ nhận dấu phẩy (,), dấu chấm phẩy (;) hoặc tab', 'only a comma (,), a semicolon (;) or a tab is accepted')}`);
  }
  if (format.name !== 'csv') throw new UsageError(`--sep: ${tr(lang)(`chỉ dùng với định dạng csv, không dùng với ${format.name}`, `only the csv format has columns to separate, not ${format.name}`)}`);
  return sep as CsvSep;
}

/** Renders a view in the chosen format and prints it, or writes it to `-o`. */
export async function renderOut<V>(format: Format<V>, view: V, o: OutputOptions, io: IO, lang: Lang): Promise<void> {
  const stdout = toStdout(o.output);
  if (format.binary && stdout && io.stdoutIsTTY) {
    throw new UsageError(`--format ${format.name}: ${tr(lang)('định dạng nhị phân; ghi ra tệp bằng -o', 'a binary format; write it to a file with -o')}`);
  }
  const color = stdout && Boolean(format.terminal) && useColor(io, o.color, false);
  const width = stdout && format.terminal && io.stdoutIsTTY ? io.columns : undefined;
  const content = await format.render(view, { lang, color, ...(width && { width }), ...(!stdout && { output: o.output }), ...(o.failOn && { failOn: o.failOn }), ...(o.document && { document: o.document }), ...(o.sep && { sep: o.sep }) });
  emit(content, o.output, Boolean(o.force), io, lang);
}

/** Prints to stdout, or writes `-o` atomically (never over an existing file without --force). */
export function emit(content: Rendered, output: string | undefined, force: boolean, io: IO, lang: Lang): void {
  if (toStdout(output)) {
    if (typeof content === 'string') io.stdout(content);
    else if (io.stdoutBytes && !io.stdoutIsTTY) io.stdoutBytes(content);
    else throw new UsageError(tr(lang)('định dạng nhị phân; ghi ra tệp bằng -o', 'a binary format; write it to a file with -o'));
    return;
  }
  try {
    writeAtomic(resolve(io.cwd, output!), content, force);
  } catch (e) {
    if (e instanceof WriteRefused) throw new UsageError(writeMessage(output!, e, lang));
    throw e;
  }
}

/** `-o` checked before the work, so a refused target costs nothing. */
export function checkOutput(output: string | undefined, force: boolean, io: IO, lang: Lang): void {
  if (output === '') throw new UsageError(`-o: ${tr(lang)('cần đường dẫn tệp (hoặc - cho stdout)', 'a file path is needed (or - for stdout)')}`);
  if (toStdout(output)) return;
  try {
    checkTarget(resolve(io.cwd, output!), force);
  } catch (e) {
    if (e instanceof WriteRefused) throw new UsageError(writeMessage(output!, e, lang));
    throw e;
  }
}
