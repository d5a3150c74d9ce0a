/**
 * `thidua anniversaries`: the shipped catalogue for one year. Pure: each
 * day's date that year (lunar days through the Vietnamese calendar), its
 * ordinal, and whether it is round (năm tròn) or ends in 5 (năm lẻ 5) —
 * ceremonies scale by that (NĐ 145/2013 Điều 4, NĐ 111/2018 Điều 4).
 */
import { catalogue, occurrence, type AnniversaryKind, type Confidence } from '../model/catalogue.js';
import { compareDates, type CalDate } from '../model/date.js';
import { roundDays } from '../domain/occurrences.js';

export interface AnniversaryRow {
  id: string;
  title: string;
  date: CalDate;
  calendar: 'solar' | 'lunar';
  /** The lunar day and month for lunar entries (10/3 for Giỗ Tổ). */
  lunar?: { month: number; day: number };
  origin?: CalDate;
  /** Year − origin year; absent for days with no origin (Tết, Ngày Pháp luật). */
  years?: number;
  round: boolean;
  five: boolean;
  kind: AnniversaryKind;
  sector?: string;
  source?: string;
  confidence: Confidence;
}

export interface AnniversaryFilter {
  /** Only năm tròn and năm lẻ 5 (each row still says which). */
  round?: boolean;
  /** Only the days of this sector (e.g. `tu-phap`). */
  sector?: string;
}

export interface AnniversaryReport {
  year: number;
  filter: AnniversaryFilter;
  rows: AnniversaryRow[];
}

/** The years the lunar calendar code is checked for (src/model/lunar.ts). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

/** Every sector the catalogue names, sorted. */
export function catalogueSectors(): string[] {
  return [...new Set(catalogue().flatMap((e) => (e.sector ? [e.sector] : [])))].sort();
}

/** The catalogue in date order for a year, filtered. */
export function anniversaryReport(year: number, filter: AnniversaryFilter = {}): AnniversaryReport {
  const rows: AnniversaryRow[] = [];
  // Which days are round is the domain's answer (roundDays), shared with `init` and `new`.
  for (const e of filter.round ? roundDays(year).map((r) => r.entry) : catalogue()) {
    if (filter.sector !== undefined && e.sector !== filter.sector) continue;
    const o = occurrence(e, year);
    rows.push({
      id: e.id,
      title: e.title,
      date: o.date,
      calendar: e.calendar,
      ...(e.calendar === 'lunar' && { lunar: { month: e.month, day: e.day } }),
      ...(e.origin && { origin: e.origin }),
      ...(o.years !== undefined && { years: o.years }),
      round: o.round,
      five: o.five,
      kind: e.kind,
      ...(e.sector !== undefined && { sector: e.sector }),
      ...(e.source !== undefined && { source: e.source }),
      confidence: e.confidence,
    });
  }
  rows.sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { year, filter, rows };
}
