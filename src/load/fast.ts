import type { Document } from 'yaml';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { SourceDoc } from '../diagnostics/locate.js';
import { render } from '../diagnostics/text.js';
import { yamlLib } from '../diagnostics/yaml-lib.js';
import type { AnyDoc, DocKind } from '../model/types.js';
import { parseSubset } from './fast-yaml.js';
import { detectLegacy } from './legacy.js';
import { parseYaml, type ParsedFile } from './parse.js';
import { isValid, KINDS } from './schema.js';
import { loadMessages } from './messages.js';
import { inMiB, MAX_PLACED_BYTES } from './read.js';
import { withPlanYear } from './plan-year.js';
import { textOf, type LoadedDoc, type SourceFile } from './workspace.js';

/*
 * Most files in a repository are clean, and a clean file needs no source
 * positions. The subset reader (fast-yaml.ts) reads the plain YAML plan files
 * are written in many times faster than `yaml`, keeping no positions, so clean
 * files take this path; a file with the least doubt (a schema error, or YAML
 * the subset reader does not read) goes the full way, through `yaml`. Findings
 * are the same either way: the rules see identical data, and positions come
 * from `yaml` on demand.
 */

// Anchors, aliases, tags and merge keys; numbers where YAML 1.1 and 1.2 readings differ.
const INDICATOR = /(?:^|[\s[{,:-])[&*!]/m;
const NUMBERISH = /(?:^|[\s[{,:-])[-+]?(?:0[box]|\.(?:inf|nan)|\d[\d_]*_)/im;

/** Cheap substring tests first: the regular expressions run only when a character hints at them. */
function doubtful(text: string): boolean {
  if (text.includes('\t') || text.includes('<<') || text.includes('\u00d0')) return true;
  if ((text.includes('&') || text.includes('*') || text.includes('!')) && INDICATOR.test(text)) return true;
  return (text.includes('_') || text.includes('0b') || text.includes('0o') || text.includes('0x') || /\.(?:inf|nan)/i.test(text)) && NUMBERISH.test(text);
}

const parsedCache = new WeakMap<SourceFile, ParsedFile>();
const langOf = new WeakMap<SourceFile, Lang>();

function fullParse(file: SourceFile): ParsedFile {
  let p = parsedCache.get(file);
  if (!p) {
    const text = textOf(file);
    p = Buffer.byteLength(text) > MAX_PLACED_BYTES ? unplaced(file) : parseYaml(text);
    parsedCache.set(file, p);
    file.lines = p.lines;
  }
  return p;
}

/**
 * A clean file over MAX_PLACED_BYTES in which a rule found something: the
 * full parse would cost seconds a MiB (src/load/read.ts), so its findings go
 * to 1:1 (no document, one line) and a note says why.
 */
function unplaced(file: SourceFile): ParsedFile {
  const lines = new (yamlLib().LineCounter)();
  lines.addNewLine(0);
  const note = render(loadMessages['load/not-placed']!, { max: inMiB(MAX_PLACED_BYTES) }, langOf.get(file) ?? 'vi');
  file.diagnostics.push({ code: 'load/not-placed', severity: 'info', ...note, file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 });
  return { lines, docs: [] };
}

let empty: Document.Parsed | undefined;
/** One empty document for them all: a rule may place 100,000 findings in such a file. */
const emptyDoc = (): Document.Parsed => (empty ??= new (yamlLib().Document)() as Document.Parsed);

/** A SourceDoc whose AST is built on first use: only files with findings pay for it. */
class LazySource implements SourceDoc {
  constructor(
    private readonly file: SourceFile,
    private readonly index: number,
  ) {}

  get doc(): SourceDoc['doc'] {
    // No document when the file was too large to parse in full: an empty one places everything at 1:1.
    return fullParse(this.file).docs[this.index]?.doc ?? emptyDoc();
  }

  get lines(): SourceDoc['lines'] {
    return fullParse(this.file).lines;
  }
}

/** Loads the file on the fast path; false when it must take the full one. */
export function tryFastLoad(file: SourceFile, text: string, lang: Lang): boolean {
  if (doubtful(text) || text.normalize('NFC') !== text || detectLegacy(text)) return false;
  const values = parseSubset(text);
  if (!values || values.length === 0) return false;
  const docs: LoadedDoc[] = [];
  for (const [index, v] of values.entries()) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
    const obj = v as Record<string, unknown>;
    const kind = obj.kind as DocKind;
    if (obj.thidua !== 1 || !KINDS.includes(kind)) return false;
    withPlanYear(kind, obj);
    if (!isValid(kind, obj)) return false;
    docs.push({ file, index, kind, data: obj as unknown as AnyDoc, valid: true, src: new LazySource(file, index) });
  }
  file.docs.push(...docs);
  langOf.set(file, lang);
  // A clean file's text is needed again only if a rule reports on it.
  if (file.abs !== '-') {
    file.text = undefined;
    file.dropped = true;
  }
  return true;
}

