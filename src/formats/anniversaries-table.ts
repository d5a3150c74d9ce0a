/** `thidua anniversaries` for a terminal: aligned columns, user-visible text escaped. */
import type { RenderContext } from './render-context.js';
import { toVN } from '../model/date.js';
import type { AnniversaryReport } from '../views/anniversaries.js';
import { heading, markOf, secondaryNote, titleOf } from './anniversaries-labels.js';
import { escapeTerminal } from './escape.js';

/** Width on a terminal: combining marks take no cell (the catalogue is NFC, but be safe). */
const width = (s: string): number => [...s.replace(/\p{M}/gu, '')].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

export function anniversariesTable(rep: AnniversaryReport, { lang }: RenderContext): string {
  const vi = lang === 'vi';
  const head = vi ? ['Ngày', 'Số năm', 'Năm tròn/lẻ 5', 'Mã', 'Tên'] : ['Date', 'Years', 'Round/5', 'Id', 'Title'];
  const rows = rep.rows.map((r) => [
    toVN(r.date),
    r.years === undefined ? '' : String(r.years),
    markOf(r, lang),
    r.id,
    escapeTerminal(titleOf(r, lang)) + (r.confidence === 'secondary' ? ' *' : ''),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  // The last column is not padded: trailing blanks only make copied lines dirty.
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  const out = [escapeTerminal(heading(rep, lang)), '', line(head), line(widths.map((w) => '-'.repeat(w)))];
  out.push(...rows.map(line));
  out.push('', vi ? `${rows.length} ngày` : `${rows.length} ${rows.length === 1 ? 'day' : 'days'}`);
  if (rep.rows.some((r) => r.confidence === 'secondary')) out.push(secondaryNote(lang));
  return out.join('\n') + '\n';
}
