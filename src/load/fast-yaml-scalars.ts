/*
 * Scalars for the fast subset reader (fast-yaml.ts; one-line flow collections
 * are fast-yaml-flow.ts): each function reads what it is sure of and gives up
 * on the rest, so the full parser decides.
 */

/**
 * More keys in one mapping than any thidua document has: the schemas close
 * every object, the largest with 27 fields. Such a file is broken whatever it
 * says, and building an object of 300,000 properties costs seconds, so the
 * reader gives up and the full path reports it.
 */
export const MAX_KEYS = 1000;

import type { Placed } from '../diagnostics/placed.js';

export class GiveUp extends Error {}

/** Where a reader placing a file (src/diagnostics/placed.ts) gets the node of the value it read. */
export interface Sink {
  node?: Placed;
}
export const giveUp = (): never => {
  throw new GiveUp();
};

export { CONTROL_CHARS as CONTROL } from './read.js';
export const LONE_CR = /\r(?!\n)/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/** Keys that YAML would read as null or a boolean, and `__proto__`: left to the full parser. */
export const notAKey = (k: string): boolean => 'nNtTfF_'.includes(k[0]!) && RESERVED_KEY.test(k);
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Characters that may not start a plain scalar (or start something we do not read). */
const BAD_FIRST = '?:,]}#&*!|>%@`\\-';
/**
 * A first character that may not start a plain scalar (or starts something we
 * do not read). `-` followed by a character that is not a space starts one
 * (`-.5`, `-3`, `-x`).
 */
export const badStart = (s: string): boolean => BAD_FIRST.includes(s[0]!) && !(s[0] === '-' && s.length > 1 && s.charCodeAt(1) !== 32);

/*
 * YAML's white space is the space and the tab (tabs never reach this reader).
 * String.trim and \s also strip U+00A0, U+FEFF, U+2028, U+3000 and others,
 * which YAML keeps as part of a value: only spaces are stripped here.
 */
export const trimSpacesEnd = (s: string): string => {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  return e === s.length ? s : s.slice(0, e);
};
export const trimSpacesStart = (s: string): string => {
  let b = 0;
  while (b < s.length && s.charCodeAt(b) === 32) b++;
  return b === 0 ? s : s.slice(b);
};
export const trimSpaces = (s: string): string => trimSpacesStart(trimSpacesEnd(s));

/**
 * Where `key:` ends in a block mapping line — the colon after a simple key
 * (letters, digits, `_`, `-`) followed by a space or the line end — or -1.
 * A colon over 1024 characters after the key's start is an error to `yaml`
 * (KEY_OVER_1024_CHARS): the reader gives up on it.
 */
export function keyEnd(t: string): number {
  const first = t.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return -1;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) continue;
    if (c !== 58 || (i + 1 < t.length && t.charCodeAt(i + 1) !== 32)) return -1;
    return i > 1024 ? giveUp() : i;
  }
  return -1;
}

export const isSeqItem = (t: string): boolean => t.charCodeAt(0) === 45 && (t.length === 1 || t.charCodeAt(1) === 32);
export const startsMapping = (t: string): boolean => keyEnd(t) > 0;

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

/** A plain scalar as the 1.2 core schema reads it. */
export function resolvePlain(s: string): unknown {
  // Most scalars are ids and titles: a first letter that starts no null, boolean or number settles it.
  const c = s.charCodeAt(0);
  if ((c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) || (c >= 65 && c <= 90 && c !== 78 && c !== 84 && c !== 70) || c > 127) return own(s);
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
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(s) || /^0[ox]/.test(s)) giveUp();
  return own(s);
}

/** Strips a trailing ` # comment` from block-context plain text. */
export function uncomment(s: string): string {
  if (!s.includes('#')) return trimSpacesEnd(s);
  const i = s.search(/(?:^| )#/);
  return trimSpacesEnd(i < 0 ? s : s.slice(0, i));
}

export function blockPlain(raw: string): unknown {
  const s = uncomment(raw);
  if (s === '' || badStart(s) || s.includes(': ') || s.endsWith(':')) giveUp();
  return resolvePlain(s);
}
