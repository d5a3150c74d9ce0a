import type { Component } from './components.js';

/** A folder as the walk record names it: by its place among the folders of "D" when it is one of them, else by its path. */
type DirRef = number | string;

const ref = (dir: string, index: ReadonlyMap<string, number>): DirRef => index.get(dir) ?? dir;
const deref = (r: unknown, dirs: readonly string[]): string | undefined =>
  typeof r === 'string' ? r : Number.isInteger(r) && (r as number) >= 0 && (r as number) < dirs.length ? dirs[r as number] : undefined;

/**
 * Paths as the walk record keeps them: one string, NUL between two, written as UTF-8 (no path
 * is empty or holds a NUL, and each is well-formed UTF-16, which UTF-8 keeps; undefined when
 * one is not, and the walk is not kept). A cached run takes them back with one decoding and one
 * split: 50,000 paths cut from a flat string, each one small object that the stat binding reads
 * as it is, and the string (2.4 MB) too large for the young generation to copy. Kept by folder
 * (a folder's place in "D", then its names), the file was 2 MB smaller, but a run made the paths
 * again with more instructions (callgrind, 50,000 paths: folder + name, ~60 M; a split a folder,
 * then one of them all, ~110 M; this split, ~45 M).
 */
export function packPaths(paths: readonly string[]): string | undefined {
  const joined = paths.join('\0');
  return paths.some((p) => p === '' || p.includes('\0')) || !wellFormed(joined) ? undefined : joined;
}

export const unpackPaths = (packed: string): string[] => (packed === '' ? [] : packed.split('\0'));

/** No lone surrogate (Node 20's isWellFormed, which a one-byte string answers at once). */
const wellFormed = (s: string): boolean => (s as { isWellFormed?: () => boolean }).isWellFormed?.() ?? !/\p{Cs}/u.test(s);

/**
 * Trees as [roots, runs]: the roots, and for each tree in turn the number of its runs of
 * targets and those runs, then the same for its context; a run is a first and a last index,
 * files of a tree mostly being consecutive. Numbers in one array: 10,000 trees are not
 * 30,000 arrays to read.
 */
export function packTrees(trees: readonly Component[], index: ReadonlyMap<string, number>): [DirRef[], number[]] {
  const runs: number[] = [];
  const add = (l: readonly number[]): void => {
    const at = runs.push(0) - 1;
    l.forEach((i, k) => {
      if (k && i === l[k - 1]! + 1) runs[runs.length - 1] = i;
      else {
        runs.push(i, i);
        runs[at]!++;
      }
    });
  };
  for (const c of trees) {
    add(c.targets);
    add(c.context);
  }
  return [trees.map((c) => ref(c.root, index)), runs];
}

/**
 * A tree of the walk record. Its file indexes are made from the runs when first asked
 * for: a cached run asks only for the trees it checks again, and whether a tree has a
 * file that moved is told from the runs themselves (`touches`).
 */
export class PackedTree implements Component {
  private t: number[] | undefined;
  private c: number[] | undefined;
  constructor(
    readonly root: string,
    private runs: readonly number[],
    /** Where the tree's targets start in `runs` (their count of runs, then the runs), its context right after them. */
    private at: number,
    private contextAt: number,
  ) {}

  get targets(): number[] {
    return (this.t ??= expand(this.runs, this.at));
  }

  get context(): number[] {
    return (this.c ??= expand(this.runs, this.contextAt));
  }

  /** Whether a target or context file of the tree is counted in `before` (for each index, how many marked files come before it: targets, then context from `nt`). */
  touches(before: Uint32Array, nt: number): boolean {
    return spansTouch(this.runs, this.at, before, 0) || spansTouch(this.runs, this.contextAt, before, nt);
  }
}

function spansTouch(r: readonly number[], at: number, before: Uint32Array, base: number): boolean {
  for (let k = 0, i = at + 1; k < r[at]!; k++, i += 2) if (before[base + r[i + 1]! + 1]! > before[base + r[i]!]!) return true;
  return false;
}

function expand(runs: readonly number[], at: number): number[] {
  const out: number[] = [];
  for (let k = 0, i = at + 1; k < runs[at]!; k++, i += 2) for (let f = runs[i]!; f <= runs[i + 1]!; f++) out.push(f);
  return out;
}

const isNat = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Undefined unless every index is in range: the trees index the walk's own lists. Checked whole here, made into index lists only when asked (`PackedTree`). */
export function unpackTrees(packed: unknown, targets: number, context: number, dirs: readonly string[]): PackedTree[] | undefined {
  if (!Array.isArray(packed) || packed.length !== 2 || !Array.isArray(packed[0]) || !Array.isArray(packed[1])) return undefined;
  const [roots, runs] = packed as [unknown[], unknown[]];
  const out = new Array<PackedTree>(roots.length);
  let at = 0;
  for (let t = 0; t < roots.length; t++) {
    const root = deref(roots[t], dirs);
    if (root === undefined) return undefined;
    const starts = [at, 0];
    for (let side = 0; side < 2; side++) {
      const n = side === 0 ? targets : context;
      starts[side] = at;
      const count = runs[at++];
      if (!isNat(count) || at + count * 2 > runs.length) return undefined;
      for (let k = 0; k < count; k++, at += 2) {
        const a = runs[at];
        const b = runs[at + 1];
        if (!isNat(a) || !isNat(b) || b < a || b >= n) return undefined;
      }
    }
    out[t] = new PackedTree(root, runs as number[], starts[0]!, starts[1]!);
  }
  return at === runs.length ? out : undefined;
}
