/**
 * Calendar dates as plain values. A plan's dates have no time and no zone, so
 * they never pass through a JS Date: results cannot depend on the TZ.
 */
export interface CalDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
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
  let y: number, m: number, d: number;
  const iso = ISO.exec(text);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const vn = VN.exec(text);
    if (!vn) return undefined;
    [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  }
  return isValidDate(y, m, d) ? Object.freeze({ y, m, d }) : undefined;
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

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function toISO(x: CalDate): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

/** As Vietnamese documents write dates in running text: 30/06/2018. */
export function toVN(x: CalDate): string {
  return `${pad(x.d)}/${pad(x.m)}/${x.y}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's days_from_civil. */
export function toDayNumber(x: CalDate): number {
  const y = x.m <= 2 ? x.y - 1 : x.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (x.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + x.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(x: CalDate, n: number): CalDate {
  return fromDayNumber(toDayNumber(x) + n);
}

export function compareDates(a: CalDate, b: CalDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function daysBetween(from: CalDate, to: CalDate): number {
  return toDayNumber(to) - toDayNumber(from);
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
  const shifted = new Date(nowMs + 7 * 3600 * 1000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}
