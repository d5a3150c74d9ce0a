/**
 * What every obligation builder shares: the plan, its unit map, the as-of
 * day, the indexed records, and the owner lines an obligation fans out to.
 * Lookups go through Maps built once, so resolving the lines stays linear in
 * the number of units and records.
 */
import type { UnitEntry, UnitMap } from './scope.js';
import { creditedOwner, ownerText, unitName, unitValidOn } from './units.js';
import { issueDay, planWindow } from './plan-facts.js';
import type { Window } from './windows.js';
import { compareDates, parseDate, type CalDate } from '../model/date.js';
import type { Owner, PlanDoc } from '../model/types.js';
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
  byKind: Map<string, UnitEntry[]>;
}

export function makeCtx(plan: PlanDoc, units: UnitMap, asOf: CalDate, records: RecordIndex): Ctx {
  const byKind = new Map<string, UnitEntry[]>();
  for (const e of units.values()) {
    const l = byKind.get(e.unit.kind);
    if (l) l.push(e);
    else byKind.set(e.unit.kind, [e]);
  }
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
    byKind,
  };
}

export const dateOr = (text: string | undefined, fallback: CalDate): CalDate => (text && parseDate(text)) || fallback;
export const onOrBefore = (a: CalDate, b: CalDate): boolean => compareDates(a, b) <= 0;

/** The phase whose dates contain a day, for the per-phase totals. */
export function phaseOf(ctx: Ctx, day: CalDate): string | undefined {
  return ctx.phases.find((p) => onOrBefore(p.from, day) && onOrBefore(day, p.to))?.id;
}


/**
 * The units an owner names. A `{kind: K}` owner means each unit of kind K that
 * exists on the issue date (after 01/7/2025 no Phòng Tư pháp cấp huyện is
 * given work). No owner means the plan's issuer; with no issuer either, one
 * line (`''`) stands for the whole plan.
 */
export function ownerIds(ctx: Ctx, owner: Owner | undefined): { ids: string[]; missing?: string } {
  const o = owner ?? ctx.plan.issuer;
  if (o === undefined) return { ids: [''] };
  if (typeof o === 'string') return ctx.units.has(o) ? { ids: [o] } : { ids: [], missing: o };
  const ids = (ctx.byKind.get(o.kind) ?? []).filter((e) => unitValidOn(e.unit, ctx.ownersOn)).map((e) => e.unit.id);
  return ids.length ? { ids } : { ids: [], missing: ownerText(o) };
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
export const lineFor = <T>(lines: ReadonlyMap<string, T>, by: string, units: UnitMap): T | undefined => creditedOwner(lines, by, units);

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
