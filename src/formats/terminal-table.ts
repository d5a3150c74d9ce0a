/**
 * Terminal tables that fit the terminal (cli-table3 draws the borders). The
 * width comes from RenderContext.width (the CLI's terminal, 80 columns when
 * there is none). Text columns (titles, names, evidence) give up width first
 * and wrap at spaces; figure columns (progress, dates, outcomes) never wrap
 * inside a figure: a figure cell breaks only where its builder put a
 * FIGURE_BREAK ("74,2/" | "80 điểm"), and its column is always as wide as its
 * longest piece. Text is wrapped here, before colour, so cli-table3 never
 * truncates a line with "…".
 */
import Table from 'cli-table3';

/** Where a figure cell may break when its column is narrow (after the "/" of "1.300.000,5/1.250.000 đồng"). */
export const FIGURE_BREAK = '\u200b';

/** The width a table takes when the CLI gave none: a pipe or a file reads best at 80 columns. */
export const DEFAULT_WIDTH = 80;

export interface Line {
  text: string;
  paint?: (s: string) => string;
}

export interface Cell {
  lines: Line[];
  /** A figure: never broken inside, only at FIGURE_BREAK. */
  figure?: boolean;
  colSpan?: number;
}

/** A cell of plain text (may hold newlines), painted as a whole. */
export const text = (s: string, paint?: (s: string) => string): Cell => ({ lines: s.split('\n').map((t) => ({ text: t, ...(paint && { paint }) })) });
/** A figure cell: progress, a date, an outcome word. */
export const figure = (s: string, paint?: (s: string) => string): Cell => ({ ...text(s, paint), figure: true });
/** A cell across `n` columns (a group heading). */
export const span = (n: number, s: string, paint?: (s: string) => string): Cell => ({ ...text(s, paint), colSpan: n });

/** Columns a string takes on a terminal: combining marks take none. */
export const displayWidth = (s: string): number => [...s.replace(/\p{M}|\u200b/gu, '')].length;

const chars = (s: string): string[] => s.match(/\P{M}\p{M}*/gu) ?? [];

/** A word too long for `w` columns in pieces, each cut after a "-", "/", "." or ":" where one is near (an id, a path), else at `w`. */
function cut(word: string, w: number): string[] {
  const cs = chars(word);
  const pieces: string[] = [];
  let i = 0;
  while (cs.length - i > w) {
    let end = i + w;
    for (let j = i + w; j > i + w / 2; j--) {
      if ('-/.:_'.includes(cs[j - 1]!)) {
        end = j;
        break;
      }
    }
    pieces.push(cs.slice(i, end).join(''));
    i = end;
  }
  pieces.push(cs.slice(i).join(''));
  return pieces;
}

/** Words of a line wrapped at spaces to `w` columns, a word longer than that cut (a path in a narrow column). */
export function wrapText(s: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/ +/)) {
    const pieces = cut(word, Math.max(1, w));
    for (const p of pieces) {
      if (line && displayWidth(line) + 1 + displayWidth(p) <= w) line += ` ${p}`;
      else {
        if (line || out.length) out.push(line);
        line = p;
      }
    }
  }
  out.push(line);
  return out.filter((l, i) => l !== '' || i === 0);
}

/** A figure line joined where it fits, broken only at FIGURE_BREAK. */
function wrapFigure(s: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const p of s.split(FIGURE_BREAK)) {
    if (line && displayWidth(line + p) > w) {
      out.push(line);
      line = p;
    } else line += p;
  }
  out.push(line);
  return out;
}

const linesOf = (c: Cell): string[] => c.lines.map((l) => l.text);
const natural = (c: Cell): number => Math.max(0, ...linesOf(c).map(displayWidth));
/** The narrowest a column may get: a figure's longest piece; for text, its longest word up to 12 columns. */
const least = (c: Cell): number =>
  Math.max(1, ...linesOf(c).flatMap((l) => (c.figure ? l.split(FIGURE_BREAK) : l.split(/ +/)).map((p) => (c.figure ? displayWidth(p) : Math.min(12, displayWidth(p))))));

/**
 * Content widths for the columns within `total` terminal columns: every
 * column as wide as its content when that fits; else the widest text column
 * gives up a column at a time down to READABLE, then figures down to their
 * longest piece, then text down to its longest word (12 at most), then to 4
 * (words cut).
 */
/** Columns a text column keeps while a figure column can still give up width. */
const READABLE = 16;

export function fitWidths(naturals: number[], leasts: number[], isFigure: boolean[], total: number): number[] {
  const n = naturals.length;
  const room = total - (n + 1) - 2 * n;
  const w = naturals.map((x) => Math.max(1, x));
  const sum = (): number => w.reduce((a, b) => a + b, 0);
  const shrink = (may: (i: number) => boolean, floor: (i: number) => number): void => {
    while (sum() > room) {
      let best = -1;
      for (let i = 0; i < n; i++) if (may(i) && w[i]! > floor(i) && (best < 0 || w[i]! > w[best]!)) best = i;
      if (best < 0) return;
      w[best]!--;
    }
  };
  // Text keeps a readable width while figures can still break at their marks.
  shrink((i) => !isFigure[i], (i) => Math.max(leasts[i]!, Math.min(naturals[i]!, READABLE)));
  shrink((i) => isFigure[i]!, (i) => leasts[i]!);
  shrink((i) => !isFigure[i], (i) => leasts[i]!);
  shrink((i) => !isFigure[i], () => 4);
  return w;
}

function render(c: Cell, width: number): string {
  return c.lines
    .flatMap((l) => (c.figure ? wrapFigure(l.text, width) : wrapText(l.text, width)).map((t) => (l.paint ? l.paint(t.replaceAll(FIGURE_BREAK, '')) : t.replaceAll(FIGURE_BREAK, ''))))
    .join('\n');
}

/** The table as text, no line wider than `width` unless even the least widths do not fit. */
export function fitTable(head: Cell[], rows: Cell[][], width: number | undefined): string {
  const n = head.length;
  const all = [head, ...rows];
  const plain = all.flatMap((r) => (r.length === n ? [r] : []));
  const col = (i: number): Cell[] => plain.map((r) => r[i]!);
  const isFigure = head.map((_h, i) => col(i).slice(1).some((c) => c.figure));
  const w = fitWidths(
    head.map((_h, i) => Math.max(...col(i).map(natural))),
    head.map((_h, i) => Math.max(...col(i).map(least))),
    isFigure,
    width ?? DEFAULT_WIDTH,
  );
  const table = new Table({ head: head.map((c, i) => render(c, w[i]!)), colWidths: w.map((x) => x + 2), wordWrap: false, style: { head: [], border: [] } });
  for (const r of rows) {
    let at = 0;
    table.push(
      r.map((c) => {
        const cols = c.colSpan ?? 1;
        const inner = w.slice(at, at + cols).reduce((a, b) => a + b, 0) + 3 * (cols - 1);
        at += cols;
        return cols > 1 ? { colSpan: cols, content: render(c, inner) } : render(c, inner);
      }),
    );
  }
  return table.toString();
}
