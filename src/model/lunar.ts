/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's algorithm
 * (astronomy from J. Meeus, "Astronomical Algorithms", 1998).
 *
 * Vietnam reckons new moons and solar terms at UTC+7 while China uses UTC+8, so
 * the two calendars disagree in some years (Tết 1985 fell on 21/01/1985 in
 * Vietnam, 20/02/1985 in China). Everything here is arithmetic on Julian day
 * numbers: no JS Date, so results cannot depend on the machine's zone.
 * Accurate for roughly 1800–2199, the range the algorithm was checked against;
 * solar dates are proleptic Gregorian.
 */
import { type CalDate, fromDayNumber, toDayNumber } from './date.js';

export interface LunarDate {
  /** The lunar year: Tết of `year` falls in January or February of that Gregorian year. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** True in the repeated (nhuận) month, which follows the regular month of the same number. */
  readonly leap: boolean;
}

/** Vietnam's zone: the North's from August 1967, the whole country's since 1975. */
const TIME_ZONE = 7;
/** Julian day number of 1970-01-01, the epoch of date.ts day numbers. */
const JD_UNIX_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
/** Julian date of the new moon of 1900-01-01 13:52 UTC, which is k = 0. */
const NEW_MOON_0 = 2415021.076998695;
const DR = Math.PI / 180;

const jdn = (d: CalDate): number => toDayNumber(d) + JD_UNIX_EPOCH;
const fromJdn = (j: number): CalDate => fromDayNumber(j - JD_UNIX_EPOCH);

/** Julian date (UTC) of the k-th new moon after NEW_MOON_0. */
function newMoon(k: number): number {
  const t = k / 1236.85; // Julian centuries from 1900 January 0.5
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DR; // sun's mean anomaly
  const mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DR; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DR; // moon's argument of latitude
  const c =
    (0.1734 - 0.000393 * t) * Math.sin(m) +
    0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mp) +
    0.0161 * Math.sin(2 * mp) -
    0.0004 * Math.sin(3 * mp) +
    0.0104 * Math.sin(2 * f) -
    0.0051 * Math.sin(m + mp) -
    0.0074 * Math.sin(m - mp) +
    0.0004 * Math.sin(2 * f + m) -
    0.0004 * Math.sin(2 * f - m) -
    0.0006 * Math.sin(2 * f + mp) +
    0.001 * Math.sin(2 * f - mp) +
    0.0005 * Math.sin(2 * mp + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - deltaT;
}

/** The day (JDN, local) on which the k-th new moon falls: a lunar month starts that day. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/**
 * Which 30° sector (0–11, 0 from the March equinox) the sun is in at local
 * midnight starting day `dayJdn`. A month holding no sector change has no major
 * solar term (trung khí) and is the leap month.
 */
function sunSector(dayJdn: number): number {
  const t = (dayJdn - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525; // centuries from J2000.0
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m) +
    (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) +
    0.00029 * Math.sin(DR * 3 * m);
  let l = (l0 + dl) * DR;
  l -= 2 * Math.PI * Math.floor(l / (2 * Math.PI));
  return Math.floor((l / Math.PI) * 6);
}

const month11Cache = new Map<number, number>();

/**
 * JDN of the first day of lunar month 11 (the month holding the winter
 * solstice) that begins in Gregorian year y. The year is anchored on it.
 */
function month11(y: number): number {
  const cached = month11Cache.get(y);
  if (cached !== undefined) return cached;
  const k = Math.floor((jdn({ y, m: 12, d: 31 }) - 2415021) / SYNODIC_MONTH);
  let start = newMoonDay(k);
  // The sun already past 270° means this month began after the solstice.
  if (sunSector(start) >= 9) start = newMoonDay(k - 1);
  month11Cache.set(y, start);
  return start;
}

/** k of the new moon that starts the month on day `startJdn`. */
const moonIndex = (startJdn: number): number => Math.floor((startJdn - NEW_MOON_0) / SYNODIC_MONTH + 0.5);

/**
 * In a 13-month span starting at month 11 on day a11, the offset (1–12) of the
 * leap month: the first month with no major solar term.
 */
function leapOffset(a11: number): number {
  const k = moonIndex(a11);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Month number of the leap month in the span from month 11 on day a11, if any. */
function leapMonthInSpan(a11: number, b11: number): { offset: number; month: number } | undefined {
  if (b11 - a11 <= 365) return undefined;
  const offset = leapOffset(a11);
  return { offset, month: ((offset + 9) % 12) + 1 };
}

export function solarToLunar(d: CalDate): LunarDate {
  const day = jdn(d);
  // The true new moon strays up to ~14 h from the mean one, so stepping back
  // once is not always enough (2054-05-07 needs two steps; the original code
  // gave day 0 there).
  let k = Math.floor((day - NEW_MOON_0) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > day) monthStart = newMoonDay(--k);
  let a11 = month11(d.y);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = d.y;
    a11 = month11(d.y - 1);
  } else {
    year = d.y + 1;
    b11 = month11(d.y + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29); // months since month 11
  let month = diff + 11;
  let leap = false;
  const leapInfo = leapMonthInSpan(a11, b11);
  if (leapInfo && diff >= leapInfo.offset) {
    month = diff + 10;
    leap = diff === leapInfo.offset;
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 before the span's first Tết belong to the previous lunar year.
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day: day - monthStart + 1, leap };
}

/** First day (JDN) and length of a lunar month; undefined when there is no such leap month. */
function lunarMonthSpan(year: number, month: number, leap: boolean): { start: number; length: number } | undefined {
  const [a11, b11] = month < 11 ? [month11(year - 1), month11(year)] : [month11(year), month11(year + 1)];
  let off = (month - 11 + 12) % 12;
  const leapInfo = leapMonthInSpan(a11, b11);
  if (leap && leapInfo?.month !== month) return undefined;
  if (leapInfo && (leap || off >= leapInfo.offset)) off += 1;
  const k = moonIndex(a11) + off;
  const start = newMoonDay(k);
  return { start, length: newMoonDay(k + 1) - start };
}

function checkLunarArgs(year: number, month: number, day: number): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw new RangeError(`lunar date must be integers: ${day}/${month}/${year}`);
  }
  if (month < 1 || month > 12 || day < 1 || day > 30) {
    throw new RangeError(`no lunar date ${day}/${month}/${year}`);
  }
}

/** The solar date of a lunar date; throws when the day or the leap month does not exist. */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number, leap = false): CalDate {
  checkLunarArgs(lunarYear, lunarMonth, lunarDay);
  const span = lunarMonthSpan(lunarYear, lunarMonth, leap);
  if (!span) throw new RangeError(`lunar year ${lunarYear} has no leap month ${lunarMonth}`);
  if (lunarDay > span.length) {
    throw new RangeError(`lunar month ${lunarMonth}${leap ? ' (nhuận)' : ''}/${lunarYear} has ${span.length} days`);
  }
  return fromJdn(span.start + lunarDay - 1);
}

/** The month repeated as a leap month in a lunar year, or undefined in a 12-month year. */
export function leapMonthOf(lunarYear: number): number | undefined {
  // Months 1–10 sit in the span ending at month 11 of lunarYear, months 11–12 in the next.
  const early = leapMonthInSpan(month11(lunarYear - 1), month11(lunarYear));
  if (early && early.month <= 10) return early.month;
  const late = leapMonthInSpan(month11(lunarYear), month11(lunarYear + 1));
  if (late && late.month >= 11) return late.month;
  return undefined;
}

/**
 * When a yearly lunar observance (Tết 1/1, Giỗ Tổ 10/3) falls, taking the lunar
 * year that begins in `solarYear`. As customs do, a leap month never repeats the
 * observance (the regular month counts) and day 30 of a 29-day month falls on
 * day 29. Months 11–12 of that lunar year may fall in January of solarYear + 1.
 */
export function lunarDateInSolarYear(month: number, day: number, solarYear: number): CalDate {
  checkLunarArgs(solarYear, month, day);
  const span = lunarMonthSpan(solarYear, month, false)!;
  return fromJdn(span.start + Math.min(day, span.length) - 1);
}
