/**
 * The shipped catalogue of commemorative days (data/anniversaries.json, built
 * from the domain brief's anniversaries.yaml) and when each falls in a year.
 * Ordinals are always computed from the origin, never copied: published
 * schedules often get them wrong.
 */
import { readFileSync } from 'node:fs';
import { type CalDate, date, inYear, isValidDate, parseDate } from './date.js';
import { lunarDateInSolarYear } from './lunar.js';
import { packagePath } from './package-root.js';

/** major = ngày lễ lớn (NĐ 145/2013 Điều 4); tradition = a sector's founding day; observance = the rest. */
export type AnniversaryKind = 'major' | 'tradition' | 'observance';
/** verified = read in a primary text or a verbatim quotation; secondary = verify before relying on it. */
export type Confidence = 'verified' | 'secondary';

export interface CatalogueEntry {
  readonly id: string;
  readonly title: string;
  readonly kind: AnniversaryKind;
  /** The sector whose tradition day it is (e.g. `tu-phap`), when it belongs to one. */
  readonly sector?: string;
  readonly calendar: 'solar' | 'lunar';
  /** The first event; absent for recurring days with no ordinal (Tết, Ngày Pháp luật…). */
  readonly origin?: CalDate;
  /** The day of the year: the origin's for solar entries with one, the lunar day for lunar ones. */
  readonly month: number;
  readonly day: number;
  readonly source?: string;
  readonly confidence: Confidence;
}

export interface Occurrence {
  readonly id: string;
  readonly title: string;
  readonly date: CalDate;
  /** Plan year − origin year; absent with no origin or before the origin year. */
  readonly years?: number;
  /** Năm tròn: the ordinal ends in 0 (a sector's day gets a ceremony only then, NĐ 111/2018 Điều 4 khoản 3). */
  readonly round: boolean;
  /** Năm lẻ 5: the ordinal ends in 5. */
  readonly five: boolean;
  readonly kind: AnniversaryKind;
  readonly sector?: string;
  readonly source?: string;
  readonly confidence: Confidence;
}

const KINDS: readonly string[] = ['major', 'tradition', 'observance'];
const CONFIDENCES: readonly string[] = ['verified', 'secondary'];

/**
 * Turns one raw JSON record into an entry. The file ships with the package, so
 * a malformed record is a packaging bug: fail loudly rather than mis-date a plan.
 */
function toEntry(raw: unknown, index: number): CatalogueEntry {
  const fail = (why: string): never => {
    throw new Error(`data/anniversaries.json entry ${index}: ${why}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('not an object');
  const r = raw as Record<string, unknown>;
  const str = (k: string, required: boolean): string | undefined => {
    const v = r[k];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.trim() === '') return fail(`${k} must be a non-empty string`);
    return v.normalize('NFC');
  };
  const id = str('id', true)!;
  const title = str('title', true)!;
  const kind = str('kind', true)!;
  if (!KINDS.includes(kind)) fail(`unknown kind ${kind}`);
  const confidence = str('confidence', true)!;
  if (!CONFIDENCES.includes(confidence)) fail(`unknown confidence ${confidence}`);
  const calendar = str('calendar', false) ?? 'solar';
  if (calendar !== 'solar' && calendar !== 'lunar') fail(`unknown calendar ${calendar}`);
  const originText = str('origin', false);
  const origin = originText === undefined ? undefined : parseDate(originText);
  if (originText !== undefined && !origin) fail(`origin ${originText} is not a date`);
  if (calendar === 'lunar' && origin) fail('a lunar entry cannot take a solar origin');
  let month = r['month'];
  let day = r['day'];
  if (origin) {
    if (month !== undefined || day !== undefined) fail('give either origin or month/day, not both');
    [month, day] = [origin.m, origin.d];
  }
  if (typeof month !== 'number' || typeof day !== 'number') return fail('needs an origin or a month and day');
  // A lunar day is checked against a 30-day month; a solar one against a leap year so 29/2 passes.
  const valid =
    calendar === 'lunar'
      ? Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= 30
      : isValidDate(2000, month, day);
  if (!valid) fail(`no ${calendar} day ${day}/${month}`);
  const entry: CatalogueEntry = {
    id,
    title,
    kind: kind as AnniversaryKind,
    calendar: calendar as 'solar' | 'lunar',
    month,
    day,
    confidence: confidence as Confidence,
  };
  const sector = str('sector', false);
  const source = str('source', false);
  return {
    ...entry,
    ...(sector !== undefined && { sector }),
    ...(origin !== undefined && { origin }),
    ...(source !== undefined && { source }),
  };
}

export function parseCatalogue(json: string): CatalogueEntry[] {
  const raw: unknown = JSON.parse(json);
  if (!Array.isArray(raw)) throw new Error('data/anniversaries.json must hold an array');
  const entries = raw.map(toEntry);
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`data/anniversaries.json: duplicate id ${e.id}`);
    seen.add(e.id);
  }
  return entries;
}

let cache: readonly CatalogueEntry[] | undefined;
let byId: Map<string, CatalogueEntry> | undefined;

/** Every catalogue entry, in file order. Loaded once; callers get their own array. */
export function catalogue(): CatalogueEntry[] {
  cache ??= Object.freeze(parseCatalogue(readFileSync(packagePath('data', 'anniversaries.json'), 'utf8')));
  return [...cache];
}

export function findEntry(id: string): CatalogueEntry | undefined {
  byId ??= new Map(catalogue().map((e) => [e.id, e]));
  return byId.get(id.normalize('NFC'));
}

/** "N năm" in `year` of an event in `originYear`; undefined before the event. */
export function ordinal(originYear: number, year: number): number | undefined {
  return year >= originYear ? year - originYear : undefined;
}

/** When an entry falls in a Gregorian year, and which anniversary that is. */
export function occurrence(entry: CatalogueEntry, year: number): Occurrence {
  let when: CalDate;
  if (entry.calendar === 'lunar') when = lunarDateInSolarYear(entry.month, entry.day, year);
  else if (entry.origin) when = inYear(entry.origin, year); // 29/2 falls on 28/2 in common years
  else when = inYear(date(2000, entry.month, entry.day), year);
  const years = entry.origin ? ordinal(entry.origin.y, year) : undefined;
  // Year 0 is the event itself, not an anniversary: it is neither round nor five.
  const counted = years !== undefined && years > 0;
  return {
    id: entry.id,
    title: entry.title,
    date: when,
    ...(years !== undefined && { years }),
    round: counted && years % 10 === 0,
    five: counted && years % 10 === 5,
    kind: entry.kind,
    ...(entry.sector !== undefined && { sector: entry.sector }),
    ...(entry.source !== undefined && { source: entry.source }),
    confidence: entry.confidence,
  };
}
