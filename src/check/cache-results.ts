import { isFound, type CachedResult } from './cache-shape.js';

/** The lists of a result's summary, each kept as a column (`resultsLine`). */
const LISTS = ['waiverPlans', 'reportsOn', 'planIds', 'planFallback'] as const;
const FLAGS_RE = /^[0-3]*$/;

const str = (v: unknown): v is string => typeof v === 'string';
const nat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Trees' results as the cache keeps them, by column rather than an object each, so that
 * reading 10,000 makes a few arrays of strings and numbers:
 *   ["R", keys, flags, waiverPlans, reportsOn, planIds, planFallback, found]
 * flags: a digit a tree, 1 for hasUnits plus 2 for unitsFallback; each list: [the length
 * of each tree's list, their items one after the other]; found: [tree, diagnostics,
 * waived] for each tree that has any.
 */
export function resultsLine(keys: readonly string[], results: readonly CachedResult[]): string {
  const flags = results.map((r) => (r.hasUnits ? 1 : 0) + (r.unitsFallback ? 2 : 0)).join('');
  const lists = LISTS.map((f) => [results.map((r) => r[f].length), results.flatMap((r) => r[f])]);
  const found = results.flatMap((r, i) => (r.diagnostics.length || r.waived.length ? [[i, r.diagnostics, r.waived]] : []));
  return JSON.stringify(['R', keys, flags, ...lists, found]);
}

/** The results of a line "R" (`resultsLine`) parsed, made into a result each when asked for. */
export class ResultColumns {
  private constructor(
    private flags: string,
    private lists: List[],
    private found: Map<number, [unknown, unknown]>,
  ) {}

  /** The columns of a record "R" for `n` trees; undefined when they are not of the right shape. */
  static of(r: readonly unknown[], n: number): ResultColumns | undefined {
    if (r.length !== 8 || !str(r[2]) || r[2].length !== n || !FLAGS_RE.test(r[2]) || !Array.isArray(r[7])) return undefined;
    const lists: List[] = [];
    for (const col of r.slice(3, 7)) {
      if (!Array.isArray(col) || col.length !== 2 || !Array.isArray(col[0]) || !Array.isArray(col[1]) || col[0].length !== n) return undefined;
      const [lengths, items] = col as [unknown[], unknown[]];
      const starts = new Uint32Array(n);
      let at = 0;
      for (let i = 0; i < n; i++) {
        const len = lengths[i];
        if (!nat(len)) return undefined;
        starts[i] = at;
        at += len;
      }
      if (at !== items.length || !items.every(str)) return undefined;
      lists.push({ starts, lengths: lengths as number[], items: items as string[] });
    }
    const found = new Map<number, [unknown, unknown]>();
    for (const f of r[7] as unknown[]) {
      if (!Array.isArray(f) || f.length !== 3 || !nat(f[0]) || f[0] >= n || found.has(f[0])) return undefined;
      found.set(f[0], [f[1], f[2]]);
    }
    return new ResultColumns(r[2], lists, found);
  }

  /**
   * Tree i's result, or undefined when its findings are not of the right shape. Its lists
   * and flags were checked with their columns (`of`): a result is asked for each tree of a
   * run (10,000 and more), so they are not checked again here.
   */
  at(i: number): CachedResult | undefined {
    const flag = this.flags.charCodeAt(i) - 48;
    const l = this.lists;
    const found = this.found.get(i);
    if (found && !isFound(found[0], found[1])) return undefined;
    return {
      diagnostics: found ? (found[0] as CachedResult['diagnostics']) : [],
      waived: found ? (found[1] as CachedResult['waived']) : [],
      waiverPlans: items(l[0]!, i),
      reportsOn: items(l[1]!, i),
      planIds: items(l[2]!, i),
      hasUnits: (flag & 1) === 1,
      unitsFallback: (flag & 2) === 2,
      planFallback: items(l[3]!, i),
    };
  }
}

interface List {
  starts: Uint32Array;
  lengths: number[];
  items: string[];
}

const items = (l: List, i: number): string[] => (l.lengths[i] === 0 ? [] : l.items.slice(l.starts[i], l.starts[i]! + l.lengths[i]!));
