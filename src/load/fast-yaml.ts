/*
 * A reader for the plain subset of YAML that plan files are written in: block
 * mappings and sequences, one-line flow collections, quoted and plain
 * scalars, folded and literal block scalars, comments. It is only an
 * accelerator: on anything outside that subset — or anything it is not sure
 * of — it gives up (`undefined`) and the caller uses `yaml`. Where it answers,
 * the answer equals `yaml`'s with the 1.2 core schema (test/load/fast-yaml.test.ts,
 * which also runs every case of the YAML test suite).
 */

import { LineStarts, PlacedDoc, PlacedMap, PlacedSeq, Sink, type Placed } from '../diagnostics/placed.js';
import { documents, harmlessComments, Lines } from './fast-yaml-lines.js';
import { inlineValue } from './fast-yaml-flow.js';
import { ItemStack } from './fast-yaml-items.js';
import { backSpaces, CONTROL, GiveUp, giveUp, isSeqItem, keyEnd, keyLimit, LONE_CR, notAKey, own, skipSpaces, textAt } from './fast-yaml-scalars.js';

/**
 * What a collection read in placing mode gives in place of its data: the
 * data was read before, and only the tree of ranges is built (in the sink).
 */
const PLACED = Object.freeze({});

const items = new ItemStack();

/**
 * The block structure of one document, read line by line with a cursor over
 * the text: its data, or (placing) its tree of ranges.
 */
class Block {
  private readonly c: Lines;
  private readonly t: string;
  /** When placing: what was read last, beside the value each method returns. */
  private readonly sink: Sink | undefined;

  /** `to`: where the document ends; a mapping of more than `maxKeys` keys is given up on (keyLimit). */
  constructor(text: string, from: number, private readonly to: number, place: boolean, private readonly maxKeys: number) {
    this.c = new Lines(text, to, from);
    this.t = text;
    this.sink = place ? new Sink() : undefined;
  }

  /** The document's tree of ranges, after `node` read it in placing mode. */
  placed(): Placed {
    return this.sink!.placed();
  }

  /** Moves to the next line that carries structure; false past the last. */
  private peek(): boolean {
    const c = this.c;
    while (!c.done && c.empty) c.next();
    return !c.done;
  }

  done(): boolean {
    return !this.peek();
  }

  /** The indentation of the next line that carries structure (call after `done`). */
  indent(): number {
    return this.c.indent;
  }

  node(minIndent: number): unknown {
    const c = this.c;
    if (!this.peek() || c.indent < minIndent) return null;
    return c.dash ? this.seq(c.indent) : this.map(c.indent);
  }

  /**
   * An empty value (`key:`, `-`) is a null at the offset after the indicator
   * and its spaces. With a comment after it, `yaml` runs the node to the line's
   * end and over the indentation of the line below, when that is the next
   * content line (else harmlessComments gave up placing).
   */
  private placeNull(at: number, comment: boolean, lineEnd: number): void {
    const c = this.c;
    this.sink?.scalar(null, at, at, !comment ? at : !c.done && c.start === lineEnd ? c.from : lineEnd);
  }

  private seq(indent: number): unknown {
    const c = this.c;
    if (this.sink) return this.placeSeq(indent);
    // The items gather on the shared stack (nested sequences above them, gone before the next
    // item is put), then are copied out at their number: a list grown by push from empty
    // reallocates at 17, 41, 77, 131 items and keeps the unused room while its batch lives.
    const base = items.top;
    while (this.peek() && c.indent === indent && c.dash) items.put(this.item(indent));
    return items.take(base);
  }

  /**
   * A sequence's tree, its items but the last kept as the offsets of their
   * lines and read when a path goes into them (PlacedSeq.item). The data was
   * read before from the same text, so an item is all the lines up to the next
   * one indented no deeper than its dash; skipping them is a fraction of
   * reading them (see PlacedSeq for what reading them all cost).
   */
  private placeSeq(indent: number): unknown {
    const { c, t, to } = this;
    this.peek();
    const node = new PlacedSeq(c.from);
    const read = (line: number): Placed => {
      const b = new Block(t, line, to, true, this.maxKeys);
      b.peek();
      b.item(indent);
      return b.placed();
    };
    let last = -1;
    while (this.peek() && c.indent === indent && c.dash) {
      if (last >= 0) node.items.push(last);
      last = c.start;
      do c.next();
      while (this.peek() && c.indent > indent);
    }
    // The last item is read now: a collection's range as `yaml` gives it runs from its first item to the end of its last one.
    const end = read(last);
    node.items.push(end);
    node.read = read;
    this.sink!.node = node.close(end.stop);
    return PLACED;
  }

  /** One item of a sequence at `indent`, from its dash's line: its value, or (placing) its node in the sink. */
  private item(indent: number): unknown {
    const { c, t } = this;
    const { to, end } = c;
    // Where the item's text starts (after the dash and its spaces).
    const at = skipSpaces(t, c.from + 1, to);
    let v: unknown;
    if (at === to || t.charCodeAt(at) === 35) {
      c.next();
      v = this.childOf(indent);
      if (v === null) this.placeNull(at, at !== to, end);
    } else if (isSeqItem(t, at, to)) giveUp();
    else if (keyEnd(t, at, to) >= 0) {
      // `- key: value`: a mapping whose first key sits on the dash's line, as if indented to it.
      c.indent = indent + at - c.from;
      c.from = at;
      c.dash = false;
      v = this.map(c.indent);
    } else {
      c.next();
      v = this.scalarValue(at, to, indent, end);
    }
    return v;
  }

  private map(indent: number): unknown {
    const { c, t, sink } = this;
    const out: Record<string, unknown> | undefined = sink ? undefined : {};
    let keys = 0;
    this.peek();
    const node = sink && new PlacedMap(c.from);
    while (this.peek() && c.indent === indent && !c.dash) {
      if (++keys > this.maxKeys) giveUp();
      const { from: keyAt, to, end } = c;
      const colon = keyEnd(t, keyAt, to);
      if (colon < 0) giveUp();
      const key = textAt(t, keyAt, colon);
      // Values are never undefined here (an empty value is null), so this finds a repeated key.
      if (notAKey(key) || (out ? out[key] !== undefined : node!.has(key))) giveUp();
      // Where the value's text starts (after the colon and its spaces).
      const at = skipSpaces(t, colon + 1, to);
      c.next();
      let v: unknown;
      if (at === to || t.charCodeAt(at) === 35) {
        // A sequence may sit at the key's own indentation.
        v = this.peek() && c.indent === indent && c.dash ? this.seq(indent) : this.childOf(indent);
        if (v === null) this.placeNull(at, at !== to, end);
      } else v = this.scalarValue(at, to, indent, end);
      if (out) out[key] = v;
      else node!.add(key, keyAt, sink!);
    }
    if (this.peek() && c.indent > indent) giveUp();
    if (!node) return out;
    sink!.node = node.close(sink!.stopAt);
    return PLACED;
  }

  /** What sits below a key or dash with nothing after it: a nested node, or null. */
  private childOf(indent: number): unknown {
    return this.peek() && this.c.indent > indent ? this.node(indent + 1) : null;
  }

  /** A value that starts on its key's or dash's line (already passed), at offset `at`; that line's text ends at `to`, the line at `lineEnd`. */
  private scalarValue(at: number, to: number, indent: number, lineEnd: number): unknown {
    const ch = this.t.charCodeAt(at);
    if (ch === 124 || ch === 62) return this.blockScalar(at, to, indent);
    const v = inlineValue(this.t, at, to, this.sink, lineEnd, this.maxKeys);
    // A more-indented line after a value is a multi-line scalar (or an error): not ours.
    if (this.peek() && this.c.indent > indent) giveUp();
    return v;
  }

  /** A block scalar whose header `|`, `>`, `|-` or `>-` (and maybe a comment) is at `at`. */
  private blockScalar(at: number, to: number, indent: number): string {
    const { c, t } = this;
    const literal = t.charCodeAt(at) === 124;
    let h = at + 1;
    const strip = h < to && t.charCodeAt(h) === 45;
    if (strip) h++;
    const e = backSpaces(t, h, to);
    // After the header: nothing, or spaces and a comment.
    if (h < e && (t.charCodeAt(h) !== 32 || t.charCodeAt(skipSpaces(t, h, e)) !== 35)) giveUp();
    const body: string[] = [];
    let contentIndent = -1;
    // The node ends after the break of its last line that is not blank.
    let end = at;
    for (; !c.done; c.next()) {
      const blank = c.from === c.to;
      if (!blank && c.indent <= indent) break;
      if (!blank) {
        if (contentIndent < 0) contentIndent = c.indent;
        if (c.indent < contentIndent) giveUp();
        // More-indented lines fold differently; leave them to the full parser.
        if (c.indent > contentIndent && !literal) giveUp();
        body.push(t.slice(c.start + contentIndent, c.to));
        end = c.end;
      } else {
        if (contentIndent >= 0 && c.indent > contentIndent) giveUp();
        body.push('');
      }
    }
    if (contentIndent < 0 || body[0] === '') giveUp();
    while (body.length && body[body.length - 1] === '') body.pop();
    let text: string;
    if (literal) text = body.join('\n');
    else {
      text = '';
      for (let k = 0; k < body.length; k++) {
        const cur = body[k]!;
        if (k > 0) text += cur === '' ? '\n' : body[k - 1] === '' ? '' : ' ';
        text += cur;
      }
    }
    const value = own(strip ? text : text + '\n');
    this.sink?.scalar(value, at, end);
    return value;
  }
}

/**
 * The documents of a YAML stream in the plain subset, or undefined when the
 * text uses anything else (then a full parser must read it). `plain`: the
 * caller found no tab and no control character in the text (src/load/fast.ts).
 */
export function parseSubset(text: string, plain = false): unknown[] | undefined {
  return readSubset(text, undefined, plain);
}

/**
 * The documents of a text parseSubset read, as trees of source ranges equal
 * to `yaml`'s, with the file's line index; undefined where placing gives up
 * (on some comment lines). Built only for a file in which something is
 * reported. Only for a text parseSubset read: the items of a block sequence
 * are read when a path goes into them, and not checked before.
 */
export function placeSubset(text: string): { docs: PlacedDoc[]; lines: LineStarts } | undefined {
  const placed: Placed[] = [];
  return readSubset(text, placed, false) && { docs: placed.map((p) => new PlacedDoc(p)), lines: new LineStarts(text) };
}

/**
 * The documents' values, or undefined; with `placed`, each document's tree of
 * ranges goes there (and the values are the placeholders placing mode gives).
 * Every file read takes this path once: no object is made per document beyond its value.
 */
function readSubset(text: string, placed: Placed[] | undefined, plain: boolean): unknown[] | undefined {
  const place = placed !== undefined;
  // Tabs, directives, document ends, lone CRs and control characters: the full parser's business.
  if ((!plain && (text.includes('\t') || CONTROL.test(text))) || (text.includes('\r') && LONE_CR.test(text))) return undefined;
  if (text.startsWith('%') || text.includes('\n%') || text.startsWith('...') || text.includes('\n...')) return undefined;
  const docs = documents(text);
  if (!docs) return undefined;
  const out: unknown[] = [];
  const maxKeys = keyLimit(text);
  try {
    for (let d = 0; d < docs.length; d += 2) {
      const from = docs[d]!;
      const to = docs[d + 1]!;
      // Comment lines can stretch the ranges `yaml` gives; a tree is built only where they cannot.
      if (place && !harmlessComments(text, from, to)) giveUp();
      const b = new Block(text, from, to, place, maxKeys);
      if (b.done() || b.indent() !== 0) giveUp();
      const value = b.node(0);
      if (!b.done()) giveUp();
      out.push(value);
      if (placed) placed.push(b.placed());
    }
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  } finally {
    items.reset();
  }
  return out;
}
