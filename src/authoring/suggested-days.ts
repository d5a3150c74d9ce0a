/**
 * A round (năm tròn) or năm lẻ 5 day of the catalogue, offered to a plan by
 * `init` and `new`, and the one line both write for it: the ordinal and date
 * come from domain/occurrences (roundDays); this only words them as YAML.
 */
import type { CalDate } from '../model/date.js';
import { compareDates, toVN } from '../model/date.js';
import type { RoundDay } from '../domain/occurrences.js';

export interface Suggestion {
  id: string;
  title: string;
  date: CalDate;
  origin: CalDate;
  years: number;
  round: boolean;
  five: boolean;
}

export const suggestionOf = ({ entry, date, origin, years, round, five }: RoundDay): Suggestion => ({ id: entry.id, title: entry.title, date, origin, years, round, five });

// The comment says what stays true: `thidua new` keeps comments, and next year the ordinal is no longer round.
export const suggestionLine = (s: Suggestion): string => `- { id: ${s.id}, ref: ${s.id}, years: ${s.years} }  # ${s.title} (${toVN(s.origin)})`;

/** In date order, then by id: the order both commands list them in. */
export const byDateThenId = (a: Suggestion, b: Suggestion): number => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
