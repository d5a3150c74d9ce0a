import { parseDate, type CalDate } from '../model/date.js';
import type { LoadedDoc } from '../load/workspace.js';
import type { DataPath, PlanDoc } from '../model/types.js';
import type { Finding, Params } from './rule.js';

/** Every dated field of a plan with its path, for rules that look at all dates. */
export function* planDates(plan: PlanDoc): Generator<{ path: DataPath; text: string }> {
  if (plan.issued) yield { path: ['issued'], text: plan.issued };
  for (const [i, b] of (plan.basis ?? []).entries()) if (b.date) yield { path: ['basis', i, 'date'], text: b.date };
  for (const [i, m] of (plan.movements ?? []).entries()) {
    if (m.period?.from) yield { path: ['movements', i, 'period', 'from'], text: m.period.from };
    if (m.period?.to) yield { path: ['movements', i, 'period', 'to'], text: m.period.to };
    for (const [j, t] of (m.targets ?? []).entries()) if (t.due) yield { path: ['movements', i, 'targets', j, 'due'], text: t.due };
    for (const [j, q] of (m.quotas ?? []).entries()) if (q.due) yield { path: ['movements', i, 'quotas', j, 'due'], text: q.due };
  }
  for (const [i, p] of (plan.phases ?? []).entries()) {
    yield { path: ['phases', i, 'from'], text: p.from };
    yield { path: ['phases', i, 'to'], text: p.to };
  }
  for (const [i, a] of (plan.anniversaries ?? []).entries()) {
    if (a.origin) yield { path: ['anniversaries', i, 'origin'], text: a.origin };
    if (a.date) yield { path: ['anniversaries', i, 'date'], text: a.date };
  }
  for (const [i, m] of (plan.milestones ?? []).entries()) yield { path: ['milestones', i, 'due'], text: m.due };
  for (const [i, w] of (plan.waivers ?? []).entries()) if (w.expires) yield { path: ['waivers', i, 'expires'], text: w.expires };
}

/** A date field's value, or undefined when absent or not a real day (another rule says so). */
export const dateOf = (text: string | undefined): CalDate | undefined => (text ? parseDate(text) : undefined);

export const finding = (doc: LoadedDoc, path: DataPath, params: Params, extra: Partial<Finding> = {}): Finding => ({
  doc,
  path,
  params,
  ...extra,
});

/** Groups items by a key, keeping the first position of each. */
export function duplicates<T>(items: readonly T[], key: (t: T) => string | undefined): { item: T; index: number; first: number }[] {
  const seen = new Map<string, number>();
  const out: { item: T; index: number; first: number }[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (k === undefined) return;
    const f = seen.get(k);
    if (f === undefined) seen.set(k, index);
    else out.push({ item, index, first: f });
  });
  return out;
}
