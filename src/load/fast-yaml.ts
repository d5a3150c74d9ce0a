/*
 * A reader for the plain subset of YAML that plan files are written in: block
 * mappings and sequences, one-line flow collections, quoted and plain
 * scalars, folded and literal block scalars, comments. It is only an
 * accelerator: on anything outside that subset — or anything it is not sure
 * of — it gives up (`undefined`) and the caller uses `yaml`. Where it answers,
 * the answer equals `yaml`'s with the 1.2 core schema (test/load/fast-yaml.test.ts,
 * which also runs every case of the YAML test suite).
 */

import { CONTROL, GiveUp, giveUp, inlineValue, isSeqItem, keyEnd, LONE_CR, MAX_KEYS, notAKey, own, startsMapping, trimSpaces, trimSpacesStart } from './fast-yaml-scalars.js';

interface Line {
  indent: number;
  /** The text after the indentation, with the line end removed. */
  text: string;
  /** Blank or comment only: skipped by the structure, kept for block scalars. */
  empty: boolean;
}

class Block {
  private n = 0;
  constructor(private lines: Line[]) {}

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
    for (let l = this.peek(); l && l.indent === indent && isSeqItem(l.text); l = this.peek()) {
      const rest = l.text.slice(1);
      const item = trimSpacesStart(rest);
      const pad = rest.length - item.length;
      if (item === '' || item[0] === '#') {
        this.n++;
        out.push(this.childOf(indent));
      } else if (isSeqItem(item)) giveUp();
      else if (startsMapping(item)) {
        // `- key: value`: a mapping whose first key sits on the dash's line.
        this.lines[this.n] = { indent: indent + 1 + pad, text: item, empty: false };
        out.push(this.map(indent + 1 + pad));
      } else {
        this.n++;
        out.push(this.scalarValue(item, indent));
      }
    }
    return out;
  }

  private map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let keys = 0;
    for (let l = this.peek(); l && l.indent === indent && !isSeqItem(l.text); l = this.peek()) {
      if (++keys > MAX_KEYS) giveUp();
      const t = l.text;
      const colon = keyEnd(t);
      if (colon < 0) giveUp();
      const key = t.slice(0, colon);
      // Values are never undefined here (an empty value is null), so this finds a repeated key.
      if (notAKey(key) || out[key] !== undefined) giveUp();
      const raw = trimSpaces(t.slice(colon + 1));
      this.n++;
      if (raw === '' || raw[0] === '#') {
        const next = this.peek();
        // A sequence may sit at the key's own indentation.
        out[key] = next && next.indent === indent && isSeqItem(next.text) ? this.seq(indent) : this.childOf(indent);
      } else out[key] = this.scalarValue(raw, indent);
    }
    const after = this.peek();
    if (after && after.indent > indent) giveUp();
    return out;
  }

  /** What sits below a key or dash with nothing after it: a nested node, or null. */
  private childOf(indent: number): unknown {
    const next = this.peek();
    return next && next.indent > indent ? this.node(indent + 1) : null;
  }

  private scalarValue(raw: string, indent: number): unknown {
    if (raw[0] === '|' || raw[0] === '>') return this.blockScalar(raw, indent);
    const v = inlineValue(raw);
    const next = this.peek();
    // A more-indented line after a value is a multi-line scalar (or an error): not ours.
    if (next && next.indent > indent) giveUp();
    return v;
  }

  private blockScalar(header: string, indent: number): string {
    const h = /^([|>])(-?)(?: +#.*)?$/.exec(header);
    if (!h) giveUp();
    const [, style, chomp] = h!;
    const body: string[] = [];
    let contentIndent = -1;
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
    return own(chomp === '-' ? text : text + '\n');
  }
}

function toLines(text: string): Line[] {
  const crlf = text.includes('\r');
  const raws = text.split('\n');
  const out: Line[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) {
    let s = raws[i]!;
    if (crlf && s.endsWith('\r')) s = s.slice(0, -1);
    let indent = 0;
    while (s.charCodeAt(indent) === 32) indent++;
    const t = indent ? s.slice(indent) : s;
    const c = t.charCodeAt(0);
    out[i] = { indent, text: t, empty: Number.isNaN(c) || c === 35 };
  }
  return out;
}

/**
 * The documents of a YAML stream in the plain subset, or undefined when the
 * text uses anything else (then a full parser must read it).
 */
export function parseSubset(text: string): unknown[] | undefined {
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
      const b = new Block(lines);
      if (b.done()) giveUp();
      const first = lines.find((l) => !l.empty)!;
      if (first.indent !== 0) giveUp();
      const v = b.node(0);
      if (!b.done()) giveUp();
      return v;
    });
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}
