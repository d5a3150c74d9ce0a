/*
 * One-line flow collections and quoted scalars for the fast subset reader
 * (fast-yaml.ts), and the value that is the rest of a line: read by offsets
 * over the file's text where the reader is sure, given up on otherwise, so the
 * full parser decides.
 */

import { PlacedMap, PlacedSeq, type Sink } from '../diagnostics/placed.js';
import { badStart, blockPlain, giveUp, MAX_KEYS, notAKey, own, plainEnd, resolvePlain, skipSpaces, textAt } from './fast-yaml-scalars.js';

/**
 * A flow collection or flow scalar in the text from offset `i` to the line's end. One
 * serves every value (`flow`, set by inlineValue): a file's quoted scalars number in the
 * hundreds, and an object each was 6 MB of the 250 MB validate allocates on 10,000 files.
 */
class Flow {
  s = '';
  i = 0;
  /** Where the line's text ends: nothing at or after it is read. */
  private end = 0;
  /** When placing: what was read last. Then the collections' data is not built (it was read before). */
  private sink: Sink | undefined = undefined;
  /** More keys than this in one mapping: given up on (readSubset in fast-yaml.ts). */
  private maxKeys = MAX_KEYS;

  /** Reads from offset `i` of `s` (up to `end`) next; `s` '' lets go of the last text. */
  start(s: string, i: number, end: number, sink: Sink | undefined, maxKeys = MAX_KEYS): void {
    this.s = s;
    this.i = i;
    this.end = end;
    this.sink = sink;
    this.maxKeys = maxKeys;
  }

  /** The character at offset `i`; NaN at or past the line's end. */
  private at(i = this.i): number {
    return i < this.end ? this.s.charCodeAt(i) : NaN;
  }

  ws(): void {
    while (this.at() === 32) this.i++;
  }

  /** A quoted scalar at `i`, without escapes; `i` moves past its closing quote. */
  private quoted(): string {
    const s = this.s;
    const q = s.charCodeAt(this.i);
    let out = '';
    let j = this.i + 1;
    for (;;) {
      const k = s.indexOf(q === 34 ? '"' : "'", j);
      if (k < 0 || k >= this.end) giveUp();
      if (q === 34) {
        for (let b = j; b < k; b++) if (s.charCodeAt(b) === 92) giveUp();
      } else if (this.at(k + 1) === 39) {
        // '' is one quote inside a single-quoted scalar.
        out += s.slice(j, k + 1);
        j = k + 2;
        continue;
      }
      this.i = k + 1;
      return out === '' ? textAt(s, j, k) : own(out + s.slice(j, k));
    }
  }

  value(): unknown {
    this.ws();
    const c = this.at();
    if (c === 123) return this.map(); // {
    if (c === 91) return this.seq(); // [
    const start = this.i;
    if (c === 34 || c === 39) {
      const v = this.quoted();
      this.sink?.scalar(v, start, this.i);
      return v;
    }
    const s = this.s;
    let end = start;
    for (; this.i < this.end; this.i++) {
      const ch = s.charCodeAt(this.i);
      // , ] } [ {
      if (ch === 44 || ch === 93 || ch === 125 || ch === 91 || ch === 123) break;
      if (ch === 58) {
        const next = this.at(this.i + 1);
        if (Number.isNaN(next) || next === 32 || next === 44 || next === 93 || next === 125) break;
      }
      if (ch === 35 && s.charCodeAt(this.i - 1) === 32) giveUp();
      if (ch !== 32) end = this.i + 1;
    }
    if (end === start || badStart(s, start, end)) giveUp();
    const v = resolvePlain(s, start, end);
    this.sink?.scalar(v, start, end);
    return v;
  }

  /** A flow mapping's key: a simple identifier, as in block mappings. */
  private key(): string {
    const start = this.i;
    const first = this.at();
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) giveUp();
    let i = start + 1;
    for (;;) {
      const c = this.at(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) i++;
      else break;
    }
    this.i = i;
    return textAt(this.s, start, i);
  }

  map(): unknown {
    const open = this.i++;
    const sink = this.sink;
    const out: Record<string, unknown> | undefined = sink ? undefined : {};
    const node = sink && new PlacedMap(open);
    for (let keys = 1; ; keys++) {
      this.ws();
      if (this.at() === 125) {
        this.i++;
        if (node) sink.node = node.close(this.i);
        return out;
      }
      if (keys > this.maxKeys) giveUp();
      const from = this.i;
      const key = this.key();
      // Values are never undefined here (an empty value is null), so this finds a repeated key.
      if (notAKey(key) || (out ? out[key] !== undefined : node!.has(key))) giveUp();
      this.ws();
      if (this.at() !== 58) giveUp();
      this.i++;
      const after = this.at();
      // `a:b` is one scalar in YAML, not a pair.
      if (after !== 32 && after !== 44 && after !== 125) giveUp();
      this.ws();
      const c = this.at();
      // An empty value is a null where the value would start.
      const empty = c === 44 || c === 125;
      if (empty) sink?.scalar(null, this.i, this.i);
      const v = empty ? null : this.value();
      if (out) out[key] = v;
      else node!.add(key, from, sink!);
      this.ws();
      const d = this.at();
      if (d === 44) this.i++;
      else if (d !== 125) giveUp();
    }
  }

  seq(): unknown {
    const open = this.i++;
    const sink = this.sink;
    const out: unknown[] | undefined = sink ? undefined : [];
    const node = sink && new PlacedSeq(open);
    for (;;) {
      this.ws();
      const c = this.at();
      if (c === 93) {
        this.i++;
        if (node) sink.node = node.close(this.i);
        return out;
      }
      if (c === 44) giveUp();
      const v = this.value();
      out?.push(v);
      node?.items.push(sink!.placed());
      this.ws();
      const d = this.at();
      // `[a: b]` is a single-pair mapping in YAML: not read here.
      if (d === 58) giveUp();
      if (d === 44) this.i++;
      else if (d !== 93) giveUp();
    }
  }
}

const flow = new Flow();

/**
 * A scalar or one-line flow collection that is the whole rest of a line: the
 * text from `at` (not a space) to `to`, where the line's text ends. With a
 * `sink`, its node goes there too, running to `lineEnd` (its comment and line
 * break), as in `yaml`. A flow mapping of more than `maxKeys` keys is given up on.
 */
export function inlineValue(t: string, at: number, to: number, sink?: Sink, lineEnd = 0, maxKeys = MAX_KEYS): unknown {
  const c = t.charCodeAt(at);
  // { [ " '
  if (c === 123 || c === 91 || c === 34 || c === 39) {
    // Never re-entered: a flow value reads no other line, and nothing it calls reads a flow value.
    flow.start(t, at, to, sink, maxKeys);
    let v: unknown;
    let after: number;
    try {
      v = flow.value();
      after = flow.i;
    } finally {
      flow.start('', 0, 0, undefined);
    }
    // After the value: nothing, or a comment after a space.
    const rest = skipSpaces(t, after, to);
    if (rest < to && (rest === after || t.charCodeAt(rest) !== 35)) giveUp();
    sink?.stretch(lineEnd);
    return v;
  }
  const end = plainEnd(t, at, to);
  const v = blockPlain(t, at, end);
  sink?.scalar(v, at, end, lineEnd);
  return v;
}
