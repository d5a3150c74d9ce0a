/*
 * A document's tree of source ranges as the fast subset reader builds it
 * (src/load/fast-yaml.ts, on demand: only for files in which something is
 * reported). Each range is what `yaml` gives the same node — [start, end of
 * the value, end of the node with its comment and line break] — so `locate`
 * walks either tree and places a path alike (test/helpers/positions.ts, run by
 * test/load/fast-yaml.test.ts on every input the reader reads).
 */

export type Range = [number, number, number];
export type Placed = PlacedScalar | PlacedMap | PlacedSeq;

/*
 * A 10 MiB file holds over a million nodes, and each object kept costs the
 * garbage collector twice its size: a node keeps its offsets as plain fields
 * (no array each), and a mapping its pairs in one flat array, with a scalar
 * value's offsets in it rather than in a node (its end with comment and line
 * break is needed only while the tree is built). `range` and the nodes of keys
 * and scalar values are made when `locate` asks for them. The reader builds
 * no data while it places (it read the data before): only this tree.
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

/**
 * What a placing reader read last: a collection's node, or a scalar's value
 * and offsets, for which no node is made unless a sequence holds it (a
 * mapping keeps them in its entries).
 */
export class Sink {
  node: Placed | undefined = undefined;
  value: unknown = null;
  start = 0;
  end = 0;
  stop = 0;

  scalar(value: unknown, start: number, end: number, stop = end): void {
    this.node = undefined;
    this.value = value;
    this.start = start;
    this.end = end;
    this.stop = stop;
  }

  /** The node read last (made now, for a scalar). */
  placed(): Placed {
    return this.node ?? new PlacedScalar(this.value, this.start, this.end, this.stop);
  }

  /** Where the node read last ends, with its comment and line break. */
  get stopAt(): number {
    return this.node ? this.node.stop : this.stop;
  }

  /** Stretches the node read last to `stop`. */
  stretch(stop: number): void {
    if (this.node) this.node.stop = stop;
    else this.stop = stop;
  }
}

/** A mapping whose keys are plain identifiers: each ends where its text does. Built pair by pair, then closed. */
export class PlacedMap extends Node {
  readonly entries: Entries = [];
  private index: Map<string, number> | undefined;

  constructor(start: number) {
    super(start, start, start);
  }

  /** Where key `k`'s pair sits in the entries, or -1. */
  private find(k: string): number {
    const e = this.entries;
    if (e.length < 80) {
      for (let n = 0; n < e.length; n += 5) if (e[n] === k) return n;
      return -1;
    }
    // Indexed once: a finding on each of thousands of keys must not scan them all each time.
    if (!this.index) {
      this.index = new Map();
      for (let n = 0; n < e.length; n += 5) if (!this.index.has(e[n] as string)) this.index.set(e[n] as string, n);
    }
    return this.index.get(k) ?? -1;
  }

  has(k: string): boolean {
    return this.find(k) >= 0;
  }

  /** Adds the pair of key `key` (starting at `keyStart`) and the value the sink read last. */
  add(key: string, keyStart: number, v: Sink): void {
    const e = this.entries;
    if (this.index && !this.index.has(key)) this.index.set(key, e.length);
    const n = v.node;
    if (n === undefined) e.push(key, keyStart, v.value, v.start, v.end);
    else if (n instanceof PlacedScalar) e.push(key, keyStart, n.value, n.start, n.end);
    else e.push(key, keyStart, n, -1, -1);
  }

  close(end: number): this {
    this.end = this.stop = end;
    return this;
  }

  /** The value and key nodes of key `k` (the first, should a key repeat). */
  pair(k: string): { value: Placed; key: PlacedScalar } | undefined {
    const i = this.find(k);
    if (i < 0) return undefined;
    const e = this.entries;
    const at = e[i + 1] as number;
    const start = e[i + 3] as number;
    const value = start < 0 ? (e[i + 2] as Placed) : new PlacedScalar(e[i + 2], start, e[i + 4] as number);
    return { value, key: new PlacedScalar(k, at, at + k.length) };
  }
}

/**
 * A sequence, built item by item, then closed. A block sequence's items but
 * its last are read only when a path goes into them (src/load/fast-yaml.ts):
 * until then an item is the offset of its line, which `read` turns into its
 * node (not kept past the next item read). A 10 MiB file with an unknown key
 * on each of 160,000 units needs only its first 100 placed: validate 2.52 ->
 * 1.98 s CPU (bench/hostile.mjs, medians of interleaved runs), the same with a
 * bad date on each unit in block style 2.35 -> 1.82 s, as the tree no longer
 * keeps a node per item alive to the end of the run.
 */
export class PlacedSeq extends Node {
  readonly items: (Placed | number)[] = [];
  /** Reads the item whose line starts at an offset (for items kept as offsets). */
  read: ((line: number) => Placed) | undefined = undefined;
  /** The item read last, kept: a path often goes into the same item again (its value, then its key). */
  private lastAt = -1;
  private lastNode: Placed | undefined = undefined;

  constructor(start: number) {
    super(start, start, start);
  }

  /** Item `i`'s node, read now if it was not; undefined past the last. */
  item(i: number): Placed | undefined {
    const v = this.items[i];
    if (typeof v !== 'number') return v;
    if (i !== this.lastAt) {
      this.lastNode = this.read!(v);
      this.lastAt = i;
    }
    return this.lastNode;
  }

  close(end: number): this {
    this.end = this.stop = end;
    return this;
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
  /** Where each line starts: one pass counts them, one fills a typed array (no array grown a line at a time). */
  private readonly starts: Uint32Array;

  constructor(text: string) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Uint32Array(n);
    n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[n++] = i + 1;
  }

  /** How many lines the text has (a text ending in a line break has an empty last line). */
  get count(): number {
    return this.starts.length;
  }

  /** The offset where line `n` (1-based, at most `count`) starts. */
  start(n: number): number {
    return this.starts[n - 1]!;
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
