/*
 * Scalars and one-line flow collections for the fast subset reader
 * (fast-yaml.ts): each function reads what it is sure of and gives up on the
 * rest, so the full parser decides.
 */

/**
 * More keys in one mapping than any thidua document has: the schemas close
 * every object, the largest with 27 fields. Such a file is broken whatever it
 * says, and building an object of 300,000 properties costs seconds, so the
 * reader gives up and the full path reports it.
 */
export const MAX_KEYS = 1000;

import { addPair, PlacedMap, PlacedScalar, PlacedSeq, type Entries, type Placed } from '../diagnostics/placed.js';

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
const badStart = (s: string): boolean => BAD_FIRST.includes(s[0]!) && !(s[0] === '-' && s.length > 1 && s.charCodeAt(1) !== 32);

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
 */
export function keyEnd(t: string): number {
  const first = t.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return -1;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) continue;
    return c === 58 && (i + 1 === t.length || t.charCodeAt(i + 1) === 32) ? i : -1;
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
function resolvePlain(s: string): unknown {
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
function uncomment(s: string): string {
  if (!s.includes('#')) return trimSpacesEnd(s);
  const i = s.search(/(?:^| )#/);
  return trimSpacesEnd(i < 0 ? s : s.slice(0, i));
}

function blockPlain(raw: string): unknown {
  const s = uncomment(raw);
  if (s === '' || badStart(s) || s.includes(': ') || s.endsWith(':')) giveUp();
  return resolvePlain(s);
}

/** A quoted scalar starting at `i`; returns the value and the index after the closing quote. */
function quoted(s: string, i: number): [string, number] {
  const q = s[i]!;
  let out = '';
  let j = i + 1;
  for (;;) {
    const k = s.indexOf(q, j);
    if (k < 0) giveUp();
    if (q === '"') {
      if (s.slice(j, k).includes('\\')) giveUp();
      return [own(out + s.slice(j, k)), k + 1];
    }
    if (s[k + 1] === "'") {
      out += s.slice(j, k) + "'";
      j = k + 2;
      continue;
    }
    return [own(out + s.slice(j, k)), k + 1];
  }
}

/** A flow collection or flow scalar on one line, from index `i`. */
class Flow {
  i = 0;
  /** When placing (`base`, the line's offset in the file, is not -1): the node of the value read last. */
  last: Placed | undefined;
  constructor(
    private s: string,
    private readonly base = -1,
  ) {}

  private scalar(v: unknown, from: number, to: number): PlacedScalar {
    return new PlacedScalar(v, this.base + from, this.base + to);
  }

  private at(): number {
    return this.s.charCodeAt(this.i);
  }

  ws(): void {
    while (this.s.charCodeAt(this.i) === 32) this.i++;
  }

  value(): unknown {
    this.ws();
    const c = this.at();
    if (c === 123) return this.map(); // {
    if (c === 91) return this.seq(); // [
    if (c === 34 || c === 39) {
      const [v, j] = quoted(this.s, this.i);
      if (this.base >= 0) this.last = this.scalar(v, this.i, j);
      this.i = j;
      return v;
    }
    const s = this.s;
    const start = this.i;
    let end = start;
    for (; this.i < s.length; this.i++) {
      const ch = s.charCodeAt(this.i);
      // , ] } [ {
      if (ch === 44 || ch === 93 || ch === 125 || ch === 91 || ch === 123) break;
      if (ch === 58) {
        const next = s.charCodeAt(this.i + 1);
        if (Number.isNaN(next) || next === 32 || next === 44 || next === 93 || next === 125) break;
      }
      if (ch === 35 && s.charCodeAt(this.i - 1) === 32) giveUp();
      if (ch !== 32) end = this.i + 1;
    }
    if (end === start) giveUp();
    const text = s.slice(start, end);
    if (badStart(text)) giveUp();
    const v = resolvePlain(text);
    if (this.base >= 0) this.last = this.scalar(v, start, end);
    return v;
  }

  /** A flow mapping's key: a simple identifier, as in block mappings. */
  private key(): string {
    const s = this.s;
    const start = this.i;
    const first = s.charCodeAt(start);
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) giveUp();
    let i = start + 1;
    for (;;) {
      const c = s.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) i++;
      else break;
    }
    this.i = i;
    return s.slice(start, i);
  }

  map(): Record<string, unknown> {
    const open = this.i++;
    const out: Record<string, unknown> = {};
    const entries: Entries | undefined = this.base >= 0 ? [] : undefined;
    for (let keys = 1; ; keys++) {
      this.ws();
      if (this.at() === 125) {
        this.i++;
        if (entries) this.last = new PlacedMap(entries, this.base + open, this.base + this.i);
        return out;
      }
      if (keys > MAX_KEYS) giveUp();
      const from = this.i;
      const key = this.key();
      // Values are never undefined here (an empty value is null), so this finds a repeated key.
      if (notAKey(key) || out[key] !== undefined) giveUp();
      this.ws();
      if (this.at() !== 58) giveUp();
      this.i++;
      const after = this.at();
      // `a:b` is one scalar in YAML, not a pair.
      if (after !== 32 && after !== 44 && after !== 125) giveUp();
      this.ws();
      const c = this.at();
      const empty = c === 44 || c === 125;
      out[key] = empty ? null : this.value();
      // An empty value is a null where the value would start.
      if (entries) addPair(entries, key, this.base + from, empty ? this.scalar(null, this.i, this.i) : this.last!);
      this.ws();
      const d = this.at();
      if (d === 44) this.i++;
      else if (d !== 125) giveUp();
    }
  }

  seq(): unknown[] {
    const open = this.i++;
    const out: unknown[] = [];
    const nodes: Placed[] | undefined = this.base >= 0 ? [] : undefined;
    for (;;) {
      this.ws();
      const c = this.at();
      if (c === 93) {
        this.i++;
        if (nodes) this.last = new PlacedSeq(nodes, this.base + open, this.base + this.i);
        return out;
      }
      if (c === 44) giveUp();
      out.push(this.value());
      nodes?.push(this.last!);
      this.ws();
      const d = this.at();
      // `[a: b]` is a single-pair mapping in YAML: not read here.
      if (d === 58) giveUp();
      if (d === 44) this.i++;
      else if (d !== 93) giveUp();
    }
  }
}

/**
 * A scalar or one-line flow collection that is the whole rest of a line.
 * With a `sink`, its node goes there too: `raw` starts at offset `at` of the
 * file, and the node runs to `lineEnd` (its comment and line break), as in `yaml`.
 */
export function inlineValue(raw: string, sink?: Sink, at = 0, lineEnd = 0): unknown {
  const c = raw.charCodeAt(0);
  // { [ " '
  if (c === 123 || c === 91 || c === 34 || c === 39) {
    const f = new Flow(raw, sink ? at : -1);
    const v = f.value();
    // After the value: nothing, or a comment.
    if (f.i < raw.length) {
      const rest = raw.slice(f.i);
      if (trimSpaces(rest) !== '' && !/^ +#/.test(rest)) giveUp();
    }
    if (sink) {
      f.last!.stop = lineEnd;
      sink.node = f.last;
    }
    return v;
  }
  if (!sink) return blockPlain(raw);
  const s = uncomment(raw);
  const v = blockPlain(raw);
  sink.node = new PlacedScalar(v, at, at + s.length, lineEnd);
  return v;
}
