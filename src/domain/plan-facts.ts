/**
 * Facts every report derives from a plan in the same way: when each
 * anniversary falls in the plan year and which one it is, which phase a day
 * belongs to, and which units an owner names. One place, so the schedule and
 * the checklist can never disagree about an ordinal or an owner.
 */
import { findEntry, occurrence, ordinal } from '../model/catalogue.js';
import { compareDates, inYear, parseDate, startOfYear, type CalDate } from '../model/date.js';
import { compareVi } from '../model/text.js';
import type { Anniversary, Owner, PlanDoc } from '../model/types.js';
import { ownerUnits, unitValidOn, type UnitMap } from './scope.js';

export interface ResolvedAnniversary {
  id: string;
  title: string;
  /** When it falls in the plan year. */
  date: CalDate;
  origin?: CalDate;
  /** Plan year − origin year: computed, never the `years` the plan states. */
  years?: number;
  /** Năm tròn: the ordinal ends in 0. */
  round: boolean;
  /** Năm lẻ 5: the ordinal ends in 5. */
  five: boolean;
}

/**
 * The anniversary in the plan year: its `date` when given, else the origin's
 * day and month in that year; a `ref` to the catalogue supplies what the plan
 * leaves out (title, origin, and the day of lunar feasts such as Giỗ Tổ).
 * Undefined when nothing dates it — validation reports that, not the report.
 */
export function resolveAnniversary(a: Anniversary, year: number): ResolvedAnniversary | undefined {
  const entry = a.ref ? findEntry(a.ref) : undefined;
  const occ = entry ? occurrence(entry, year) : undefined;
  const own = a.origin ? parseDate(a.origin) : undefined;
  const origin = own ?? entry?.origin;
  const stated = a.date ? parseDate(a.date) : undefined;
  const when = stated ?? (own ? inYear(own, year) : occ?.date);
  if (!when) return undefined;
  const years = origin ? ordinal(origin.y, year) : undefined;
  // Year 0 is the event itself, not an anniversary: neither round nor five.
  const counted = years !== undefined && years > 0;
  return {
    id: a.id,
    title: (a.title ?? entry?.title ?? a.id).normalize('NFC'),
    date: when,
    ...(origin && { origin }),
    ...(years !== undefined && { years }),
    round: counted && years % 10 === 0,
    five: counted && years % 10 === 5,
  };
}

export interface PhaseWindow {
  id: string;
  name: string;
  from: CalDate;
  to: CalDate;
  commemorates: string[];
}

/** Phases with real dates, in date order (a phase with a bad date is validation's finding). */
export function phaseWindows(plan: PlanDoc): PhaseWindow[] {
  const out: PhaseWindow[] = [];
  for (const p of plan.phases ?? []) {
    const from = parseDate(p.from);
    const to = parseDate(p.to);
    if (from && to) out.push({ id: p.id, name: (p.name ?? p.id).normalize('NFC'), from, to, commemorates: p.commemorates ?? [] });
  }
  return out.sort((a, b) => compareDates(a.from, b.from) || (a.id < b.id ? -1 : 1));
}

export const within = (d: CalDate, from: CalDate, to: CalDate): boolean => compareDates(from, d) <= 0 && compareDates(d, to) <= 0;

/** The phase whose window holds a day; the first when windows overlap. */
export function phaseAt(phases: readonly PhaseWindow[], d: CalDate): PhaseWindow | undefined {
  return phases.find((p) => within(d, p.from, p.to));
}

/** The phase an anniversary belongs to: the one that commemorates it, else the one holding its date. */
export function phaseOfAnniversary(phases: readonly PhaseWindow[], a: ResolvedAnniversary): PhaseWindow | undefined {
  return phases.find((p) => p.commemorates.includes(a.id)) ?? phaseAt(phases, a.date);
}

/** The day units are checked against: the plan's issue date (units change; old plans stay valid). */
export function issueDay(plan: PlanDoc): CalDate {
  return (plan.issued ? parseDate(plan.issued) : undefined) ?? startOfYear(plan.year);
}

export interface OwnerUnit {
  id: string;
  name: string;
  kind: string;
}

/**
 * The units an owner names, as they stood on the plan's issue date: the unit
 * itself, or each unit of a kind (`{kind: K}`), sorted by name. With no owner
 * the work is the issuer's. A unit id that resolves to nothing is kept by id,
 * so the item is still shown.
 */
export function ownersOf(units: UnitMap, owner: Owner | undefined, plan: PlanDoc): OwnerUnit[] {
  const o = owner ?? plan.issuer;
  if (o === undefined) return [];
  if (typeof o === 'string') {
    const u = units.get(o)?.unit;
    return [{ id: o, name: (u?.name ?? o).normalize('NFC'), kind: u?.kind ?? '' }];
  }
  const day = issueDay(plan);
  return ownerUnits(units, o)
    .filter((e) => unitValidOn(e.unit, day))
    .map((e) => ({ id: e.unit.id, name: e.unit.name.normalize('NFC'), kind: e.unit.kind }))
    .sort((a, b) => compareVi(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

export const unitName = (units: UnitMap, id: string): string => (units.get(id)?.unit.name ?? id).normalize('NFC');
