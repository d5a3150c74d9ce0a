/**
 * Where each record of a progress file starts, without building a YAML AST.
 *
 * The loader reads clean files with its subset reader and builds the `yaml` AST (which
 * `locate` needs) only on first use. The report cites a line for every
 * record, so `locate` would make it parse every progress file a second time:
 * about 5 s for 50,000 records, ten times the whole rest of the report.
 * Progress files are plain block YAML — a top-level key, then `- ` items — so
 * a line scan finds the items. The scan is trusted only when it finds exactly
 * as many items as the data holds; otherwise (flow style `[...]`, an item on
 * the line after its dash, tabs, odd document markers) the caller uses
 * `locate`, which is always right.
 */
import type { SourceFile } from '../load/workspace.js';
import { textOf } from '../load/workspace.js';

export interface LineCol {
  line: number;
  column: number;
}

/** Per document of the file: top-level key → the position of each item of its block sequence. */
type FileItems = Map<string, LineCol[] | null>[];

const cache = new WeakMap<SourceFile, FileItems>();

const DOC_START = /^---(?:\s|$)/;
const DOC_END = /^\.\.\.(?:\s|$)/;
// A plain top-level key and what follows its colon.
const TOP_KEY = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/;

function scan(text: string): FileItems {
  const docs: FileItems = [];
  let cur: Map<string, LineCol[] | null> | undefined;
  let key: string | undefined;
  let indent: number | undefined;
  // Before the first `---` (or after `...`) a document exists only once content appears.
  const open = (): Map<string, LineCol[] | null> => {
    if (!cur) {
      cur = new Map();
      docs.push(cur);
    }
    return cur;
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (DOC_START.test(raw)) {
      cur = undefined;
      open();
      key = undefined;
      // Content after `--- ` on the same line is not plain block style.
      if (raw.slice(3).trim() && !raw.slice(3).trim().startsWith('#')) cur!.set('', null);
      continue;
    }
    if (DOC_END.test(raw)) {
      cur = undefined;
      key = undefined;
      continue;
    }
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#') || (raw.startsWith('%') && !cur)) continue;
    const doc = open();
    const lead = raw.length - body.length;
    if (/^[ ]*\t/.test(raw)) {
      if (key) doc.set(key, null);
      continue;
    }
    const dash = body === '-' || body.startsWith('- ');
    if (lead === 0 && !dash) {
      const m = TOP_KEY.exec(raw);
      key = undefined;
      indent = undefined;
      if (!m) continue;
      const rest = (m[2] ?? '').trim();
      if (rest === '' || rest.startsWith('#')) {
        key = m[1]!;
        doc.set(key, []);
      }
      continue;
    }
    if (!key || !dash) continue;
    const items = doc.get(key);
    if (!items) continue;
    indent ??= lead;
    if (lead !== indent) continue;
    const after = body.slice(1);
    const pad = after.length - after.trimStart().length;
    const rest = after.trimStart();
    // An item whose node starts on a later line, or behind a comment, is not placed here.
    if (rest === '' || rest.startsWith('#')) {
      doc.set(key, null);
      continue;
    }
    items.push({ line: i + 1, column: lead + 1 + pad + 1 });
  }
  return docs;
}

/**
 * The position of item `index` of the top-level sequence `key` in document
 * `doc` of `file`, or undefined when the scan cannot vouch for it: the caller
 * then asks `locate`. `expected` is how many items the data has.
 */
export function itemPosition(file: SourceFile, doc: number, key: string, index: number, expected: number): LineCol | undefined {
  const text = textOf(file);
  if (text === '') return undefined;
  let items = cache.get(file);
  if (!items) {
    items = scan(text);
    cache.set(file, items);
  }
  const list = items[doc]?.get(key);
  return list && list.length === expected ? list[index] : undefined;
}
