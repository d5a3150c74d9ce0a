import { Chalk, type ChalkInstance } from 'chalk';
import { countDiagnostics, sortDiagnostics, type Diagnostic, type Lang, type Severity } from '../diagnostics/diagnostic.js';
import { LineStarts } from '../diagnostics/placed.js';
import { parseDate, toVN } from '../model/date.js';
import { escapeTerminal } from './escape.js';
import type { RenderContext, TextRenderer } from './render-context.js';
import type { ValidateResult } from './validate-result.js';

const labels: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const paint = (c: ChalkInstance, s: Severity): ChalkInstance => (s === 'error' ? c.red : s === 'warning' ? c.yellow : c.blue);

/**
 * Blanks that occupy the same width as `s` on a terminal, tabs kept as tabs so
 * the caret lines up however wide the terminal draws them. Combining marks
 * take no cell (Vietnamese typed in NFD carries many); `u` makes an astral
 * character one blank rather than two.
 */
const blankLike = (s: string): string => s.replace(/\p{M}/gu, '').replace(/[^\t]/gu, ' ');

/** Characters of a source line shown at most: a 5 MB line is cut to a window around the finding. */
const FRAME_WIDTH = 120;
/** Of those, how many come before the finding's column. */
const FRAME_LEAD = 40;

/** The part of a line a frame shows (from, to), and whether text was cut on either side. */
function windowOf(start: number, length: number): { from: number; to: number } {
  if (length <= FRAME_WIDTH) return { from: 0, to: length };
  const from = Math.max(0, Math.min(start - FRAME_LEAD, length - FRAME_WIDTH));
  return { from, to: from + FRAME_WIDTH };
}

/** A slice of a line, with … where it was cut; never splits a surrogate pair. */
function cut(raw: string, w: { from: number; to: number }): string {
  let { from, to } = w;
  if (from > 0 && /[\udc00-\udfff]/.test(raw[from] ?? '')) from++;
  if (to < raw.length && /[\ud800-\udbff]/.test(raw[to - 1] ?? '')) to--;
  return (from > 0 ? '…' : '') + raw.slice(from, to) + (to < raw.length ? '…' : '');
}

/**
 * A file's lines as a split on \r\n or \n gives them, each cut out only when a
 * frame shows it: splitting a 10 MiB file up front makes 600,000 strings for
 * the few hundred lines a capped list of findings shows. The line index is the
 * one findings are placed with (LineStarts).
 */
class SourceLines {
  private readonly index: LineStarts;

  constructor(private readonly text: string) {
    this.index = new LineStarts(text);
  }

  get length(): number {
    return this.index.count;
  }

  /** Line `n` (1-based) without its line break, or undefined past the last. */
  at(n: number): string | undefined {
    if (n < 1 || n > this.index.count) return undefined;
    const from = this.index.start(n);
    if (n === this.index.count) return this.text.slice(from);
    const to = this.index.start(n + 1) - 1;
    return this.text.slice(from, to > from && this.text.charCodeAt(to - 1) === 13 ? to - 1 : to);
  }
}

/** Source lines around the finding, with a caret under its span on the first line. */
function codeFrame(d: Diagnostic, lines: SourceLines | undefined, c: ChalkInstance): string[] {
  if (lines === undefined || d.line < 1) return [];
  const text = lines.at(d.line);
  if (text === undefined) return [];
  const first = Math.max(1, d.line - 1);
  const last = Math.min(lines.length, d.line + 1);
  const width = String(last).length;
  const start = Math.min(Math.max(d.column, 1), text.length + 1) - 1;
  const w = windowOf(start, text.length);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const here = n === d.line;
    const raw = lines.at(n) ?? '';
    // A blank neighbour adds height without context.
    if (!here && raw.trim() === '') continue;
    const gutter = `${here ? '>' : ' '} ${String(n).padStart(width)} |`;
    const body = escapeTerminal(cut(raw, here ? w : windowOf(start, raw.length)));
    out.push(`${here ? paint(c, d.severity).bold(gutter.slice(0, 1)) + c.dim(gutter.slice(1)) : c.dim(gutter)}${body ? ' ' + body : ''}`);
    if (here) {
      const end = Math.min(d.endLine === d.line ? Math.max(d.endColumn - 1, start + 1) : raw.length, w.to);
      // Measure the escaped text: an ESC in the source is printed as four characters.
      const lead = blankLike(escapeTerminal((w.from > 0 ? '…' : '') + raw.slice(w.from, start)));
      const span = escapeTerminal(raw.slice(start, Math.max(end, start + 1))).replace(/\p{M}/gu, '');
      const len = Math.max([...span].length, 1);
      const marks = '^' + '~'.repeat(len - 1);
      out.push(`${c.dim(`  ${' '.repeat(width)} |`)} ${lead}${paint(c, d.severity)(marks)}`);
    }
  }
  return out;
}

/**
 * Words into lines of at most `room` characters (`firstRoom` for the first);
 * a word longer than a line is left whole. Vietnamese in NFC is one
 * character per cell, as the terminal draws it.
 */
export function wrap(text: string, room: number, firstRoom = room): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      const limit = out.length === 0 ? firstRoom : room;
      if (line && [...line].length + 1 + [...word].length > limit) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function footer(r: ValidateResult, o: RenderContext, c: ChalkInstance): string {
  const n = countDiagnostics(r.diagnostics);
  const vi = o.lang === 'vi';
  if (r.diagnostics.length === 0) {
    const text = vi ? `${r.files.length} tệp hợp lệ` : `${plural(r.files.length, 'file', 'files')} valid`;
    return c.green(`✔ ${text}`);
  }
  const parts = vi
    ? [`${n.errors} lỗi`, `${n.warnings} cảnh báo`]
    : [plural(n.errors, 'error', 'errors'), plural(n.warnings, 'warning', 'warnings')];
  if (n.infos > 0) parts.push(vi ? `${n.infos} thông tin` : `${n.infos} info`);
  const total = vi ? `${r.diagnostics.length} vấn đề` : plural(r.diagnostics.length, 'problem', 'problems');
  const line = `${total} (${parts.join(', ')})`;
  if (n.errors > 0) return c.red.bold(`✖ ${line}`);
  if (n.warnings > 0) return c.yellow.bold(`✖ ${line}`);
  return c.blue.bold(`ℹ ${line}`);
}

/** Waived findings are not problems, but they are named: a waiver hides nothing. */
function waivedLines(r: ValidateResult, o: RenderContext, c: ChalkInstance): string[] {
  const vi = o.lang === 'vi';
  const head = vi ? `${r.waived!.length} phát hiện được miễn trừ:` : `${plural(r.waived!.length, 'finding', 'findings')} waived:`;
  return [
    c.dim(head),
    ...r.waived!.map(({ diagnostic: d, waiver: w }) =>
      c.dim(`  ${escapeTerminal(`${d.file}:${d.line}:${d.column}`)}  ${escapeTerminal(d.code)}  ${vi ? 'theo' : 'by'} ${escapeTerminal(w.document)}${w.expires ? (vi ? ` (đến hết ${toVN(parseDate(w.expires)!)})` : ` (until ${toVN(parseDate(w.expires)!)})`) : ''}: ${escapeTerminal(w.reason)}`),
    ),
  ];
}

/** ESLint's stylish layout, plus the hint and a code frame under each finding. */
export const stylish: TextRenderer<ValidateResult> = (r, o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(r.diagnostics)) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const label = labels[o.lang];
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push('', c.underline.bold(escapeTerminal(file)));
    // Indexed once per file: a finding each would scan a 10 MiB text again and again.
    const source = r.sources.get(file);
    const lines = source === undefined ? undefined : new SourceLines(source);
    const posWidth = Math.max(...list.map((d) => `${d.line}:${d.column}`.length));
    const sevWidth = Math.max(...list.map((d) => label[d.severity].length));
    // Continuation lines of a message and the hint start under the message; the
    // frame gets a fixed, narrower indent so long source lines keep their room.
    const indent = ' '.repeat(2 + posWidth + 2 + sevWidth + 2);
    for (const d of list) {
      const pos = `${d.line}:${d.column}`.padStart(posWidth);
      const sev = paint(c, d.severity)(label[d.severity].padEnd(sevWidth));
      // The rule id stays on the first line, where the eye looks for it.
      const code = escapeTerminal(d.code);
      const room = o.width ? o.width - indent.length : Infinity;
      const [first = '', ...rest] = wrap(escapeTerminal(d.message), room, room - code.length - 2);
      out.push(`  ${c.dim(pos)}  ${sev}  ${first}  ${c.dim(code)}`, ...rest.map((l) => indent + l));
      if (d.hint) out.push(...wrap(`→ ${escapeTerminal(d.hint)}`, room - 2, room).map((l, i) => `${indent}${i ? '  ' : ''}${c.dim(l)}`));
      for (const rel of d.related ?? []) {
        out.push(`${indent}${c.dim(`↳ ${escapeTerminal(`${rel.file}:${rel.line}:${rel.column}`)} ${escapeTerminal(rel.message)}`)}`);
      }
      for (const l of codeFrame(d, lines, c)) out.push(`    ${l}`);
    }
  }
  out.push('', footer(r, o, c));
  if (r.waived?.length) out.push(...waivedLines(r, o, c));
  return out.join('\n').replace(/^\n/, '') + '\n';
};
