/**
 * The schedule as CSV (RFC 4180, CRLF, UTF-8 with a BOM), one row per item,
 * the columns documented in docs/schedule.md. Cells go through escapeCsvCell,
 * which also defuses spreadsheet formulas.
 */
import { toISO } from '../model/date.js';
import type { ScheduleView } from '../views/schedule.js';
import { csvDocument, ownerCode } from './shared-text.js';

export const SCHEDULE_CSV_COLUMNS = ['type', 'id', 'title', 'start', 'end', 'years', 'round', 'five', 'phase', 'owner', 'owner_names', 'state', 'days', 'as_of'] as const;

export function scheduleCsv(v: ScheduleView): string {
  const bool = (b: boolean | undefined, applies: boolean): string => (applies ? String(Boolean(b)) : '');
  const rows = v.items.map((i) => [
    i.type,
    i.id,
    i.title,
    toISO(i.start),
    toISO(i.end),
    i.years ?? '',
    bool(i.round, i.type === 'anniversary'),
    bool(i.five, i.type === 'anniversary'),
    i.phase ?? '',
    ownerCode(i.owner),
    (i.owners ?? []).map((u) => u.name).join('; '),
    i.state,
    i.days,
    toISO(v.asOf),
  ]);
  return csvDocument([[...SCHEDULE_CSV_COLUMNS], ...rows]);
}
