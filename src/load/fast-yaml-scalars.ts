/*
 * Scalars for the fast subset reader (fast-yaml.ts; one-line flow collections
 * are fast-yaml-flow.ts): each function reads what it is sure of and gives up
 * on the rest, so the full parser decides.
 */

import { MAX_PLACED_BYTES } from './read.js';

/**
 * More keys in one mapping than any thidua document has: the schemas close
 * every object, the largest with 27 fields. Such a file is broken whatever it
 * says, and building an object of 300,000 properties costs seconds, so in a
 * file too large for the full path to parse (MAX_PLACED_BYTES) the reader
 * gives up and the full path reports it; in a smaller one it reads on (keyLimit).
 */
export const MAX_KEYS = 1000;

/**
 * The most keys the reader reads in one mapping of `text`: MAX_KEYS in a file
 * the full path would not parse (it says the file is too large to place), so
 * that such a file gets that finding whichever reader meets it. One the full
 * path parses gets the same findings from either reader at any number of keys,
 * and `yaml` costs ~30 µs a key: 32,000 keys in one mapping (bench/hostile.mjs,
 * 0.4 MB) 1.30 -> 0.44 s CPU, 80,000 (1 MiB) 2.61 -> 0.97 s.
 */
export function keyLimit(text: string): number {
  // A UTF-16 unit is at most 3 bytes of UTF-8: most texts need no count of their bytes (a scan each).
  if (text.length * 3 <= MAX_PLACED_BYTES) return Infinity;
  return text.length <= MAX_PLACED_BYTES && Buffer.byteLength(text) <= MAX_PLACED_BYTES ? Infinity : MAX_KEYS;
}

export class GiveUp extends Error {}
export const giveUp = (): never => {
  throw new GiveUp();
};

export { CONTROL_CHARS as CONTROL } from './read.js';
export const LONE_CR = /\r(?!\n)/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/**
 * Keys that YAML would read as null or a boolean, `__proto__`, and the names
 * an object inherits (`constructor`, `toString`): left to the full parser.
 */
export const notAKey = (k: string): boolean => ('nNtTfF_'.includes(k[0]!) && RESERVED_KEY.test(k)) || k in Object.prototype;
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Characters that may not start a plain scalar (or start something we do not read). */
const BAD_FIRST = '?:,]}#&*!|>%@`\\-';
/**
 * Whether the scalar text in [from, to) starts with a character that may not
 * start a plain scalar (or starts something we do not read). `-` followed by a
 * character that is not a space starts one (`-.5`, `-3`, `-x`).
 */
export function badStart(t: string, from: number, to: number): boolean {
  const c = t.charCodeAt(from);
  return BAD_FIRST.includes(t[from]!) && !(c === 45 && from + 1 < to && t.charCodeAt(from + 1) !== 32);
}

/*
 * YAML's white space is the space and the tab (tabs never reach this reader).
 * String.trim and \s also strip U+00A0, U+FEFF, U+2028, U+3000 and others,
 * which YAML keeps as part of a value: only spaces are skipped here.
 */

/** The offset of the first character in [from, to) that is not a space (`to` if none). */
export function skipSpaces(t: string, from: number, to: number): number {
  while (from < to && t.charCodeAt(from) === 32) from++;
  return from;
}

/** The offset just past the last character in [from, to) that is not a space (`from` if none). */
export function backSpaces(t: string, from: number, to: number): number {
  while (to > from && t.charCodeAt(to - 1) === 32) to--;
  return to;
}

/**
 * Where `key:` ends in the block mapping line text [from, to) — the colon
 * after a simple key (letters, digits, `_`, `-`) followed by a space or the
 * line end — or -1. A colon over 1024 characters after the key's start is an
 * error to `yaml` (KEY_OVER_1024_CHARS): the reader gives up on it.
 */
export function keyEnd(t: string, from: number, to: number): number {
  const first = t.charCodeAt(from);
  if (from >= to || !((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return -1;
  for (let i = from + 1; i < to; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) continue;
    if (c !== 58 || (i + 1 < to && t.charCodeAt(i + 1) !== 32)) return -1;
    return i - from > 1024 ? giveUp() : i;
  }
  return -1;
}

/** Whether the line text [from, to) is a sequence item: `-` alone or followed by a space. */
export const isSeqItem = (t: string, from: number, to: number): boolean => from < to && t.charCodeAt(from) === 45 && (from + 1 === to || t.charCodeAt(from + 1) === 32);

const interned = new Map<string, string>();

/**
 * A copy of a scalar that does not point into the file's text. A slice of the
 * text would keep the whole file in memory for as long as the data lives, and
 * ids repeat across thousands of files: short strings are shared, one copy each.
 */
export function own(s: string): string {
  // V8 copies slices shorter than 13 characters already.
  if (s.length < 13) return s;
  if (s.length > 48) return (' ' + s).slice(1);
  let v = interned.get(s);
  if (v === undefined) {
    v = (' ' + s).slice(1);
    if (interned.size < 500_000) interned.set(v, v);
  }
  return v;
}

/** Strings made lately, by a hash of their length and three characters (a direct-mapped cache). */
const recent: string[] = new Array<string>(1024).fill('');

/**
 * The text in [from, to) as a string (owned, as `own` gives it). Keys and
 * many values repeat line after line (`kind: so`): one found in the cache is
 * compared in place and returned, so a repeated one makes no new string, and a
 * key that is the same string each time is found faster in an object's shape.
 */
export function textAt(t: string, from: number, to: number): string {
  const n = to - from;
  if (n > 48 || n === 0) return own(t.slice(from, to));
  const h = (n * 97 + t.charCodeAt(from) * 31 + t.charCodeAt(from + (n >> 1)) * 7 + t.charCodeAt(to - 1)) & 1023;
  const k = recent[h]!;
  if (k.length === n && t.startsWith(k, from)) return k;
  return (recent[h] = own(t.slice(from, to)));
}

/** Whether [from, to) holds only ASCII digits. */
function digits(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const SPECIAL = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|^0[ox]/;

/** The plain scalar in [from, to) as the 1.2 core schema reads it. */
export function resolvePlain(t: string, from: number, to: number): unknown {
  // Most scalars are ids and titles: a first letter settles it. No number starts with a letter, and the
  // only scalars that do and are not strings are null, true and false (three spellings each): 4 or 5
  // letters starting with n, t or f. Ids such as tu-sach and thanh-lap-dang go the cached way too.
  const c = t.charCodeAt(from);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127) {
    const n = to - from;
    const maybeWord = (n === 4 || n === 5) && (c === 110 || c === 116 || c === 102 || c === 78 || c === 84 || c === 70);
    if (!maybeWord) return textAt(t, from, to);
  }
  if (c >= 48 && c <= 57) {
    // Then dates as clerks write them (2018-06-30), strings to the core schema, and small integers, without a regular expression.
    if (to - from === 10 && t.charCodeAt(from + 4) === 45 && t.charCodeAt(from + 7) === 45 && digits(t, from, from + 4) && digits(t, from + 5, from + 7) && digits(t, from + 8, to)) return textAt(t, from, to);
    if (to - from < 16 && digits(t, from, to)) return Number(t.slice(from, to));
    // No number has a slash: dates written 30/06/2018 and document numbers (01/KH-PTP) are strings.
    for (let i = from + 1; i < to; i++) if (t.charCodeAt(i) === 47) return textAt(t, from, to);
  }
  const s = t.slice(from, to);
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT.test(s)) {
    const n = Number(s);
    if (Object.is(n, -0) || !Number.isSafeInteger(n)) giveUp();
    return n;
  }
  if (FLOAT.test(s)) {
    const n = Number(s);
    if (Object.is(n, -0) || !Number.isFinite(n)) giveUp();
    return n;
  }
  if (SPECIAL.test(s)) giveUp();
  return own(s);
}

/**
 * Where a block-context plain scalar starting at `from` on a line whose text
 * ends at `to` ends: before a ` #` comment and the spaces before it. Gives up
 * on `: ` in it (a mapping where a scalar was expected, or an error).
 */
export function plainEnd(t: string, from: number, to: number): number {
  let e = to;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 35 && (i === from || t.charCodeAt(i - 1) === 32)) {
      e = i;
      break;
    }
    if (c === 58 && i + 1 < to && t.charCodeAt(i + 1) === 32) giveUp();
  }
  return backSpaces(t, from, e);
}

/** The block-context plain scalar in [from, end), `end` from plainEnd. */
export function blockPlain(t: string, from: number, end: number): unknown {
  if (end === from || badStart(t, from, end) || t.charCodeAt(end - 1) === 58) giveUp();
  return resolvePlain(t, from, end);
}
