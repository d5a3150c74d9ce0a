import type { ErrorObject } from 'ajv';
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import { locate, nodeAt, type SourceDoc, type Span } from '../diagnostics/locate.js';
import { render } from '../diagnostics/text.js';
import { MAX_PER_FILE } from '../diagnostics/cap.js';
import type { AnyDoc, DataPath, DocKind } from '../model/types.js';
import { loadMessages, yamlMessages } from './messages.js';
import { yamlMessage } from './yaml-messages.js';
import { translateSchemaErrors, type Written } from './schema-errors.js';
import { salvage } from './salvage.js';
import { KINDS, schemaOf, validateSchema } from './schema.js';
import { withPlanYear } from './plan-year.js';
import type { LoadedDoc, SourceFile } from './workspace.js';

/*
 * What a document's data is checked for once a reader has read it — thidua's,
 * which version and kind, the schema, what can be salvaged — alike for both
 * readers: `yaml` (load.ts) and the fast subset reader (fast.ts), so a file
 * gets the same findings whichever read it (test/load/fast-errors.test.ts).
 */

/** Beyond this many schema errors a document is not salvaged (see checkDocument). */
const MAX_SALVAGE_ERRORS = 100;

export function diag(file: SourceFile, code: string, severity: Severity, params: Record<string, unknown>, span: Span, lang: Lang, path?: DataPath): Diagnostic {
  const msg = loadMessages[code] ?? yamlMessages[code] ?? yamlMessage(code);
  return { code, severity, ...render(msg, params, lang), file: file.path, ...span, ...(path ? { path } : {}) };
}

/** Room left under the per-file cap; what does not fit is only counted. */
export function room(file: SourceFile, wanted: number): number {
  const n = Math.max(0, Math.min(wanted, MAX_PER_FILE + 1 - file.diagnostics.length));
  file.unshown = (file.unshown ?? 0) + wanted - n;
  return n;
}

/**
 * The source text of the node at a path, with its tag (`!!binary aGk=`), for
 * messages: from the ranges of either reader's tree, which are the same.
 */
export function writtenIn(src: SourceDoc, text: string): Written {
  return (path) => {
    const { node, full } = nodeAt(src, path);
    const range = full ? (node as { range?: [number, number, number] } | null | undefined)?.range : undefined;
    if (!range) return undefined;
    const [start, end] = range;
    const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    const tag = /!\S*\s+$/.exec(before)?.[0] ?? '';
    return (tag + text.slice(start, end)).trim();
  };
}

/**
 * How many schema errors a document has, and those explained one by one: as
 * many as the per-file cap has room for (at least one, which decides whether
 * the document is salvaged). Ten thousand unknown keys are counted, not
 * translated, and their errors are let go of before anything is placed.
 */
function schemaErrors(kind: DocKind, obj: unknown, file: SourceFile): { count: number; shown: number; first: ErrorObject[] } {
  const errors = validateSchema(kind, obj);
  const shown = errors.length ? room(file, errors.length) : 0;
  return { count: errors.length, shown, first: errors.slice(0, Math.max(shown, 1)) };
}

/** The same source with `origin` (a salvaged document's paths back to the file's), its tree still read on demand. */
function withOrigin(src: SourceDoc, origin: SourceDoc['origin']): SourceDoc {
  return {
    get doc() {
      return src.doc;
    },
    get lines() {
      return src.lines;
    },
    origin,
  };
}

/**
 * Checks one read document (neither empty nor unreadable) and adds it to the
 * file: `src` places its paths (through the one `locate`), `written` gives a
 * value's source text. withPlanYear may have run on `data` already (the fast
 * reader's own validity test): it changes nothing the second time.
 */
export function checkDocument(file: SourceFile, data: unknown, index: number, lang: Lang, src: SourceDoc, written: Written, found?: { has(path: string): boolean }): void {
  const here = (path: DataPath, key = false): Span => locate(src, path, { key });
  const obj = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!obj || !('thidua' in obj)) {
    if (found?.has(file.abs)) file.diagnostics.push(diag(file, 'load/skipped', 'info', {}, here([]), lang));
    else file.diagnostics.push(diag(file, 'load/not-thidua', 'error', {}, here([]), lang));
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
  withPlanYear(kind, obj);
  const { count, shown, first } = schemaErrors(kind, obj, file);
  const findings = count ? translateSchemaErrors(first, lang, schemaOf(kind), obj, written) : [];
  for (const f of findings) {
    const { code, message, hint, path } = f;
    file.diagnostics.push({ code, severity: 'error', message, ...(hint ? { hint } : {}), file: file.path, ...here(path, f.key), path });
  }
  // A document with a few schema errors still counts for what is readable in it
  // (src/load/salvage.ts). One with more than the findings a file shows is not
  // a misspelling but a broken file: salvaging it would cost time and memory
  // that grow with its errors, for rules that could say little of it.
  const salvageable = count > 0 && count <= MAX_SALVAGE_ERRORS;
  const kept = salvageable && (findings.length || shown < count) ? salvage(kind, obj, schemaOf(kind)) : undefined;
  // A wrong `year` salvage dropped is then found from the period, as if it had not been written (rules need a year).
  if (kept) withPlanYear(kind, kept.data);
  const doc: LoadedDoc = kept
    ? { file, index, kind, data: kept.data as unknown as AnyDoc, valid: true, salvaged: true, src: withOrigin(src, kept.origin) }
    : { file, index, kind, data: obj as unknown as AnyDoc, valid: findings.length === 0 && shown >= count, src };
  file.docs.push(doc);
}
