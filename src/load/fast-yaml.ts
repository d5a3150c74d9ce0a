/*
 * A reader for the plain subset of YAML that plan files are written in: block
 * mappings and sequences, one-line flow collections, quoted and plain
 * scalars, folded and literal block scalars, comments. It is several times
 * faster than a general parser, and it is only an accelerator: on anything
 * outside that subset — or anything it is not sure of — it gives up
 * (`undefined`) and the caller uses a full YAML parser. Where it answers, the
 * answer equals `yaml`'s with the 1.2 core schema (test/load/fast-yaml.test.ts).
 */

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

interface Line {
  indent: number;
  /** The text after the indentation, with the line end removed. */
  text: string;
  /** Blank or comment only: skipped by the structure, kept for block scalars. */
  empty: boolean;
}

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const LONE_CR = /\r(?!\n)/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
/** Keys that YAML would read as null or a boolean, and `__proto__`: left to the full parser. */
const notAKey = (k: string): boolean => 'nNtTfF_'.includes(k[0]!) && RESERVED_KEY.test(k);
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Characters that may not start a plain scalar (or start something we do not read). */
const BAD_START = /^[?:,\]}#&*!|>%@`\\-]/;

/** A plain scalar as the 1.2 core schema reads it. */
function resolvePlain(s: string): unknown {
  // Most scalars are ids and titles: a first letter that starts no null, boolean or number settles it.
  const c = s.charCodeAt(0);
  if ((c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) || (c >= 65 && c <= 90 && c !== 78 && c !== 84 && c !== 70) || c > 127) return s;
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
  return s;
}

/** Strips a trailing ` # comment` from block-context plain text. */
function uncomment(s: string): string {
  const i = s.search(/(?:^|\s)#/);
  return (i < 0 ? s : s.slice(0, i)).trimEnd();
}

function blockPlain(raw: string): unknown {
  const s = uncomment(raw);
  if (s === '' || BAD_START.test(s) || s.includes(': ') || s.endsWith(':')) giveUp();
  if ((s[0] === '-' && (s[1] === ' ' || s.length === 1)) || /^[-?:]$/.test(s)) giveUp();
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
      return [out + s.slice(j, k), k + 1];
    }
    if (s[k + 1] === "'") {
      out += s.slice(j, k) + "'";
      j = k + 2;
      continue;
    }
    return [out + s.slice(j, k), k + 1];
  }
}

/** A flow collection or flow scalar on one line, from index `i`. */
class Flow {
  i = 0;
  constructor(private s: string) {}

  ws(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  value(inMapKey = false): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.map();
    if (c === '[') return this.seq();
    if (c === '"' || c === "'") {
      const [v, j] = quoted(this.s, this.i);
      this.i = j;
      return v;
    }
    const start = this.i;
    const s = this.s;
    for (; this.i < s.length; this.i++) {
      const ch = s.charCodeAt(this.i);
      // , ] } [ {
      if (ch === 44 || ch === 93 || ch === 125 || ch === 91 || ch === 123) break;
      if (ch === 58) {
        const next = s.charCodeAt(this.i + 1);
        if (Number.isNaN(next) || next === 32 || next === 44 || next === 93 || next === 125) break;
      }
      if (ch === 35 && s.charCodeAt(this.i - 1) === 32) giveUp();
    }
    const text = this.s.slice(start, this.i).trimEnd();
    if (text === '' || (inMapKey ? keyEnd(text + ': ') !== text.length : BAD_START.test(text))) giveUp();
    return inMapKey ? text : resolvePlain(text);
  }

  map(): Record<string, unknown> {
    this.i++;
    const out: Record<string, unknown> = {};
    for (;;) {
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      const key = this.value(true) as string;
      if (notAKey(key) || Object.prototype.hasOwnProperty.call(out, key)) giveUp();
      this.ws();
      if (this.s[this.i] !== ':') giveUp();
      this.i++;
      this.ws();
      out[key] = this.s[this.i] === ',' || this.s[this.i] === '}' ? null : this.value();
      this.ws();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}') giveUp();
    }
  }

  seq(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    for (;;) {
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      if (this.s[this.i] === ',') giveUp();
      out.push(this.value());
      this.ws();
      // `[a: b]` is a single-pair mapping in YAML: not read here.
      if (this.s[this.i] === ':') giveUp();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') giveUp();
    }
  }
}

/** A scalar or one-line flow collection that is the whole rest of a line. */
function inlineValue(raw: string): unknown {
  const c = raw[0];
  if (c === '{' || c === '[' || c === '"' || c === "'") {
    const f = new Flow(raw);
    const v = f.value();
    const rest = raw.slice(f.i);
    if (rest.trim() !== '' && !/^\s+#/.test(rest)) giveUp();
    return v;
  }
  return blockPlain(raw);
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
      const pad = rest.length - rest.trimStart().length;
      const item = rest.trimStart();
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
    for (let l = this.peek(); l && l.indent === indent && !isSeqItem(l.text); l = this.peek()) {
      const t = l.text;
      const colon = keyEnd(t);
      if (colon < 0) giveUp();
      const key = t.slice(0, colon);
      if (notAKey(key) || Object.prototype.hasOwnProperty.call(out, key)) giveUp();
      const raw = t.slice(colon + 1).trim();
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
    const h = /^([|>])(-?)(?:\s+#.*)?$/.exec(header);
    if (!h) giveUp();
    const [, style, chomp] = h!;
    const body: string[] = [];
    let contentIndent = -1;
    while (this.n < this.lines.length) {
      const l = this.lines[this.n]!;
      const blank = l.text.trim() === '';
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
    return chomp === '-' ? text : text + '\n';
  }
}

/**
 * Where `key:` ends in a block mapping line — the colon after a simple key
 * (letters, digits, `_`, `-`) followed by a space or the line end — or -1.
 */
function keyEnd(t: string): number {
  const first = t.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return -1;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) continue;
    return c === 58 && (i + 1 === t.length || t.charCodeAt(i + 1) === 32) ? i : -1;
  }
  return -1;
}

const isSeqItem = (t: string): boolean => t[0] === '-' && (t.length === 1 || t[1] === ' ');
const startsMapping = (t: string): boolean => keyEnd(t) > 0;

function toLines(text: string): Line[] {
  return text.split('\n').map((raw) => {
    const s = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let indent = 0;
    while (s.charCodeAt(indent) === 32) indent++;
    const t = s.slice(indent);
    return { indent, text: t, empty: t === '' || t[0] === '#' };
  });
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
  for (const line of toLines(text)) {
    if (line.indent === 0 && (line.text === '---' || line.text.startsWith('--- '))) {
      if (line.text !== '---') return undefined;
      if (docs.length > 1 || docs[0]!.some((l) => !l.empty)) docs.push([]);
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
