/** `thidua anniversaries` for a terminal: aligned columns, the titles wrapped to the width, user-visible text escaped. */
import type { RenderContext } from './render-context.js';
import { toVN } from '../model/date.js';
import type { AnniversaryReport } from '../views/anniversaries.js';
import { heading, markOf, secondaryNote, titleOf } from './anniversaries-labels.js';
import { escapeTerminal } from './escape.js';
import { DEFAULT_WIDTH, displayWidth, fitWidths, wrapText } from './terminal-table.js';

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - displayWidth(s)));

export function anniversariesTable(rep: AnniversaryReport, { lang, width: columns }: RenderContext): string {
  const vi = lang === 'vi';
  const head = vi ? ['Ngày', 'Số năm', 'Năm tròn/lẻ 5', 'Mã', 'Tên'] : ['Date', 'Years', 'Round/5', 'Id', 'Title'];
  const rows = rep.rows.map((r) => [
    toVN(r.date),
    r.years === undefined ? '' : String(r.years),
    markOf(r, lang),
    r.id,
    escapeTerminal(titleOf(r, lang)) + (r.confidence === 'secondary' ? ' *' : ''),
  ]);
  // Borderless, two blanks between columns: fitWidths counts borders and padding, three columns each plus one.
  const n = head.length;
  const gaps = 2 * (n - 1) - (3 * n + 1);
  const all = [head, ...rows];
  const widths = fitWidths(
    head.map((_h, i) => Math.max(...all.map((r) => displayWidth(r[i]!)))),
    head.map((_h, i) => Math.max(...all.map((r) => Math.max(...r[i]!.split(' ').map((w) => (i < 2 ? displayWidth(r[i]!) : Math.min(12, displayWidth(w)))))))),
    head.map((_h, i) => i < 2),
    (columns ?? DEFAULT_WIDTH) - gaps,
  );
  // Each cell wrapped to its column; the last column is not padded: trailing blanks only make copied lines dirty.
  const line = (cells: string[]): string[] => {
    const wrapped = cells.map((c, i) => wrapText(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_x, k) => wrapped.map((w, i) => (i === n - 1 ? (w[k] ?? '') : pad(w[k] ?? '', widths[i]!))).join('  ').trimEnd());
  };
  const out = [...wrapText(escapeTerminal(heading(rep, lang)), columns ?? DEFAULT_WIDTH), '', ...line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  out.push(...rows.flatMap(line));
  out.push('', vi ? `${rows.length} ngày` : `${rows.length} ${rows.length === 1 ? 'day' : 'days'}`);
  if (rep.rows.some((r) => r.confidence === 'secondary')) out.push(...wrapText(secondaryNote(lang), columns ?? DEFAULT_WIDTH));
  return out.join('\n') + '\n';
}
