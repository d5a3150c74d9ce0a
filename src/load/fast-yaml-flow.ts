/*
 * One-line flow collections and quoted scalars for the fast subset reader
 * (fast-yaml.ts), and the value that is the rest of a line: read where the
 * reader is sure, given up on otherwise, so the full parser decides.
 */

import { addPair, PlacedMap, PlacedScalar, PlacedSeq, type Entries, type Placed } from '../diagnostics/placed.js';
import { badStart, blockPlain, giveUp, MAX_KEYS, notAKey, own, resolvePlain, trimSpaces, uncomment, type Sink } from './fast-yaml-scalars.js';

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
