import type { Document, LineCounter, Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { DataPath } from '../model/types.js';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What `locate` needs of a parsed document: its AST and the file's line index. */
export interface SourceDoc {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Maps a path of the data the rules saw to the file's, when the loader salvaged the document. */
  origin?: (path: DataPath) => DataPath;
}

export interface LocateOptions {
  /** Point at the key rather than the value (unknown properties, duplicates). */
  key?: boolean;
}

function toSpan(lines: LineCounter, start: number, end: number): Span {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

type YamlMap = { items: unknown[] };
const keyIndex = new WeakMap<YamlMap, Map<string, { key: unknown; value: unknown }>>();

/**
 * The pair of a mapping with a scalar key `seg` (the first, as `find` would
 * give). Indexed once per mapping: a file with thousands of unknown keys in one
 * mapping gets a finding for each, and a scan per finding would be quadratic.
 */
function pairOf(map: YamlMap, seg: string | number): { key: unknown; value: unknown } | undefined {
  const { isPair, isScalar } = yamlLib();
  if (map.items.length < 16) {
    return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as { key: unknown; value: unknown } | undefined;
  }
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!index.has(k)) index.set(k, p as { key: unknown; value: unknown });
    }
    keyIndex.set(map, index);
  }
  return index.get(String(seg));
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/**
 * Maps a data path to the source position of the node it names. When the path
 * goes further than the document (a missing property), the deepest node that
 * exists is returned, so a "missing field" points at the object that lacks it.
 */
export function locate(src: SourceDoc, path: DataPath, opts: LocateOptions = {}): Span {
  const { isMap, isSeq } = yamlLib();
  if (src.origin) path = src.origin(path);
  let node: unknown = src.doc.contents;
  let keyNode: unknown;
  let consumed = 0;
  for (const seg of path) {
    let next: unknown;
    let nextKey: unknown;
    if (isMap(node)) {
      const pair = pairOf(node, seg);
      if (pair) {
        next = pair.value ?? pair.key;
        nextKey = pair.key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined) break;
    node = next;
    keyNode = nextKey;
    consumed++;
  }
  const target = opts.key && keyNode && consumed === path.length ? keyNode : node;
  const r = rangeOf(target) ?? rangeOf(src.doc.contents) ?? [0, 0];
  return toSpan(src.lines, r[0], r[1]);
}

/** A span for a raw offset range (parser errors come with offsets). */
export function spanAt(lines: LineCounter, start: number, end: number): Span {
  return toSpan(lines, start, end);
}
