/*
 * A document's tree of source ranges as the fast subset reader builds it
 * (src/load/fast-yaml.ts, on demand: only for files in which something is
 * reported). Each range is what `yaml` gives the same node — [start, end of
 * the value, end of the node with its comment and line break] — so `locate`
 * walks either tree and places a path alike (test/load/fast-positions.test.ts).
 */

export type Range = [number, number, number];
export type Placed = PlacedScalar | PlacedMap | PlacedSeq;

export class PlacedScalar {
  constructor(
    readonly value: unknown,
    readonly range: Range,
  ) {}
}

export interface PlacedPair {
  key: PlacedScalar;
  value: Placed;
}

export class PlacedMap {
  constructor(
    readonly items: PlacedPair[],
    readonly range: Range,
  ) {}
}

export class PlacedSeq {
  constructor(
    readonly items: Placed[],
    readonly range: Range,
  ) {}
}

export class PlacedDoc {
  constructor(readonly contents: Placed | null) {}
}

/**
 * Line and column of an offset, as `yaml`'s LineCounter gives them: a line
 * starts after each `\n`; columns count UTF-16 units from 1.
 */
export class LineStarts {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  linePos(offset: number): { line: number; col: number } {
    const s = this.starts;
    let low = 0;
    let high = s.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (s[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (s[low] === offset) return { line: low + 1, col: 1 };
    return { line: low, col: offset - s[low - 1]! + 1 };
  }
}
