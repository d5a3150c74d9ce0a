/**
 * Calendar dates. The project's value is CalDate, a plain {y, m, d}: a plan's
 * dates have no time and no zone. The calendar work (arithmetic, formatting,
 * whether a written day exists) is date-fns's, done on UTCDate (@date-fns/utc), a Date whose
 * every getter and setter is UTC, so no machine time zone can move a day.
 * CalDate converts to and from UTCDate here, at the edge, and nowhere else.
 * The package's minimal UTCDate: the full one only adds toString and the like,
 * and builds three Intl.DateTimeFormat for them when loaded, which loading the
 * locale data makes a large part of thidua's start-up. Each function from its
 * own module: in the bundle, importing date-fns's index runs the module set-up of
 * all its ~250 functions and keeps them in the code cache (50 KB of it).
 */
import { UTCDateMini as UTCDate } from '@date-fns/utc/date/mini';
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isLeapYear } from 'date-fns/isLeapYear';
import { lightFormat } from 'date-fns/lightFormat';

export interface CalDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

// The shapes users write; date-fns then decides whether the day exists.
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Midnight UTC of the day. setFullYear, not the constructor, so years 0–99 stay themselves. */
export function toUTCDate(x: CalDate): Date {
  const u = new UTCDate(0);
  u.setFullYear(x.y, x.m - 1, x.d);
  return u;
}

/** The calendar day of a Date, read in UTC. */
export function fromUTCDate(u: Date): CalDate {
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
}

export function isLeap(y: number): boolean {
  return isLeapYear(toUTCDate({ y, m: 1, d: 1 }));
}

// date-fns's answers, kept: every date of every file asks, and a repository's dates fall in a few hundred months.
const monthLengths = new Map<number, number>();

export function daysInMonth(y: number, m: number): number {
  if (!(m >= 1 && m <= 12)) return 0;
  if (!Number.isInteger(y) || !Number.isInteger(m)) return getDaysInMonth(toUTCDate({ y, m, d: 1 }));
  const key = y * 16 + m;
  let n = monthLengths.get(key);
  if (n === undefined) monthLengths.set(key, (n = getDaysInMonth(toUTCDate({ y, m, d: 1 }))));
  return n;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** True when the text has the shape of a date, whether or not the day exists. */
export function looksLikeDate(text: string): boolean {
  return ISO.test(text) || VN.test(text);
}

const parsed = new Map<string, CalDate | undefined>();

/** Parses `2018-06-30`, `30/06/2018` or `30/6/2018`; undefined when not a real day. */
export function parseDate(text: string): CalDate | undefined {
  // A repository repeats the same few hundred dates across thousands of files.
  const hit = parsed.get(text);
  if (hit !== undefined || parsed.has(text)) return hit;
  const d = parseDateUncached(text);
  if (parsed.size < 100_000) parsed.set(text, d);
  return d;
}

function parseDateUncached(text: string): CalDate | undefined {
  const iso = ISO.exec(text);
  const vn = iso ? undefined : VN.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (y === undefined) return undefined;
  const day = { y: Number(y), m: Number(m), d: Number(d) };
  // date-fns decides whether the day exists (31/04, 29/02 outside a leap year).
  return isValidDate(day.y, day.m, day.d) ? Object.freeze(day) : undefined;
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const VN_MONTH = /^(\d{1,2})\/(\d{4})$/;

/**
 * A window bound written as a month, as plans say it ("từ tháng 10/2025"):
 * `2025-10` or `10/2025`. Undefined for anything else, or a month 13.
 */
export function parseMonth(text: string): { y: number; m: number } | undefined {
  const iso = ISO_MONTH.exec(text);
  const vn = iso ? undefined : VN_MONTH.exec(text);
  const [y, m] = iso ? [iso[1], iso[2]] : vn ? [vn[2], vn[1]] : [];
  if (y === undefined) return undefined;
  const month = { y: Number(y), m: Number(m) };
  return month.m >= 1 && month.m <= 12 ? month : undefined;
}

/** An optional date field's value, or undefined when absent or not a real day. */
export const dateOf = (text: string | undefined): CalDate | undefined => (text ? parseDate(text) : undefined);

/** A date field for a human message: 30/06/2018 however it was written; text that is no day, as given. */
export function vnDateText(text: string | undefined): string {
  const d = dateOf(text);
  return d ? toVN(d) : (text ?? '');
}

export function date(y: number, m: number, d: number): CalDate {
  return { y, m, d };
}

export function toISO(x: CalDate): string {
  return lightFormat(toUTCDate(x), 'yyyy-MM-dd');
}

/** As Vietnamese documents write dates in running text: 30/06/2018. */
export function toVN(x: CalDate): string {
  return lightFormat(toUTCDate(x), 'dd/MM/yyyy');
}

/**
 * As the date line of an administrative document writes it (NĐ 30/2020/NĐ-CP
 * Phụ lục I): "ngày 10 tháng 01 năm 2018" — days below 10 and months 1 and 2
 * take a leading zero, months 3 to 12 do not ("ngày 05 tháng 3 năm 2026").
 */
export function toVNLong(x: CalDate): string {
  return lightFormat(toUTCDate(x), x.m <= 2 ? "'ngày' dd 'tháng' MM 'năm' yyyy" : "'ngày' dd 'tháng' M 'năm' yyyy");
}

const EPOCH = new UTCDate(1970, 0, 1);
/** date-fns's `in` context: its results as UTCDate too (what @date-fns/utc's `utc` does, with the minimal class). */
const utc = (value: Date | number | string): Date => new UTCDate(+new Date(value));

/** Days since 1970-01-01 (proleptic Gregorian). */
export function toDayNumber(x: CalDate): number {
  return differenceInCalendarDays(toUTCDate(x), EPOCH, { in: utc });
}

export function fromDayNumber(n: number): CalDate {
  return fromUTCDate(fnsAddDays(EPOCH, n, { in: utc }));
}

export function addDays(x: CalDate, n: number): CalDate {
  // One day forward or back from a real day (the day after a phase, the day before one),
  // read with date-fns's month lengths and no Date: rules take such steps for thousands of plans.
  if ((n === 1 || n === -1) && Number.isInteger(x.y) && x.d >= 1 && x.d <= daysInMonth(x.y, x.m)) {
    const d = x.d + n;
    if (d >= 1 && d <= daysInMonth(x.y, x.m)) return { y: x.y, m: x.m, d };
    if (n === 1) return x.m === 12 ? { y: x.y + 1, m: 1, d: 1 } : { y: x.y, m: x.m + 1, d: 1 };
    return x.m === 1 ? { y: x.y - 1, m: 12, d: 31 } : { y: x.y, m: x.m - 1, d: daysInMonth(x.y, x.m - 1) };
  }
  return fromUTCDate(fnsAddDays(toUTCDate(x), n, { in: utc }));
}

export function compareDates(a: CalDate, b: CalDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function daysBetween(from: CalDate, to: CalDate): number {
  return differenceInCalendarDays(toUTCDate(to), toUTCDate(from), { in: utc });
}

/** The same day and month in another year; 29 February becomes 28 February. */
export function inYear(x: CalDate, year: number): CalDate {
  return { y: year, m: x.m, d: Math.min(x.d, daysInMonth(year, x.m)) };
}

export function startOfYear(y: number): CalDate {
  return { y, m: 1, d: 1 };
}

export function endOfYear(y: number): CalDate {
  return { y, m: 12, d: 31 };
}

/** Today in Vietnam (UTC+7, no daylight saving), whatever the machine's zone. */
export function todayInVietnam(nowMs: number = Date.now()): CalDate {
  return fromUTCDate(new UTCDate(nowMs + 7 * 3600 * 1000));
}
