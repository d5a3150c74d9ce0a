/*
 * A reader for the plain subset of YAML that plan files are written in: block
 * mappings and sequences, one-line flow collections, quoted and plain
 * scalars, folded and literal block scalars, comments. It is only an
 * accelerator: on anything outside that subset — or anything it is not sure
 * of — it gives up (`undefined`) and the caller uses `yaml`. Where it answers,
 * the answer equals `yaml`'s with the 1.2 core schema (test/load/fast-yaml.test.ts,
 * which also runs every case of the YAML test suite).
 */

import { addPair, LineStarts, PlacedDoc, PlacedMap, PlacedScalar, PlacedSeq, type Entries, type Placed } from '../diagnostics/placed.js';
import { harmlessComments, toLines, type Line } from './fast-yaml-lines.js';
import { inlineValue } from './fast-yaml-flow.js';
import { CONTROL, GiveUp, giveUp, isSeqItem, keyEnd, LONE_CR, MAX_KEYS, notAKey, own, startsMapping, trimSpaces, trimSpacesStart, type Sink } from './fast-yaml-scalars.js';


/** A container's range as `yaml` gives it: from its first item to the end of its last one. */
const endOf = (last: Placed): number => last.stop;

/**
 * An empty value (`key:`, `-`) is a null at the offset after the indicator
 * and its spaces; with a comment after it, the node runs to the line's end.
 */
const nullAt = (at: number, comment: boolean, lineEnd: number): PlacedScalar => new PlacedScalar(null, at, at, comment ? lineEnd : at);

class Block {
  private n = 0;
  /** When placing: the node of the value read last, beside the value each method returns. */
  private last: Placed | undefined;
  private readonly sink: Sink | undefined;

  constructor(
    private lines: Line[],
    place = false,
  ) {
    this.sink = place ? {} : undefined;
  }

  /** The document's tree of ranges, after `node` read it in placing mode. */
  placed(): Placed {
    return this.last!;
  }

  /** The next line that carries structure, without consuming it. */
  private peek(): Line | undefined {
    while (this.n < this.lines.length && this.lines[this.n]!.empty) this.n++;
    return this.lines[this.n];
  }

  done(): boolean {
    return this.peek() === undefined;
  }

  node(minIndent: number): unknown {
    const l = this.peek();
    if (!l || l.indent < minIndent) return null;
    return isSeqItem(l.text) ? this.seq(l.indent) : this.map(l.indent);
  }

  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    const nodes: Placed[] | undefined = this.sink ? [] : undefined;
    const from = this.sink ? this.peek()!.start + indent : 0;
    for (let l = this.peek(); l && l.indent === indent && isSeqItem(l.text); l = this.peek()) {
      const rest = l.text.slice(1);
      const item = trimSpacesStart(rest);
      const pad = rest.length - item.length;
      // Where the item's text starts (after the dash and its spaces).
      const at = l.start + indent + 1 + pad;
      if (item === '' || item[0] === '#') {
        this.n++;
        const v = this.childOf(indent);
        out.push(v);
        nodes?.push(v === null ? nullAt(at, item !== '', l.end) : this.last!);
      } else if (isSeqItem(item)) giveUp();
      else if (startsMapping(item)) {
        // `- key: value`: a mapping whose first key sits on the dash's line.
        this.lines[this.n] = { indent: indent + 1 + pad, text: item, empty: false, start: l.start, end: l.end };
        out.push(this.map(indent + 1 + pad));
        nodes?.push(this.last!);
      } else {
        this.n++;
        out.push(this.scalarValue(item, indent, at, l.end));
        nodes?.push(this.last!);
      }
    }
    if (nodes) this.last = new PlacedSeq(nodes, from, endOf(nodes[nodes.length - 1]!));
    return out;
  }

  private map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let keys = 0;
    const entries: Entries | undefined = this.sink ? [] : undefined;
    const from = this.sink ? this.peek()!.start + indent : 0;
    for (let l = this.peek(); l && l.indent === indent && !isSeqItem(l.text); l = this.peek()) {
      if (++keys > MAX_KEYS) giveUp();
      const t = l.text;
      const colon = keyEnd(t);
      if (colon < 0) giveUp();
      const key = t.slice(0, colon);
      // Values are never undefined here (an empty value is null), so this finds a repeated key.
      if (notAKey(key) || out[key] !== undefined) giveUp();
      const value = t.slice(colon + 1);
      const raw = trimSpaces(value);
      // Where the value's text starts (after the colon and its spaces): only placing needs it.
      const at = entries ? l.start + indent + colon + 1 + value.length - trimSpacesStart(value).length : 0;
      this.n++;
      let v: unknown;
      if (raw === '' || raw[0] === '#') {
        const next = this.peek();
        // A sequence may sit at the key's own indentation.
        v = next && next.indent === indent && isSeqItem(next.text) ? this.seq(indent) : this.childOf(indent);
        if (entries && v === null) this.last = nullAt(at, raw !== '', l.end);
      } else v = this.scalarValue(raw, indent, at, l.end);
      out[key] = v;
      if (entries) addPair(entries, key, l.start + indent, this.last!);
    }
    const after = this.peek();
    if (after && after.indent > indent) giveUp();
    if (entries) this.last = new PlacedMap(entries, from, endOf(this.last!));
    return out;
  }

  /** What sits below a key or dash with nothing after it: a nested node, or null. */
  private childOf(indent: number): unknown {
    const next = this.peek();
    return next && next.indent > indent ? this.node(indent + 1) : null;
  }

  /** A value that starts on its key's or dash's line, at offset `at`; that line ends at `lineEnd`. */
  private scalarValue(raw: string, indent: number, at: number, lineEnd: number): unknown {
    if (raw[0] === '|' || raw[0] === '>') return this.blockScalar(raw, indent, at);
    const v = inlineValue(raw, this.sink, at, lineEnd);
    if (this.sink) this.last = this.sink.node;
    const next = this.peek();
    // A more-indented line after a value is a multi-line scalar (or an error): not ours.
    if (next && next.indent > indent) giveUp();
    return v;
  }

  private blockScalar(header: string, indent: number, at: number): string {
    const h = /^([|>])(-?)(?: +#.*)?$/.exec(header);
    if (!h) giveUp();
    const [, style, chomp] = h!;
    const body: string[] = [];
    let contentIndent = -1;
    // The node ends after the break of its last line that is not blank.
    let end = at;
    while (this.n < this.lines.length) {
      const l = this.lines[this.n]!;
      const blank = l.text === '';
      if (!blank && l.indent <= indent) break;
      if (!blank) {
        if (contentIndent < 0) contentIndent = l.indent;
        if (l.indent < contentIndent) giveUp();
        // More-indented lines fold differently; leave them to the full parser.
        if (l.indent > contentIndent && style === '>') giveUp();
        body.push(' '.repeat(l.indent - contentIndent) + l.text);
        end = l.end;
      } else {
        if (contentIndent >= 0 && l.indent > contentIndent) giveUp();
        body.push('');
      }
      this.n++;
    }
    if (contentIndent < 0 || body[0] === '') giveUp();
    while (body.length && body[body.length - 1] === '') body.pop();
    let text: string;
    if (style === '|') text = body.join('\n');
    else {
      text = '';
      for (let k = 0; k < body.length; k++) {
        const cur = body[k]!;
        if (k > 0) text += cur === '' ? '\n' : body[k - 1] === '' ? '' : ' ';
        text += cur;
      }
    }
    const value = own(chomp === '-' ? text : text + '\n');
    if (this.sink) this.last = new PlacedScalar(value, at, end);
    return value;
  }
}


/**
 * The documents of a YAML stream in the plain subset, or undefined when the
 * text uses anything else (then a full parser must read it).
 */
export function parseSubset(text: string): unknown[] | undefined {
  return readSubset(text, false)?.map((b) => b.value);
}

/**
 * The documents of a YAML stream in the plain subset as trees of source
 * ranges equal to `yaml`'s, with the file's line index; undefined where
 * parseSubset gives up. Built only for a file in which something is reported.
 */
export function placeSubset(text: string): { docs: PlacedDoc[]; lines: LineStarts } | undefined {
  const read = readSubset(text, true);
  return read && { docs: read.map((b) => new PlacedDoc(b.placed!)), lines: new LineStarts(text) };
}

function readSubset(text: string, place: boolean): { value: unknown; placed?: Placed }[] | undefined {
  // Tabs, directives, document ends, lone CRs and control characters: the full parser's business.
  if (text.includes('\t') || CONTROL.test(text) || (text.includes('\r') && LONE_CR.test(text))) return undefined;
  if (text.startsWith('%') || text.includes('\n%') || text.startsWith('...') || text.includes('\n...')) return undefined;
  const docs: Line[][] = [[]];
  // `---` opens a document; only the first one may open the document already begun (with nothing in it).
  let marked = false;
  for (const line of toLines(text)) {
    if (line.indent === 0 && (line.text === '---' || line.text.startsWith('--- '))) {
      if (line.text !== '---') return undefined;
      if (marked || docs[0]!.some((l) => !l.empty)) docs.push([]);
      marked = true;
      continue;
    }
    docs[docs.length - 1]!.push(line);
  }
  try {
    return docs.map((lines) => {
      // Comment lines can stretch the ranges `yaml` gives; a tree is built only where they cannot.
      if (place && !harmlessComments(lines)) giveUp();
      const b = new Block(lines, place);
      if (b.done()) giveUp();
      const first = lines.find((l) => !l.empty)!;
      if (first.indent !== 0) giveUp();
      const value = b.node(0);
      if (!b.done()) giveUp();
      return place ? { value, placed: b.placed() } : { value };
    });
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}
