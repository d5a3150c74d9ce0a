/** Vietnamese text helpers: comparison and sorting follow the domain brief. */
// Created on first use: loading ICU's Vietnamese data costs start-up time that `validate` rarely needs.
let collator: Intl.Collator | undefined;
let baseCollator: Intl.Collator | undefined;

export const compareVi = (a: string, b: string): number => (collator ??= new Intl.Collator('vi')).compare(a, b);

/** "Hòa" and "Hoà" are both NFC and differ; names are equal when they read the same. */
export const sameName = (a: string, b: string): boolean => (baseCollator ??= new Intl.Collator('vi', { sensitivity: 'base' })).compare(a, b) === 0;

export const nfc = (s: string): string => s.normalize('NFC');

/** Levenshtein distance, for "did you mean" on ids and property names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

type Candidates = Iterable<string> | ReadonlyMap<string, unknown>;

/**
 * Comparisons one candidate list may cost over a run before its suggestions stop.
 * A hostile file with a bad reference on each of 160,000 units would otherwise
 * compare every id with every other (minutes); a real register of a few thousand
 * units leaves room for hundreds of distinct mistakes. Past it a finding keeps its
 * sentence and hint, without "did you mean".
 */
const BUDGET = 2_000_000;
const memo = new WeakMap<object, Map<string, string | undefined>>();
const spent = new WeakMap<object, number>();

/**
 * The closest candidate within a distance that scales with length, if any. A
 * list given as an array, Set or Map (its keys) answers a word it was asked
 * before from memory and is held to BUDGET; an iterator is walked each time.
 */
export function closest(word: string, candidates: Candidates): string | undefined {
  const list: Iterable<string> = candidates instanceof Map ? candidates.keys() : (candidates as Iterable<string>);
  const keep = Array.isArray(candidates) || candidates instanceof Set || candidates instanceof Map;
  const known = keep ? memo.get(candidates) : undefined;
  if (known?.has(word)) return known.get(word);
  const size = keep ? (candidates instanceof Map || candidates instanceof Set ? candidates.size : (candidates as string[]).length) : 0;
  if (keep) {
    const used = (spent.get(candidates) ?? 0) + size;
    if (used > BUDGET) return undefined;
    spent.set(candidates, used);
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of list) {
    // The distance is at least the difference in length: such a candidate cannot win.
    if (Math.abs(c.length - word.length) > Math.min(limit, bestD)) continue;
    const d = editDistance(word, c);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  const out = bestD <= limit ? best : undefined;
  if (keep) {
    let m = known;
    if (!m) memo.set(candidates, (m = new Map()));
    m.set(word, out);
  }
  return out;
}

/** A list for a message: `a, b, c`, cut after `max` items. */
export function listText(items: readonly unknown[], max = 6): string {
  const shown = items.slice(0, max).map(String).join(', ');
  return items.length > max ? `${shown}, … (+${items.length - max})` : shown;
}

/**
 * A name as a clerk may type it: Đ typed as D or as the look-alike Ð, the
 * diacritics left out, any case. "2437/QD-TTg" and "2437/QÐ-TTg" both fold to
 * the form of "2437/QĐ-TTg".
 */
export function foldVi(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ĐđÐð]/g, 'd').toLowerCase();
}

/** The candidate the user meant, tolerant of Vietnamese typing; returned as written. */
export function closestTyped(word: string, candidates: Iterable<string>): string | undefined {
  const byFold = new Map<string, string>();
  for (const c of candidates) if (!byFold.has(foldVi(c))) byFold.set(foldVi(c), c);
  const folded = foldVi(word);
  const near = byFold.has(folded) ? folded : closest(folded, byFold.keys());
  return near === undefined ? undefined : byFold.get(near);
}
