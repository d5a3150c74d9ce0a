/**
 * Catalogue days that are round (năm tròn) or end in 5 inside the new
 * window and that the plan does not name: by `ref`, by id, or by an origin
 * no other catalogue day shares (1945-08-19 is both the August Revolution
 * and the police's day, so it alone cannot say which one a plan means).
 */
import type { Document } from 'yaml';
import { roundDays } from '../domain/occurrences.js';
import { catalogue } from '../model/catalogue.js';
import { parseDate, toISO } from '../model/date.js';
import { mapAt, seqAt, str } from './next-ctx.js';
import { byDateThenId, suggestionOf, type Suggestion } from './suggested-days.js';
import { inSpan, type Span } from './next-window.js';

export function suggestions(doc: Document.Parsed, window: Span): Suggestion[] {
  const all = catalogue();
  const originCount = new Map<string, number>();
  for (const e of all) if (e.origin) originCount.set(toISO(e.origin), (originCount.get(toISO(e.origin)) ?? 0) + 1);
  const named = new Set<string>();
  const origins = new Set<string>();
  for (const item of seqAt(doc.get('anniversaries', true))?.items ?? []) {
    const a = mapAt(item);
    for (const k of ['id', 'ref']) {
      const v = str(a?.get(k, true));
      if (v) named.add(v);
    }
    const o = str(a?.get('origin', true));
    const d = o ? parseDate(o) : undefined;
    if (d) origins.add(toISO(d));
  }
  const out: Suggestion[] = [];
  for (let y = window.from.y; y <= window.to.y; y++) {
    for (const day of roundDays(y)) {
      if (!inSpan(day.date, window) || named.has(day.entry.id)) continue;
      if (origins.has(toISO(day.origin)) && originCount.get(toISO(day.origin)) === 1) continue;
      out.push(suggestionOf(day));
    }
  }
  return out.sort(byDateThenId);
}
