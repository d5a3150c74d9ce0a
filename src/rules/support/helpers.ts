import { parseDate } from '../../model/date.js';
import type { DataPath, Due, Movement, PlanDoc } from '../../model/types.js';
import { dueText } from '../../domain/deadlines.js';

/** An empty list to default to without allocating one per document. */
export const NONE: readonly never[] = [];

/** A date field that is set and is not a real day (a valid document's dates have the shape). */
export const notADay = (text: string | undefined): text is string => !!text && !parseDate(text);

/** Where a deadline's date is written: `due`, or `due.before` / `due.by`. */
const duePath = (item: DataPath, due: Due | undefined): DataPath =>
  typeof due === 'object' ? [...item, 'due', 'before' in due ? 'before' : 'by'] : [...item, 'due'];

/**
 * A plan's dated fields that are not real days, with their paths, in document order. A path
 * is built only for a bad date: a repository holds thousands of plans, nearly every date right.
 */
export function planNonDays(plan: PlanDoc): { path: DataPath; text: string }[] {
  const out: { path: DataPath; text: string }[] = [];
  const { basis = NONE, movements = NONE, phases = NONE, anniversaries = NONE, milestones = NONE, waivers = NONE } = plan;
  if (notADay(plan.issued)) out.push({ path: ['issued'], text: plan.issued });
  if (notADay(plan.period?.from)) out.push({ path: ['period', 'from'], text: plan.period.from });
  if (notADay(plan.period?.to)) out.push({ path: ['period', 'to'], text: plan.period.to });
  basis.forEach((b, i) => notADay(b.date) && out.push({ path: ['basis', i, 'date'], text: b.date }));
  movements.forEach((m, i) => {
    if (notADay(m.period?.from)) out.push({ path: ['movements', i, 'period', 'from'], text: m.period.from });
    if (notADay(m.period?.to)) out.push({ path: ['movements', i, 'period', 'to'], text: m.period.to });
    m.targets?.forEach((t, j) => notADay(dueText(t.due)) && out.push({ path: duePath(['movements', i, 'targets', j], t.due), text: dueText(t.due)! }));
    m.quotas?.forEach((q, j) => notADay(dueText(q.due)) && out.push({ path: duePath(['movements', i, 'quotas', j], q.due), text: dueText(q.due)! }));
  });
  phases.forEach((p, i) => {
    if (notADay(p.from)) out.push({ path: ['phases', i, 'from'], text: p.from });
    if (notADay(p.to)) out.push({ path: ['phases', i, 'to'], text: p.to });
  });
  anniversaries.forEach((a, i) => {
    if (notADay(a.origin)) out.push({ path: ['anniversaries', i, 'origin'], text: a.origin });
    if (notADay(a.date)) out.push({ path: ['anniversaries', i, 'date'], text: a.date });
  });
  milestones.forEach((m, i) => notADay(dueText(m.due)) && out.push({ path: duePath(['milestones', i], m.due), text: dueText(m.due)! }));
  waivers.forEach((w, i) => notADay(w.expires) && out.push({ path: ['waivers', i, 'expires'], text: w.expires }));
  return out;
}

type Id = { id: string };
const EMPTY: readonly Id[] = [];

/** Past this many ids a list is looked at with a Set; up to it, pair by pair (a plan's lists hold a handful). */
const PAIRWISE = 16;

/** True when two items of the list share an id, found without allocating for a short list. */
export function hasRepeat(list: readonly Id[]): boolean {
  const n = list.length;
  if (n < 2) return false;
  if (n > PAIRWISE) return new Set(list.map((x) => x.id)).size < n;
  for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) if (list[i]!.id === list[j]!.id) return true;
  return false;
}

/** True when two items of the movements' `k` lists share an id (a quota id is the plan's, whichever movement holds it). */
export function repeatAcross(ms: readonly Movement[], k: 'quotas' | 'targets' | 'contents'): boolean {
  let n = 0;
  let only: readonly Id[] | undefined; // the one list holding them all, else EMPTY
  for (const m of ms) {
    const l = m[k];
    if (l?.length) {
      n += l.length;
      only = only === undefined ? l : EMPTY;
    }
  }
  if (n < 2) return false;
  if (only !== EMPTY) return hasRepeat(only!); // one movement holds them all
  return hasRepeat(ms.flatMap((m) => m[k] ?? []));
}

/** A function that answers, for each key in turn, where it was first met (undefined the first time). */
export const firsts = <T>(): ((key: string, at: T) => T | undefined) => {
  const seen = new Map<string, T>();
  return (key, at) => seen.get(key) ?? (seen.set(key, at), undefined);
};

/** The path of the n-th item of the movements' `k` lists taken in turn. */
export function movementItemPath(ms: readonly Movement[], k: 'quotas' | 'targets' | 'contents', n: number): DataPath {
  let i = 0;
  while (n >= (ms[i]![k]?.length ?? 0)) n -= ms[i++]![k]?.length ?? 0;
  return ['movements', i, k, n, 'id'];
}
