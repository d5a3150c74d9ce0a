import { dirname } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { locate, spanAt, type Span } from '../diagnostics/locate.js';
import { q } from '../diagnostics/text.js';
import type { DataPath } from '../model/types.js';
import { displayPath } from './files.js';
import { encodingName, findLookalikeD } from './legacy.js';
import { parseYaml, tabWidth, type ParsedDoc } from './parse.js';
import { expandLeadingTabs, leadingTabs } from './indent.js';
import { controlChars, decode, inMiB, MAX_PLACED_BYTES, readSource, type ReadResult } from './read.js';
import { checkDocument, diag, room, writtenIn } from './document.js';
import { tryFastLoad } from './fast.js';
import { MAX_DEPTH, tooDeep } from './depth.js';
import { textOf, type LoadOptions, type SourceFile, type Workspace } from './workspace.js';

const FIRST: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** A file full of control characters is one problem said many times: the first few locate it. */
const MAX_CONTROL_FINDINGS = 20;

/** Loads one file; never throws, whatever the bytes. */
export function loadFile(abs: string, opts: LoadOptions, role: SourceFile['role'] = 'target'): SourceFile {
  // Every field the loaders set later is here from the start: one shape for all files, so the code that
  // reads them stays monomorphic and is not deoptimised when a later file gains a field.
  const file: SourceFile = {
    abs,
    path: displayPath(abs, opts.cwd),
    dir: abs === '-' ? opts.cwd : dirname(abs),
    text: undefined,
    dropped: false,
    lines: undefined,
    docs: [],
    diagnostics: [],
    unshown: 0,
    role,
  };
  const early = opts.problems?.get(abs);
  const read: ReadResult = early ? { problem: early, hadBom: false } : abs === '-' ? readStdin(opts.stdin) : readSource(abs);
  if (read.problem) {
    const at = 'at' in read.problem ? { line: read.problem.at.line, column: read.problem.at.column, endLine: read.problem.at.line, endColumn: read.problem.at.column + 1 } : FIRST;
    file.diagnostics.push(diag(file, read.problem.code, 'error', read.problem, at, opts.lang));
    return file;
  }
  const text = read.text!;
  file.text = text;
  if (read.legacy) {
    const { line, column } = read.legacy;
    const params = { name: encodingName[read.legacy.encoding] };
    file.diagnostics.push(diag(file, 'load/legacy-file', 'error', params, { line, column, endLine: line, endColumn: column + 1 }, opts.lang));
  }
  try {
    // Control characters send the file the full way too: the subset reader looks for them (fast-yaml.ts).
    if (!opts.full && !read.hadBom && fastOrNot(file, text, opts.lang, opts.found)) return file;
    loadText(file, text, read.hadBom, opts.lang, opts.found);
  } catch (e) {
    // A bug of ours must still leave the other files checked and say where it happened.
    file.diagnostics.push({ ...FIRST, code: 'load/internal', severity: 'error', file: file.path, message: `internal error: ${(e as Error).message}` });
  }
  return file;
}

/** stdin as bytes, decoded as strictly as a file; a string (from `new`'s self-check) is already text. */
function readStdin(stdin: LoadOptions['stdin']): ReadResult {
  if (typeof stdin === 'string') return decode(Buffer.from(stdin, 'utf8'));
  if (stdin === undefined) return decode(new Uint8Array());
  return decode(stdin.bytes, stdin.more);
}

/** A forbidden character, named by its code point (and its name when it has a short one). */
function controlFinding(file: SourceFile, text: string, i: number, lang: Lang, at: (s: number, e?: number) => Span): Diagnostic {
  const c = text.charCodeAt(i);
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = { 0x1b: 'ESC', 0x7f: 'DEL', 0x0b: 'VT', 0x0c: 'FF', 0x08: 'BS', 0x07: 'BEL', 0x85: 'NEL', 0x202e: 'RLO', 0x202d: 'LRO', 0x202a: 'LRE', 0x202b: 'RLE', 0x202c: 'PDF', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI' };
  const char = names[c] ? `${hex} (${names[c]})` : hex;
  return diag(file, 'load/control-char', 'error', { char, bidi: c > 0xff }, at(i, i + 1), lang);
}

/** The fast path, or false — also when the text nests deeper than its recursion can go. */
function fastOrNot(file: SourceFile, text: string, lang: Lang, found: LoadOptions['found']): boolean {
  try {
    return tryFastLoad(file, text, lang, found);
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
}

/** Line and column of an offset, before any line index exists. */
function positionOf(text: string, offset: number): Span {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  const column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

function loadText(file: SourceFile, text: string, hadBom: boolean, lang: Lang, found?: { has(path: string): boolean }): void {
  // Recursive parsers overflow the stack thousands of levels down: said before they are asked.
  const deep = tooDeep(text);
  if (deep >= 0) {
    file.diagnostics.push(diag(file, 'load/too-deep', 'error', { max: MAX_DEPTH }, positionOf(text, deep), lang));
    return;
  }
  // The full parser costs seconds a MiB: past MAX_PLACED_BYTES it is not run (src/load/read.ts).
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_PLACED_BYTES) {
    file.diagnostics.push(diag(file, 'load/too-large-to-place', 'error', { bytes, max: inMiB(MAX_PLACED_BYTES) }, FIRST, lang));
    return;
  }
  // A tab is one mistake, said at the tab; the rest of the file is read as if
  // it were spaces, so the tab's consequences are not reported as more mistakes.
  const tabs = leadingTabs(text);
  const width = tabs.length ? tabWidth(text) : 0;
  const source = tabs.length ? expandLeadingTabs(text, width) : text;
  const parsed = parseYaml(source);
  file.lines = parsed.lines;
  const at = (start: number, end = start): Span => spanAt(parsed.lines, start, end);
  if (hadBom) file.diagnostics.push(diag(file, 'load/bom', 'warning', {}, FIRST, lang));
  for (const i of controlChars(source, MAX_CONTROL_FINDINGS)) file.diagnostics.push(controlFinding(file, source, i, lang, at));
  for (const t of tabs) file.diagnostics.push(diag(file, 'yaml/tab-as-indent', 'error', { width }, { line: t.line, column: t.column, endLine: t.line, endColumn: t.column + 1 }, lang));
  for (const i of findLookalikeD(text)) file.diagnostics.push(diag(file, 'load/lookalike-d', 'warning', {}, at(i, i + 1), lang));
  if (parsed.docs.length === 0) {
    file.diagnostics.push(diag(file, 'load/empty', 'error', {}, FIRST, lang));
    return;
  }
  parsed.docs.forEach((p, index) => loadDoc(file, p, index, lang, at, found));
}

function loadDoc(file: SourceFile, p: ParsedDoc, index: number, lang: Lang, at: (s: number, e?: number) => Span, found?: { has(path: string): boolean }): void {
  for (const i of p.issues.slice(0, room(file, p.issues.length))) file.diagnostics.push(diag(file, i.code, i.severity, i.params, at(i.start, i.end), lang));
  if (p.data === undefined && p.issues.some((i) => i.severity === 'error')) return;
  const src = { doc: p.doc, lines: file.lines! };
  const here = (path: DataPath): Span => locate(src, path);
  for (const l of p.legacy) {
    const params = { name: encodingName[l.encoding], value: q(l.value), converted: q(l.converted) };
    file.diagnostics.push(diag(file, 'load/legacy-encoding', 'error', params, here(l.path), lang, l.path));
  }
  for (const n of p.notNfc) file.diagnostics.push(diag(file, 'load/not-nfc', 'warning', { value: JSON.stringify(n.value) }, here(n.path), lang, n.path));
  if (p.data === null || p.data === undefined) {
    file.diagnostics.push(diag(file, 'load/empty', 'error', {}, at(p.start), lang));
    return;
  }
  checkDocument(file, p.data, index, lang, src, writtenIn(src, textOf(file)), found);
}

export function loadWorkspace(paths: string[], opts: LoadOptions, context: string[] = []): Workspace {
  const files = paths.map((p) => loadFile(p, opts, 'target'));
  for (const c of context) files.push(loadFile(c, opts, 'context'));
  return { files, docs: files.flatMap((f) => f.docs), lang: opts.lang };
}
