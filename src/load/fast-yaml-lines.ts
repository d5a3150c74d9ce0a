/*
 * The lines of a document for the fast subset reader (fast-yaml.ts), with
 * where each sits in the file, and the test of whether its comment lines let
 * the reader give the ranges `yaml` gives.
 */

import { isSeqItem } from './fast-yaml-scalars.js';

export interface Line {
  indent: number;
  /** The text after the indentation, with the line end removed. */
  text: string;
  /** Blank or comment only: skipped by the structure, kept for block scalars. */
  empty: boolean;
  /** Offset of the line in the file: its text starts at start + indent. */
  start: number;
  /** Offset just past the line's break (the file's end on the last line). */
  end: number;
}

export function toLines(text: string): Line[] {
  const crlf = text.includes('\r');
  const raws = text.split('\n');
  const out: Line[] = new Array(raws.length);
  let start = 0;
  for (let i = 0; i < raws.length; i++) {
    let s = raws[i]!;
    const end = Math.min(start + s.length + 1, text.length);
    if (crlf && s.endsWith('\r')) s = s.slice(0, -1);
    let indent = 0;
    while (s.charCodeAt(indent) === 32) indent++;
    const t = indent ? s.slice(indent) : s;
    const c = t.charCodeAt(0);
    out[i] = { indent, text: t, empty: Number.isNaN(c) || c === 35, start, end };
    start = end;
  }
  return out;
}

/** A line (not blank, no comment alone) whose value is empty: `key:` or `-`, maybe with a comment. */
const EMPTY_VALUE = /(?:^-|:)(?: +#.*)? *$/;

/**
 * Whether the comment lines of a document leave every range `yaml` gives as
 * the subset reader computes them. `yaml` stretches the end of a node over a
 * comment line below it in some places: a comment indented deeper than the
 * content line that follows it (or deeper than column 0 at the end of a
 * document) goes to the end of a value or a collection above it, and comments
 * after an empty value (`key:`, `-`) to that null. Comments above the first
 * content line, above the nested value of a `key:` or `-`, and any at most as
 * indented as the line after them, go with that line and change no range.
 */
export function harmlessComments(lines: Line[]): boolean {
  let started = false;
  // The last content line, when its value is empty (`key:`, `-`): a null, or a nested value below.
  let empty: Line | undefined;
  // The deepest indentation of the comments since the last content line (-1: none).
  let deepest = -1;
  for (const l of lines) {
    if (l.empty) {
      if (started && l.text !== '') deepest = Math.max(deepest, l.indent);
      continue;
    }
    if (deepest >= 0) {
      const opens = empty && (l.indent > empty.indent || (l.indent === empty.indent && isSeqItem(l.text) && !isSeqItem(empty.text)));
      if (empty && !opens) return false;
      if (!opens && deepest > l.indent) return false;
    }
    deepest = -1;
    started = true;
    empty = EMPTY_VALUE.test(l.text) ? l : undefined;
  }
  return deepest < 0 || (deepest === 0 && !empty);
}
