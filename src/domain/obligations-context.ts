/**
 * What every obligation builder shares: the plan, its unit map, the as-of
 * day, the indexed records, and the owner lines an obligation fans out to.
 * Lookups go through Maps built once (the units of a kind: domain/units.ts),
 * so resolving the lines stays linear in the number of units and records.
 */
import type { UnitMap } from './scope.js';
import { creditedOwner, ownerList, ownersOf, ownerText, unitName } from './units.js';
import { issueDay, planWindow } from './plan-facts.js';
import type { Window } from './windows.js';
import { compareDates, parseDate, type CalDate } from '../model/date.js';
import type { Owners, PlanDoc } from '../model/types.js';
import type { RecordIndex, Rec } from './records.js';
import type { Evidence, Obligation, ObligationType, RecordKind } from './obligation-types.js';

export interface Ctx {
  plan: PlanDoc;
  units: UnitMap;
  asOf: CalDate;
  records: RecordIndex;
  /** The plan's window (its year, or its own period). */
  window: Window;
  /** The day owners must exist on: the issue date, else the first day of the plan year. */
  ownersOn: CalDate;
  phases: { id: string; from: CalDate; to: CalDate }[];
}

export function makeCtx(plan: PlanDoc, units: UnitMap, asOf: CalDate, records: RecordIndex): Ctx {
  const phases = (plan.phases ?? []).flatMap((p) => {
    const from = parseDate(p.from);
    const to = parseDate(p.to);
    return from && to ? [{ id: p.id, from, to }] : [];
  });
  return {
    plan,
    units,
    asOf,
    records,
    window: planWindow(plan),
    ownersOn: issueDay(plan),
    phases,
  };
}

export const dateOr = (text: string | undefined, fallback: CalDate): CalDate => (text && parseDate(text)) || fallback;
export const onOrBefore = (a: CalDate, b: CalDate): boolean => compareDates(a, b) <= 0;

/** The phase whose dates contain a day, for the per-phase totals. */
export function phaseOf(ctx: Ctx, day: CalDate): string | undefined {
  return ctx.phases.find((p) => onOrBefore(p.from, day) && onOrBefore(day, p.to))?.id;
}


/**
 * The units an owner names, resolved by domain/units.ts `ownersOf` (the one
 * resolution): a `{kind: K}` owner means each unit of kind K that exists on
 * the issue date (after 01/7/2025 no Phòng Tư pháp cấp huyện is given work);
 * several owners name the units of each, every unit once. No owner means
 * the plan's issuer; with no issuer either, one line (`''`) stands for the
 * whole plan. `missing` lists, as written, each owner that names no unit.
 */
export function ownerIds(ctx: Ctx, owner: Owners | undefined): { ids: string[]; missing: string[] } {
  const list = owner === undefined ? ownerList(ctx.plan.issuer) : ownerList(owner);
  if (!list.length) return { ids: [''], missing: [] };
  const missing: string[] = [];
  for (const o of list) {
    const found = typeof o === 'string' ? ctx.units.has(o) : ownersOf(ctx.units, o, ctx.plan, ctx.ownersOn).length > 0;
    if (!found) missing.push(ownerText(o));
  }
  const ids = ownersOf(ctx.units, list, ctx.plan, ctx.ownersOn)
    .filter((u) => ctx.units.has(u.id))
    .map((u) => u.id);
  return { ids, missing };
}

/** The lines of an obligation: one per owner unit, then a not-applicable line per owner that names no unit. */
export function ownerLines(ctx: Ctx, type: ObligationType, id: string, owner: Owners | undefined, due: CalDate, extra: Partial<Obligation>): { lines: Map<string, Obligation>; none: Obligation[] } {
  const { ids, missing } = ownerIds(ctx, owner);
  return {
    lines: new Map(ids.map((u) => [u, newLine(ctx, type, id, u, due, extra)] as const)),
    none: missing.map((m) => noOwnerLine(ctx, type, id, m, due, extra)),
  };
}

/** A fresh line; the builders fill in actual, evidence and the outcome. */
export function newLine(ctx: Ctx, type: ObligationType, id: string, owner: string, due: CalDate, extra: Partial<Obligation> = {}): Obligation {
  const name = owner ? unitName(ctx.units, owner) : undefined;
  const phase = phaseOf(ctx, due);
  return {
    type,
    id,
    owner,
    ...(name !== undefined && { ownerName: name }),
    required: 1,
    actual: 0,
    due,
    ...(phase !== undefined && { phase }),
    outcome: 'pending',
    evidence: [],
    reasons: [],
    ...extra,
  };
}

/** The not-applicable line of an obligation whose owner names no unit. */
export function noOwnerLine(ctx: Ctx, type: ObligationType, id: string, missing: string, due: CalDate, extra: Partial<Obligation>): Obligation {
  const l = newLine(ctx, type, id, missing, due, extra);
  l.outcome = 'not-applicable';
  l.reasons.push({ reason: 'no-owner', params: { owner: missing, on: ctx.ownersOn } });
  return l;
}

/** The line a record by `by` counts toward: the one rule of domain/units.ts (`creditedOwner`). */
export const lineFor = <T>(lines: ReadonlyMap<string, T>, by: string, units: UnitMap, day?: CalDate): T | undefined => creditedOwner(lines, by, units, day);

/** Evidence for a record: where it was read and which unit it concerns. */
export function evidenceOf(ctx: Ctx, r: Rec<unknown>, record: RecordKind, unit: string, by: string, extra: Partial<Evidence> = {}): Evidence {
  const name = unitName(ctx.units, unit);
  return {
    record,
    ...r.place,
    unit,
    ...(name !== undefined && { unitName: name }),
    by,
    ...(r.when && { date: r.when }),
    ...(r.reported && { reported: true as const }),
    ...extra,
  };
}
