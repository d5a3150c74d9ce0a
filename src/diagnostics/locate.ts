import type { Document, Node } from 'yaml';
import { PlacedMap, PlacedScalar, PlacedSeq, type PlacedDoc } from './placed.js';
import { yamlLib } from './yaml-lib.js';
import type { DataPath } from '../model/types.js';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A file's line index: `yaml`'s LineCounter, or the subset reader's LineStarts. */
export interface LinePos {
  linePos(offset: number): { line: number; col: number };
}

/**
 * What `locate` needs of a parsed document: its tree of source ranges and the
 * file's line index. The tree is `yaml`'s Document, or — for a file the fast
 * subset reader read — that reader's PlacedDoc, whose ranges equal `yaml`'s.
 */
export interface SourceDoc {
  doc: Document.Parsed | PlacedDoc;
  lines: LinePos;
  /** Maps a path of the data the rules saw to the file's, when the loader salvaged the document. */
  origin?: (path: DataPath) => DataPath;
}

export interface LocateOptions {
  /** Point at the key rather than the value (unknown properties, duplicates). */
  key?: boolean;
}

function toSpan(lines: LinePos, start: number, end: number): Span {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

interface Pair {
  key: unknown;
  value: unknown;
}
type AnyMap = { items: unknown[] };
const keyIndex = new WeakMap<AnyMap, Map<string, Pair>>();

/** The scalar key of a pair as a string, or undefined when the item is no pair with a scalar key. */
type KeyOf = (item: unknown) => string | undefined;
const yamlKey: KeyOf = (p) => {
  const { isPair, isScalar } = yamlLib();
  return isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined;
};

/**
 * The pair of a mapping with a scalar key `seg` (the first, as `find` would
 * give). Indexed once per mapping: a file with thousands of unknown keys in one
 * mapping gets a finding for each, and a scan per finding would be quadratic.
 */
function pairOf(map: AnyMap, seg: string | number, keyOf: KeyOf): Pair | undefined {
  const want = String(seg);
  if (map.items.length < 16) return map.items.find((p) => keyOf(p) === want) as Pair | undefined;
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const k = keyOf(p);
      if (k !== undefined && !index.has(k)) index.set(k, p as Pair);
    }
    keyIndex.set(map, index);
  }
  return index.get(want);
}

/** The node below `node` at one path segment, and its key node in a mapping. */
function step(node: unknown, seg: string | number): { next: unknown; key?: unknown } | undefined {
  let pair: Pair | undefined;
  // The subset reader's tree first: placing in it never loads `yaml`.
  if (node instanceof PlacedMap) pair = node.pair(String(seg));
  else if (node instanceof PlacedSeq) return typeof seg === 'number' && seg < node.items.length ? { next: node.item(seg) } : undefined;
  else if (node instanceof PlacedScalar || node === null || node === undefined) return undefined;
  else {
    const { isMap, isSeq } = yamlLib();
    if (isMap(node)) pair = pairOf(node, seg, yamlKey);
    else if (isSeq(node) && typeof seg === 'number') return node.items[seg] === undefined ? undefined : { next: node.items[seg] };
  }
  return pair ? { next: pair.value ?? pair.key, key: pair.key } : undefined;
}

/** How far a path goes into a document: the deepest node it reaches, its key node, and whether it got to the end. */
export interface Reached {
  node: unknown;
  key: unknown;
  full: boolean;
}

/** The node a data path names (after `origin`), or the deepest one that exists. */
export function nodeAt(src: SourceDoc, path: DataPath): Reached {
  if (src.origin) path = src.origin(path);
  let node: unknown = src.doc.contents;
  let key: unknown;
  let consumed = 0;
  for (const seg of path) {
    const s = step(node, seg);
    if (!s) break;
    node = s.next;
    key = s.key;
    consumed++;
  }
  return { node, key, full: consumed === path.length };
}

/**
 * A place at or before where `locate` puts a path, when the path goes into a
 * sequence item the subset reader's tree has not read (PlacedSeq): the start
 * of the item's line, found without reading it; undefined otherwise. A rule
 * that reports on each of 160,000 items has its findings past the first 100
 * counted without reading their items (src/diagnostics/bounded.ts).
 */
export function placeAtLeast(src: SourceDoc, path: DataPath): { line: number; column: number } | undefined {
  if (src.origin) path = src.origin(path);
  let node: unknown = src.doc.contents;
  for (const seg of path) {
    if (node instanceof PlacedSeq) {
      if (typeof seg !== 'number') return undefined;
      const item = node.items[seg];
      if (typeof item === 'number') {
        const { line, col } = src.lines.linePos(item);
        return { line, column: col };
      }
      node = item;
    } else if (node instanceof PlacedMap) node = node.pair(String(seg))?.value;
    else return undefined;
  }
  return undefined;
}

/** The scalar a data path names, when it names one: `yaml`'s Scalar or the subset reader's. */
export function scalarAt(src: SourceDoc, path: DataPath): { value: unknown; range: [number, number, number] } | undefined {
  const { node, full } = nodeAt(src, path);
  if (!full) return undefined;
  if (node instanceof PlacedScalar) return { value: node.value, range: node.range };
  if (node instanceof PlacedMap || node instanceof PlacedSeq || !node) return undefined;
  const { isScalar } = yamlLib();
  return isScalar(node) && node.range ? { value: node.value, range: node.range } : undefined;
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
  const { node, key, full } = nodeAt(src, path);
  const target = opts.key && key && full ? key : node;
  const r = rangeOf(target) ?? rangeOf(src.doc.contents) ?? [0, 0];
  return toSpan(src.lines, r[0], r[1]);
}

/** A span for a raw offset range (parser errors come with offsets). */
export function spanAt(lines: LinePos, start: number, end: number): Span {
  return toSpan(lines, start, end);
}
