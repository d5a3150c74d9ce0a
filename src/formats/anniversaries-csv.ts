/**
 * `thidua anniversaries --format csv`: one row per day, RFC 4180 (CRLF), the
 * header in English so scripts need not know the language of the run.
 */
import type { RenderContext } from './render-context.js';
import { toISO } from '../model/date.js';
import type { AnniversaryReport } from '../views/anniversaries.js';
import { escapeCsvCell } from './escape.js';

const HEADER = ['date', 'id', 'title', 'years', 'mark', 'kind', 'sector', 'calendar', 'lunar', 'origin', 'source', 'confidence'];

/** The language is not used: codes, not labels, so the file reads the same from any run. */
export function anniversariesCsv(rep: AnniversaryReport, _ctx?: RenderContext): string {
  const lines = [HEADER.join(',')];
  for (const r of rep.rows) {
    const cells: (string | number)[] = [
      toISO(r.date),
      r.id,
      r.title,
      r.years ?? '',
      // `round`/`five` as stable codes; the label in the run's language would break scripts.
      r.round ? 'round' : r.five ? 'five' : '',
      r.kind,
      r.sector ?? '',
      r.calendar,
      r.lunar ? `${r.lunar.day}/${r.lunar.month}` : '',
      r.origin ? toISO(r.origin) : '',
      r.source ?? '',
      r.confidence,
    ];
    lines.push(cells.map(escapeCsvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
