/**
 * Lossless edits of YAML source text, for `thidua new`.
 *
 * The yaml package's `Document.toString()` re-folds `>-` scalars to its own
 * line width (or unfolds them with `lineWidth: 0`) and pads flow sequences
 * (`[ a, b ]`), so a regenerated plan would differ from its source on lines
 * nobody changed. Here the Document is used only to find node ranges; the
 * source text is spliced at those ranges, so every byte outside an edit is
 * kept: comments, key order, blank lines, quoting and folding.
 */
import { isNode, isScalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

/** A scalar as `scalarAt` gives it (src/diagnostics/locate.ts): from `yaml` or from the subset reader. */
export interface ScalarAt {
  value: unknown;
  range: [number, number, number];
}

export interface Edit {
  start: number;
  end: number;
  text: string;
  /** A removal: edits inside it are dropped with the text they would have changed. */
  cut?: boolean;
}

export const lineStart = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;

/** The position just after the newline ending the line that holds `pos`. */
export function lineEnd(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i + 1;
}

/** The file's own line ending, so inserted lines match it. */
export const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

/** Replaces a node's source (without trailing comments) by new source text. */
export function replaceNode(node: Node, text: string): Edit {
  const [start, end] = node.range!;
  return { start, end, text };
}

/**
 * Replaces a string scalar's value, keeping its quotes: the new value is put
 * where the old one is written. Only for values that need no escaping in the
 * scalar's style (dates, document numbers), which is all `new` writes.
 */
export function replaceScalarValue(source: string, node: Node | ScalarAt, value: string): Edit {
  const [start, end] = node.range!;
  const old = isScalar(node) || !isNode(node) ? String(node.value) : '';
  const i = old ? source.slice(start, end).indexOf(old) : -1;
  if (i < 0) return { start, end, text: value };
  return { start: start + i, end: start + i + old.length, text: value };
}

/** Rewrites the matches of `re` inside a scalar's source; undefined when nothing changed. */
export function rewriteScalarSource(source: string, node: Node, re: RegExp, fn: (m: RegExpExecArray) => string | undefined): Edit[] {
  const [start, end] = node.range!;
  const slice = source.slice(start, end);
  const out: Edit[] = [];
  for (const m of slice.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
    const text = fn(m as RegExpExecArray);
    if (text !== undefined && text !== m[0]) out.push({ start: start + m.index, end: start + m.index + m[0].length, text });
  }
  return out;
}

/**
 * Removes item `index` of a sequence. A block item goes with its lines (its
 * `-`, its value, comments indented under it) and the blank lines after it
 * when more of the list follows; comments above it stay, since they may speak
 * of what follows. A flow item goes with one neighbouring comma.
 */
export function removeSeqItem(source: string, seq: YAMLSeq, index: number): Edit {
  const item = seq.items[index] as Node;
  const [s, v, e] = item.range!;
  if (seq.flow) {
    const next = seq.items[index + 1] as Node | undefined;
    const prev = seq.items[index - 1] as Node | undefined;
    if (next) return { start: s, end: next.range![0], text: '', cut: true };
    if (prev) return { start: prev.range![1], end: v, text: '', cut: true };
    return { start: s, end: v, text: '', cut: true };
  }
  let dash = s - 1;
  while (dash >= 0 && /\s/.test(source[dash]!)) dash--;
  const start = lineStart(source, dash);
  const indent = dash - start;
  let end = e > 0 && source[e - 1] !== '\n' ? lineEnd(source, e) : e;
  let p = end;
  while (p < source.length && source.slice(p, lineEnd(source, p)).trim() === '') p = lineEnd(source, p);
  const nextIndent = source.slice(p).search(/\S/);
  if (p < source.length && nextIndent >= indent) end = p;
  return { start, end, text: '', cut: true };
}

/**
 * Replaces the value of `key` in a map by flow text written on the key's
 * line (`period: { from: …, to: … }`), whatever its old style: a block value
 * goes with its lines, the blank lines and comments after it stay.
 */
export function replaceFlow(source: string, map: YAMLMap, key: string, text: string): Edit {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key)!;
  const colon = source.indexOf(':', (pair.key as Node).range![1]);
  const value = pair.value as Node;
  let end = value.range![1];
  while (end > colon && /\s/.test(source[end - 1]!)) end--;
  return { start: colon + 1, end, text: ` ${text}` };
}

/** Inserts ` []` after `key:` when every item of its block sequence was removed. */
export function emptySeqEdit(source: string, keyNode: Node): Edit {
  const colon = source.indexOf(':', keyNode.range![1]);
  return { start: colon + 1, end: colon + 1, text: ' []' };
}

/**
 * Applies edits to the source. Edits inside a removal are dropped (an insertion
 * only when strictly inside: one at its edge belongs to the text beside it); any
 * other overlap is a bug of the caller and throws rather than corrupt a plan.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const cuts = edits.filter((e) => e.cut);
  const kept = edits
    .map((e, order) => ({ ...e, order }))
    .filter((e) => e.cut || !cuts.some((c) => (e.start === e.end ? c.start < e.start && e.start < c.end : c.start <= e.start && e.end <= c.end)));
  // Descending position, so earlier offsets stay valid; insertions at one spot keep their order.
  kept.sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  let out = source;
  let floor = Infinity;
  for (const e of kept) {
    if (e.end > floor) throw new Error(`overlapping edits at ${e.start}–${e.end}`);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  return out;
}
