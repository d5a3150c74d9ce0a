/**
 * Occurrences: every dated thing of a plan — phases, movements, anniversaries
 * (with their date and ordinal), milestones, and the due dates of quotas and
 * targets — and the one answer to "when does it fall and which one is it".
 * The schedule lists them, the checklist and the report date their lines by
 * them, rules check them, and authoring asks which catalogue days are round.
 */
import { catalogue, findEntry, occurrence, ordinal, type CatalogueEntry } from '../model/catalogue.js';
import { compareDates, inYear, parseDate, toISO, type CalDate } from '../model/date.js';
import { hasOwnWindow, inWindow, periodWindow, planEvents, planWindow, windowYears } from './windows.js';
import type { Anniversary, MilestoneType, Owners, PlanDoc } from '../model/types.js';
import { deadlineOf, dueWording, type DueWording } from './deadlines.js';

export interface ResolvedAnniversary {
  id: string;
  title: string;
  /** When it falls in the plan year. */
  date: CalDate;
  origin?: CalDate;
  /** The occurrence's year − origin year: computed, never the `years` the plan states. */
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
  // A stated `date` names the occurrence: its year, not the plan's, gives the ordinal.
  const years = origin ? ordinal(origin.y, when.y) : undefined;
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

/**
 * The occurrences of an anniversary a plan works toward — the one answer to
 * "when does it fall and which one is it". A stated `date` names the
 * occurrence. Otherwise: a yearly plan's is the one in its year; a plan with
 * its own window (a drive, a stage) works toward those inside the window,
 * narrowed to those inside the phases or movements that commemorate it when
 * they hold any. Several may remain (78, 79, 80 in a three-year window): each
 * is listed with its own ordinal, in date order.
 */
export function anniversaryOccurrences(a: Anniversary, plan: PlanDoc): ResolvedAnniversary[] {
  if (a.date || !hasOwnWindow(plan)) {
    const r = resolveAnniversary(a, plan.year);
    return r ? [r] : [];
  }
  const window = planWindow(plan);
  const all = windowYears(window).flatMap((y) => resolveAnniversary(a, y) ?? []).filter((r) => inWindow(r.date, window));
  const frames = [
    ...phaseWindows(plan).filter((p) => p.commemorates.includes(a.id)),
    ...(plan.movements ?? []).filter((m) => m.commemorates?.includes(a.id) && m.period).map((m) => periodWindow(plan, m.period, window)),
  ];
  const framed = all.filter((r) => frames.some((f) => inWindow(r.date, f)));
  return framed.length ? framed : all;
}

/** The occurrence the plan aims at: the one its `date` names, else the last inside its window. */
export function aimedOccurrence(a: Anniversary, plan: PlanDoc): ResolvedAnniversary | undefined {
  const all = anniversaryOccurrences(a, plan);
  return all[all.length - 1];
}

/**
 * Whether a stated ordinal (`years`) is wrong: the year of the occurrence
 * the plan aims at when it is none of the occurrences' ordinals (with several
 * in the window, stating any of them is right), else undefined.
 */
export function misstatedOrdinalYear(a: Anniversary, plan: PlanDoc): number | undefined {
  let all = anniversaryOccurrences(a, plan);
  // None inside the window (a drive that does not reach the day): the plan year's is judged,
  // and a stated ordinal that is its ordinal is right.
  if (!all.length) all = [resolveAnniversary(a, plan.year)].filter((r) => r !== undefined);
  if (all.some((o) => o.years === a.years)) return undefined;
  return all[all.length - 1]?.date.y ?? plan.year;
}

/** When the occurrence a plan aims at falls (rules ask this of a plan's anniversaries). */
export function anniversaryDay(a: Anniversary, plan: PlanDoc): CalDate | undefined {
  return aimedOccurrence(a, plan)?.date;
}

export interface RoundDay {
  entry: CatalogueEntry;
  date: CalDate;
  origin: CalDate;
  years: number;
  round: boolean;
  five: boolean;
}

/**
 * The catalogue's days that are round (năm tròn) or end in 5 (năm lẻ 5) in a
 * year — the years a ceremony is held (NĐ 145/2013 Điều 4) — in catalogue order.
 */
export function roundDays(year: number): RoundDay[] {
  const out: RoundDay[] = [];
  for (const entry of catalogue()) {
    const o = occurrence(entry, year);
    if (!entry.origin || o.years === undefined || !(o.round || o.five)) continue;
    out.push({ entry, date: o.date, origin: entry.origin, years: o.years, round: o.round, five: o.five });
  }
  return out;
}

export type OccurrenceType = 'phase' | 'movement' | 'anniversary' | 'event' | 'milestone' | 'quota' | 'target' | 'content';

/** One dated thing of the plan: a window (phase, movement) or a day. */
export interface Occurrence {
  type: OccurrenceType;
  id: string;
  title: string;
  start: CalDate;
  /** Inclusive, as plans write it; the same as start for a day. */
  end: CalDate;
  /** When a window holds several occurrences of one anniversary: which one (its ISO date). */
  instance?: string;
  /** Events, and movements that end at one: the date is only planned and may move. */
  provisional?: boolean;
  /** Events whose real days are known: the days planned before (planned vs actual). */
  planned?: { from: CalDate; to: CalDate };
  /** Anniversaries: the ordinal, origin and marks. */
  years?: number;
  origin?: CalDate;
  round?: boolean;
  five?: boolean;
  /** The phase it falls in (for an anniversary: the phase commemorating it). */
  phase?: string;
  movement?: string;
  owner?: Owners;
  milestoneType?: MilestoneType;
  movementForm?: 'regular' | 'thematic';
  /** A deadline worded "trước ngày" or "đến hết ngày": start and end are the last day that counts. */
  dueAs?: DueWording;
}

const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Every dated thing of a plan, in plan order: phases, movements with a period,
 * anniversaries, milestones, and the quotas and targets that give their own
 * due date (the others fall due at the end of the plan year and are listed
 * with the year, not as a day of their own). Things without a real date are
 * left out: `dates-exist` reports them.
 */
export function planOccurrences(plan: PlanDoc): Occurrence[] {
  const phases = phaseWindows(plan);
  const out: Occurrence[] = phases.map((p) => ({ type: 'phase', id: p.id, title: p.name, start: p.from, end: p.to }));
  const phaseOf = (d: CalDate): { phase?: string } => {
    const p = phaseAt(phases, d);
    return p ? { phase: p.id } : {};
  };
  for (const m of plan.movements ?? []) {
    // A movement that ends at an event ends on the event's (possibly provisional) date.
    const w = m.period && (m.period.to || m.period.until) ? periodWindow(plan, m.period, planWindow(plan)) : undefined;
    const start = m.period?.from ? parseDate(m.period.from) : undefined;
    const end = w?.to;
    if (start && end) out.push({ type: 'movement', id: m.id, title: clean(m.title), start, end, ...(m.form && { movementForm: m.form }), ...(w?.provisional && { provisional: true }) });
  }
  for (const a of plan.anniversaries ?? []) {
    const all = anniversaryOccurrences(a, plan);
    for (const r of all) {
    const phase = phaseOfAnniversary(phases, r);
    out.push({
      type: 'anniversary',
      id: r.id,
      ...(all.length > 1 && { instance: toISO(r.date) }),
      title: r.title,
      start: r.date,
      end: r.date,
      ...(r.years !== undefined && { years: r.years }),
      ...(r.origin && { origin: r.origin }),
      round: r.round,
      five: r.five,
      ...(phase && { phase: phase.id }),
    });
    }
  }
  for (const e of planEvents(plan)) {
    out.push({ type: 'event', id: e.id, title: e.title, start: e.from, end: e.to, ...phaseOf(e.from), ...(e.provisional && { provisional: true }), ...(e.planned && { planned: e.planned }) });
  }
  for (const m of plan.milestones ?? []) {
    const due = deadlineOf(m.due)?.last;
    if (!due) continue;
    out.push({
      type: 'milestone',
      id: m.id,
      title: (m.title ?? m.id).normalize('NFC'),
      start: due,
      end: due,
      ...phaseOf(due),
      ...(m.movement && { movement: m.movement }),
      ...(m.owner !== undefined && { owner: m.owner }),
      ...(m.type && { milestoneType: m.type }),
      ...(dueWording(m.due) && { dueAs: dueWording(m.due) }),
    });
  }
  for (const m of plan.movements ?? []) {
    for (const q of m.quotas ?? []) {
      const due = deadlineOf(q.due)?.last;
      const dueAs = dueWording(q.due);
      if (due) out.push({ type: 'quota', id: q.id, title: (q.purpose ?? q.id).normalize('NFC'), start: due, end: due, ...phaseOf(due), movement: m.id, owner: q.owner, ...(dueAs && { dueAs }) });
    }
    for (const t of m.targets ?? []) {
      const due = deadlineOf(t.due)?.last;
      const dueAs = dueWording(t.due);
      if (due) out.push({ type: 'target', id: t.id, title: (t.title ?? t.id).normalize('NFC'), start: due, end: due, ...phaseOf(due), movement: m.id, ...(t.owner !== undefined && { owner: t.owner }), ...(dueAs && { dueAs }) });
    }
    for (const c of m.contents ?? []) {
      const due = deadlineOf(c.due)?.last;
      const dueAs = dueWording(c.due);
      if (due) out.push({ type: 'content', id: c.id, title: c.title.normalize('NFC'), start: due, end: due, ...phaseOf(due), movement: m.id, ...(c.owner !== undefined && { owner: c.owner }), ...(dueAs && { dueAs }) });
    }
  }
  return out;
}
