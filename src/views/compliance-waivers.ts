/**
 * Waivers (miễn trừ): an office excuses one obligation, for one unit or for
 * all, with a reason, the approving document and an expiry. A line is waived
 * while a matching waiver is in force on the as-of day (expiry inclusive);
 * afterwards it is what it really is, and still shows the lapsed waiver so
 * nobody wonders where the excuse went.
 */
import { compareDates, parseDate, type CalDate } from '../model/date.js';
import type { Waiver } from '../model/types.js';
import type { Rec } from '../domain/records.js';
import type { Obligation, WaiverInfo } from './compliance-types.js';

const inForce = (expires: CalDate | undefined, asOf: CalDate): boolean => !expires || compareDates(asOf, expires) <= 0;

function info(r: Rec<Waiver>, asOf: CalDate, realOutcome: Obligation['outcome']): WaiverInfo {
  const expires = r.rec.expires ? parseDate(r.rec.expires) : undefined;
  return {
    reason: r.rec.reason,
    document: r.rec.document,
    ...(expires && { expires }),
    inForce: inForce(expires, asOf),
    realOutcome,
    place: r.place,
  };
}

/** Marks the waived lines in place. Not-applicable lines stay so: there is nothing to excuse. */
export function applyWaivers(lines: Obligation[], waivers: readonly Rec<Waiver>[], asOf: CalDate): void {
  const byObligation = new Map<string, Rec<Waiver>[]>();
  for (const w of waivers) {
    // A rule waiver (rule:, or a rule id in obligation:) excuses findings, not an obligation line.
    const id = w.rec.obligation;
    if (id === undefined || w.rec.rule !== undefined) continue;
    const l = byObligation.get(id);
    if (l) l.push(w);
    else byObligation.set(id, [w]);
  }
  for (const line of lines) {
    if (line.outcome === 'not-applicable') continue;
    const matching = (byObligation.get(line.id) ?? []).filter((w) => w.rec.unit === undefined || w.rec.unit === line.owner);
    if (!matching.length) continue;
    const infos = matching.map((w) => info(w, asOf, line.outcome));
    // One in force wins; otherwise the one that lapsed last is the one to show.
    const chosen =
      infos.find((i) => i.inForce) ??
      infos.reduce((a, b) => (a.expires && b.expires && compareDates(b.expires, a.expires) > 0 ? b : a));
    line.waiver = chosen;
    if (chosen.inForce) line.outcome = 'waived';
  }
}
