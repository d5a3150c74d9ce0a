/*
 * The lines of a document for the fast subset reader (fast-yaml.ts), read by
 * offsets over the file's text: a cursor holds the current line's offsets, so
 * reading a file makes no string or object per line. Also the test of whether
 * a document's comment lines let the reader give the ranges `yaml` gives.
 */

import { isSeqItem } from './fast-yaml-scalars.js';

/** A cursor over the lines of the text from one offset to another (a document). */
export class Lines {
  /** Offset where the current line starts. */
  start = 0;
  /** Its indentation (spaces); `from` is start + indent, but for the mapping after a `- ` (Block.seq). */
  indent = 0;
  /** Where its text starts, after the indentation. */
  from = 0;
  /** Where its text ends, before `\n` or `\r\n`. */
  to = 0;
  /** Just past its line break (the file's end on the last line). */
  end = 0;
  /** Blank or comment only: skipped by the structure, kept for block scalars. */
  empty = true;
  /** A sequence item: `-` alone or followed by a space. */
  dash = false;
  /** Past the last line. */
  done = false;

  constructor(
    readonly text: string,
    /** Where the document ends: a line starting there or after is not read. */
    private readonly stop: number,
    at: number,
  ) {
    this.load(at);
  }

  next(): void {
    this.load(this.end);
  }

  private load(at: number): void {
    if (at >= this.stop) {
      this.done = true;
      return;
    }
    const t = this.text;
    const nl = t.indexOf('\n', at);
    let to = nl < 0 ? t.length : nl;
    this.end = nl < 0 ? t.length : nl + 1;
    // A lone `\r` never reaches here (readSubset gives up on it).
    if (to > at && t.charCodeAt(to - 1) === 13) to--;
    let from = at;
    while (from < to && t.charCodeAt(from) === 32) from++;
    this.start = at;
    this.indent = from - at;
    this.from = from;
    this.to = to;
    this.empty = from === to || t.charCodeAt(from) === 35;
    this.dash = isSeqItem(t, from, to);
  }
}

/** Whether a line in [from, to) carries structure (is neither blank nor a comment). */
function hasContent(text: string, from: number, to: number): boolean {
  const l = new Lines(text, to, from);
  while (!l.done && l.empty) l.next();
  return !l.done;
}

/** A line (not blank, no comment alone) whose value is empty: `key:` or `-`, maybe with a comment. */
const EMPTY_VALUE = /(?:^-|:)(?: +#.*)? *$/;
/** The same with a comment after it: `key: # note`, `- # note`. */
const NULL_COMMENT = /(?:^-|:) +#.*$/;

/**
 * Whether the comment and blank lines of the document in [from, to) leave
 * every range `yaml` gives as the subset reader computes them. `yaml`
 * stretches the end of a node over a comment line below it in some places: a
 * comment indented deeper than the content line that follows it (or deeper
 * than column 0 at the end of a document) goes to the end of a value or a
 * collection above it, and comments after an empty value (`key:`, `-`) to that
 * null; a null with a comment (`key: # note`) stretches over blank lines below
 * it too, by rules of its own. Comments above the first content line, above
 * the nested value of a `key:` or `-`, and any at most as indented as the line
 * after them, go with that line and change no range.
 */
export function harmlessComments(text: string, from: number, to: number): boolean {
  // The last content line (lastFrom -1: none yet). Whether its value is empty is asked only below a comment or blank line.
  let lastFrom = -1;
  let lastTo = 0;
  let lastIndent = 0;
  let lastDash = false;
  const emptyValue = (): boolean => lastFrom >= 0 && EMPTY_VALUE.test(text.slice(lastFrom, lastTo));
  // The deepest indentation of the comments since the last content line (-1: none).
  let deepest = -1;
  // Whether a blank line follows the last content line.
  let blank = false;
  for (const l = new Lines(text, to, from); !l.done; l.next()) {
    if (l.empty) {
      if (lastFrom < 0) continue;
      if (l.from !== l.to) deepest = Math.max(deepest, l.indent);
      else blank = true;
      continue;
    }
    if (deepest >= 0 || blank) {
      const empty = emptyValue();
      const opens = empty && (l.indent > lastIndent || (l.indent === lastIndent && l.dash && !lastDash));
      if (empty && !opens && (deepest >= 0 || NULL_COMMENT.test(text.slice(lastFrom, lastTo)))) return false;
      if (!opens && deepest > l.indent) return false;
    }
    deepest = -1;
    blank = false;
    lastFrom = l.from;
    lastTo = l.to;
    lastIndent = l.indent;
    lastDash = l.dash;
  }
  if (blank && NULL_COMMENT.test(text.slice(lastFrom, lastTo))) return false;
  return deepest < 0 || (deepest === 0 && !emptyValue());
}

/**
 * Where the documents of the text are, as [from, to) pairs without their
 * `---` lines; undefined on a `---` line with more on it.
 */
export function documents(text: string): number[] | undefined {
  const out: number[] = [];
  let from = 0;
  // `---` opens a document; only the first one may open the document already begun (with nothing in it).
  let marked = false;
  const next = (i: number): number => {
    const k = text.indexOf('\n---', i);
    return k < 0 ? -1 : k + 1;
  };
  for (let at = text.startsWith('---') ? 0 : next(0); at >= 0; at = next(at + 3)) {
    const c = text.charCodeAt(at + 3);
    // `---x` and `----` are content lines.
    if (!(Number.isNaN(c) || c === 10 || c === 13 || c === 32)) continue;
    if (c === 32) return undefined;
    if (marked || hasContent(text, from, at)) out.push(from, at);
    marked = true;
    const nl = text.indexOf('\n', at);
    from = nl < 0 ? text.length : nl + 1;
  }
  out.push(from, text.length);
  return out;
}
