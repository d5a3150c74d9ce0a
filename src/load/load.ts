import { dirname } from 'node:path';
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import { locate, spanAt, type Span } from '../diagnostics/locate.js';
import { render } from '../diagnostics/text.js';
import type { AnyDoc, DataPath, DocKind } from '../model/types.js';
import { displayPath } from './files.js';
import { detectLegacy, findLookalikeD } from './legacy.js';
import { loadMessages, yamlMessages } from './messages.js';
import { yamlMessage } from './yaml-messages.js';
import { parseYaml, tabWidth, type ParsedDoc } from './parse.js';
import { expandLeadingTabs, leadingTabs } from './indent.js';
import { decode, readSource, type ReadResult } from './read.js';
import { translateSchemaErrors } from './schema-errors.js';
import { salvage } from './salvage.js';
import { KINDS, schemaOf, validateSchema } from './schema.js';
import { tryFastLoad } from './fast.js';
import type { LoadedDoc, LoadOptions, SourceFile, Workspace } from './workspace.js';

const FIRST: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function diag(file: SourceFile, code: string, severity: Severity, params: Record<string, unknown>, span: Span, lang: Lang, path?: DataPath): Diagnostic {
  const msg = loadMessages[code] ?? yamlMessages[code] ?? yamlMessage(code);
  return { code, severity, ...render(msg, params, lang), file: file.path, ...span, ...(path ? { path } : {}) };
}

/** Loads one file; never throws, whatever the bytes. */
export function loadFile(abs: string, opts: LoadOptions, role: SourceFile['role'] = 'target'): SourceFile {
  const file: SourceFile = { abs, path: displayPath(abs, opts.cwd), dir: abs === '-' ? opts.cwd : dirname(abs), docs: [], diagnostics: [], role };
  const read: ReadResult = abs === '-' ? decode(Buffer.from(opts.stdin ?? '', 'utf8')) : readSource(abs);
  if (read.problem) {
    file.diagnostics.push(diag(file, read.problem.code, 'error', read.problem, FIRST, opts.lang));
    return file;
  }
  const text = read.text!;
  file.text = text;
  try {
    if (!opts.full && !read.hadBom && tryFastLoad(file, text)) return file;
    loadText(file, text, read.hadBom, opts.lang);
  } catch (e) {
    // A bug of ours must still leave the other files checked and say where it happened.
    file.diagnostics.push({ ...FIRST, code: 'load/internal', severity: 'error', file: file.path, message: `internal error: ${(e as Error).message}` });
  }
  return file;
}

function loadText(file: SourceFile, text: string, hadBom: boolean, lang: Lang): void {
  // A tab is one mistake, said at the tab; the rest of the file is read as if
  // it were spaces, so the tab's consequences are not reported as more mistakes.
  const tabs = leadingTabs(text);
  const width = tabs.length ? tabWidth(text) : 0;
  const parsed = parseYaml(tabs.length ? expandLeadingTabs(text, width) : text);
  file.lines = parsed.lines;
  const at = (start: number, end = start): Span => spanAt(parsed.lines, start, end);
  if (hadBom) file.diagnostics.push(diag(file, 'load/bom', 'warning', {}, FIRST, lang));
  for (const t of tabs) file.diagnostics.push(diag(file, 'yaml/tab-as-indent', 'error', { width }, { line: t.line, column: t.column, endLine: t.line, endColumn: t.column + 1 }, lang));
  const legacy = detectLegacy(text);
  if (legacy) {
    const name = legacy.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
    file.diagnostics.push(diag(file, 'load/legacy-encoding', 'error', { name, sample: `«${legacy.sample}»` }, at(legacy.index), lang));
  }
  for (const i of findLookalikeD(text)) file.diagnostics.push(diag(file, 'load/lookalike-d', 'warning', {}, at(i, i + 1), lang));
  if (parsed.docs.length === 0) {
    file.diagnostics.push(diag(file, 'load/empty', 'error', {}, FIRST, lang));
    return;
  }
  parsed.docs.forEach((p, index) => loadDoc(file, p, index, lang, at));
}

function loadDoc(file: SourceFile, p: ParsedDoc, index: number, lang: Lang, at: (s: number, e?: number) => Span): void {
  for (const i of p.issues) file.diagnostics.push(diag(file, i.code, i.severity, i.params, at(i.start, i.end), lang));
  if (p.data === undefined && p.issues.some((i) => i.severity === 'error')) return;
  const src = { doc: p.doc, lines: file.lines! };
  const here = (path: DataPath, key = false): Span => locate(src, path, { key });
  for (const n of p.notNfc) file.diagnostics.push(diag(file, 'load/not-nfc', 'warning', { value: JSON.stringify(n.value) }, here(n.path), lang, n.path));
  const data = p.data;
  if (data === null || data === undefined) {
    file.diagnostics.push(diag(file, 'load/empty', 'error', {}, at(p.start), lang));
    return;
  }
  const obj = typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!obj || !('thidua' in obj)) {
    file.diagnostics.push(diag(file, 'load/not-thidua', 'error', {}, here([]), lang));
    return;
  }
  if (obj.thidua !== 1) {
    file.diagnostics.push(diag(file, 'load/unsupported-version', 'error', { value: JSON.stringify(obj.thidua) }, here(['thidua']), lang, ['thidua']));
    return;
  }
  const kind = obj.kind as DocKind;
  if (!KINDS.includes(kind)) {
    file.diagnostics.push(diag(file, 'load/unknown-kind', 'error', { value: JSON.stringify(obj.kind ?? null) }, here(['kind']), lang, ['kind']));
    return;
  }
  const errors = validateSchema(kind, obj);
  const findings = errors.length ? translateSchemaErrors(errors, lang, schemaOf(kind), obj) : [];
  for (const f of findings) {
    const { code, message, hint, path } = f;
    file.diagnostics.push({ code, severity: 'error', message, ...(hint ? { hint } : {}), file: file.path, ...here(path, f.key), path });
  }
  // A document with schema errors still counts for what is readable in it (src/load/salvage.ts).
  const kept = findings.length ? salvage(kind, obj, schemaOf(kind)) : undefined;
  const doc: LoadedDoc = kept
    ? { file, index, kind, data: kept.data as unknown as AnyDoc, valid: true, salvaged: true, src: { ...src, origin: kept.origin } }
    : { file, index, kind, data: obj as unknown as AnyDoc, valid: findings.length === 0, src };
  file.docs.push(doc);
}

export function loadWorkspace(paths: string[], opts: LoadOptions, context: string[] = []): Workspace {
  const files = paths.map((p) => loadFile(p, opts, 'target'));
  for (const c of context) files.push(loadFile(c, opts, 'context'));
  return { files, docs: files.flatMap((f) => f.docs), lang: opts.lang };
}
