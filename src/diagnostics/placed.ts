/*
 * A document's tree of source ranges as the fast subset reader builds it
 * (src/load/fast-yaml.ts, on demand: only for files in which something is
 * reported). Each range is what `yaml` gives the same node — [start, end of
 * the value, end of the node with its comment and line break] — so `locate`
 * walks either tree and places a path alike (test/load/fast-positions.test.ts).
 */

export type Range = [number, number, number];
export type Placed = PlacedScalar | PlacedMap | PlacedSeq;

/*
 * A 10 MiB file holds over a million nodes, and each object kept costs the
 * garbage collector twice its size: a node keeps its offsets as plain fields
 * (no array each), and a mapping its pairs in one flat array, with a scalar
 * value's offsets in it rather than in a node (its end with comment and line
 * break is needed only while the tree is built). `range` and the nodes of keys
 * and scalar values are made when `locate` asks for them.
 */

abstract class Node {
  constructor(
    readonly start: number,
    /** Where the value ends. */
    public end: number,
    /** Where the node ends, with its comment and line break. */
    public stop: number,
  ) {}

  get range(): Range {
    return [this.start, this.end, this.stop];
  }
}

export class PlacedScalar extends Node {
  constructor(
    readonly value: unknown,
    start: number,
    end: number,
    stop = end,
  ) {
    super(start, end, stop);
  }
}

/**
 * A mapping's pairs, flat, five slots each: key, where the key starts, then a
 * scalar's value, start and end — or a collection's node, -1, -1.
 */
export type Entries = unknown[];

/** Adds a pair to a mapping's entries. */
export function addPair(e: Entries, key: string, keyStart: number, value: Placed): void {
  if (value instanceof PlacedScalar) e.push(key, keyStart, value.value, value.start, value.end);
  else e.push(key, keyStart, value, -1, -1);
}

/** A mapping whose keys are plain identifiers: each ends where its text does. */
export class PlacedMap extends Node {
  private index: Map<string, number> | undefined;

  constructor(
    readonly entries: Entries,
    start: number,
    end: number,
  ) {
    super(start, end, end);
  }

  /** The value and key nodes of key `k` (keys are unique: the reader gives up on a repeated one). */
  pair(k: string): { value: Placed; key: PlacedScalar } | undefined {
    const e = this.entries;
    let i = -1;
    if (e.length < 80) {
      for (let n = 0; n < e.length && i < 0; n += 5) if (e[n] === k) i = n;
    } else {
      // Indexed once: a finding on each of thousands of keys must not scan them all each time.
      if (!this.index) {
        this.index = new Map();
        for (let n = 0; n < e.length; n += 5) this.index.set(e[n] as string, n);
      }
      i = this.index.get(k) ?? -1;
    }
    if (i < 0) return undefined;
    const at = e[i + 1] as number;
    const start = e[i + 3] as number;
    const value = start < 0 ? (e[i + 2] as Placed) : new PlacedScalar(e[i + 2], start, e[i + 4] as number);
    return { value, key: new PlacedScalar(k, at, at + k.length) };
  }
}

export class PlacedSeq extends Node {
  constructor(
    readonly items: Placed[],
    start: number,
    end: number,
  ) {
    super(start, end, end);
  }
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
