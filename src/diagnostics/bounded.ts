import { capPerFile, MAX_PER_FILE, PINNED, type Dropped } from './cap.js';
import { compareDiagnostics, type Diagnostic, type Lang, type Severity } from './diagnostic.js';

/**
 * What a finding is sorted and told apart by, before the rest of it (hint,
 * related places) is built: a rule may report 100,000 findings in one file, and
 * only the first MAX_PER_FILE of them are ever shown. Its message is read only
 * to order or tell apart findings at one place with one code, so a head may
 * render it when read (src/check/check.ts).
 */
export type Head = Pick<Diagnostic, 'file' | 'line' | 'column' | 'severity' | 'code' | 'message' | 'path'> & {
  /**
   * A place at or before the head's own, cheaper to find than it (a rule's
   * finding in an item placing has not read: src/diagnostics/locate.ts), or
   * undefined. A head past the cap by it is counted without being placed.
   */
  atLeast?(): { line: number; column: number } | undefined;
};

interface Entry {
  d: Diagnostic;
  /** Arrival order: equal findings keep it, as a stable sort of the whole list would. */
  seq: number;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const cmp = (a: Entry, b: Entry): number => compareDiagnostics(a.d, b.d) || a.seq - b.seq;

/** One file's findings: the MAX_PER_FILE + 1 first in sorted order, and a count of the others. */
class FileFindings {
  /** A max-heap (the last in order on top) of the first findings, the note excepted. */
  readonly heap: Entry[] = [];
  readonly pinned: Entry[] = [];
  /**
   * The findings seen, by a hash of their path (of their position, for one
   * without a path): compared in full only with those of the same hash (a key
   * string per finding, message and path in it, cost more than the rest of
   * keeping 100,000 findings). Equal findings have equal paths, so a finding
   * is placed to be told apart only when another has its path: a rule's
   * finding past the cap is then never placed (see `add`).
   */
  readonly seen = new Map<number, Head | Head[]>();

  /** Whether an equal finding was seen before; if not, it is now. */
  repeated(head: Head): boolean {
    const k = keyOf(head);
    const at = this.seen.get(k);
    if (at === undefined) {
      this.seen.set(k, head);
      return false;
    }
    const list = Array.isArray(at) ? at : [at];
    if (list.some((h) => same(h, head))) return true;
    if (list === at) list.push(head);
    else this.seen.set(k, [at as Head, head]);
    return false;
  }
  /** Findings pushed out of the heap: they are past the cap whatever comes after. */
  dropped = 0;
  droppedSeverity: Severity = 'info';

  add(e: Entry): void {
    if (e.d.code === PINNED) return void this.pinned.push(e);
    const h = this.heap;
    if (h.length < MAX_PER_FILE + 1) {
      h.push(e);
      up(h, h.length - 1);
      return;
    }
    const out = cmp(e, h[0]!) < 0 ? h[0]! : e;
    if (out !== e) {
      h[0] = e;
      down(h, 0);
    }
    this.dropped++;
    if (rank[out.d.severity] < rank[this.droppedSeverity]) this.droppedSeverity = out.d.severity;
  }
}

/**
 * A hash of a head's path, or of its place when it has none. 30 bits: a small
 * integer, which V8 keeps unboxed (a wider key is a heap number per finding).
 * A name counts by its length and its first and last characters: paths that
 * collide are told apart by `same`, which compares paths before places.
 */
function keyOf(head: Head): number {
  const p = head.path;
  if (!p) return (Math.imul(head.line, 0x9e3779b1) + head.column) & 0x3fffffff;
  let h = p.length;
  for (let i = 0; i < p.length; i++) {
    const x = p[i]!;
    const v = typeof x === 'number' ? x : x.length * 65_599 + (x.length ? x.charCodeAt(0) * 31 + x.charCodeAt(x.length - 1) : 0);
    h = Math.imul(h ^ v, 0x9e3779b1) ^ (h >>> 15);
  }
  return h & 0x3fffffff;
}

/**
 * Equal in everything that is shown or sorted by: the same finding, reported
 * twice. The code and path first: they need no placing, the message no rendering.
 */
function same(a: Head, b: Head): boolean {
  if (a.code !== b.code) return false;
  const p = a.path;
  const q = b.path;
  if (!p || !q) {
    if (p !== q) return false;
  } else if (p.length !== q.length || !p.every((x, i) => x === q[i])) return false;
  return a.line === b.line && a.column === b.column && a.message === b.message;
}

/** Whether a place is after a finding's: then any finding there or later sorts after it. */
function after(at: { line: number; column: number } | undefined, d: Diagnostic): boolean {
  return at !== undefined && (at.line > d.line || (at.line === d.line && at.column > d.column));
}

function up(h: Entry[], i: number): void {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (cmp(h[i]!, h[p]!) <= 0) return;
    [h[i], h[p]] = [h[p]!, h[i]!];
    i = p;
  }
}

function down(h: Entry[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let top = i;
    if (l < h.length && cmp(h[l]!, h[top]!) > 0) top = l;
    if (r < h.length && cmp(h[r]!, h[top]!) > 0) top = r;
    if (top === i) return;
    [h[i], h[top]] = [h[top]!, h[i]!];
    i = top;
  }
}

/**
 * The findings of a run, deduplicated, sorted and capped per file exactly as
 * `capPerFile(sortDiagnostics(dedupe(all)))` would give them, in memory and time
 * that do not grow with the findings past the cap: a finding is built in full
 * only while it may still be shown (test/check/bounded.test.ts compares the two).
 */
export class BoundedFindings {
  private readonly files = new Map<string, FileFindings>();
  private seq = 0;

  /** Adds a finding known by its head; `build` makes the whole of it, called only if it may be shown. */
  add(head: Head, build: () => Diagnostic = () => head as Diagnostic): void {
    let f = this.files.get(head.file);
    if (!f) this.files.set(head.file, (f = new FileFindings()));
    if (f.repeated(head)) return;
    const seq = this.seq++;
    const h = f.heap;
    // Past the last of the first MAX_PER_FILE + 1: it is only counted, never built
    // (nor placed, when a place before its own is already past that last one's: a bad
    // date on each of 160,000 units, bench/hostile.mjs, 2.40 -> 1.58-1.84 s CPU, medians
    // of interleaved runs, as the item of each finding past the first 100 is not read).
    if (head.code !== PINNED && h.length > MAX_PER_FILE && (after(head.atLeast?.(), h[0]!.d) || cmp({ d: head as Diagnostic, seq }, h[0]!) > 0)) {
      f.dropped++;
      if (rank[head.severity] < rank[f.droppedSeverity]) f.droppedSeverity = head.severity;
      return;
    }
    f.add({ d: build(), seq });
  }

  /** Every file's findings in order, each past the cap summed up in one finding; `unshown` adds those the loader only counted. */
  result(lang: Lang, unshown: ReadonlyMap<string, number> = new Map()): Diagnostic[] {
    const names = [...this.files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const dropped = new Map<string, Dropped>();
    const sorted: Diagnostic[] = [];
    for (const name of names) {
      const f = this.files.get(name)!;
      sorted.push(...[...f.heap, ...f.pinned].sort(cmp).map((e) => e.d));
      if (f.dropped) dropped.set(name, { count: f.dropped, severity: f.droppedSeverity });
    }
    return capPerFile(sorted, lang, unshown, dropped);
  }
}
