import type { Diagnostic, Lang, Severity } from './diagnostic.js';

/**
 * Findings shown per file. A 10 MiB file can hold hundreds of thousands of
 * mistakes; past this many, one more finding counts the rest, so the output
 * and the time to make it stay bounded whatever the file.
 */
export const MAX_PER_FILE = 100;

/** The note that explains where a file's findings are placed: it is kept past the cap, or they would make no sense. */
export const PINNED = 'load/not-placed';

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings of a file left out before the list was sorted (src/diagnostics/bounded.ts): how many, the worst severity. */
export interface Dropped {
  count: number;
  severity: Severity;
}

/**
 * Keeps the first MAX_PER_FILE findings of each file (the list is sorted) and
 * puts in their place, at the first one left out, a finding that says how
 * many more there are; `unshown` adds findings the loader counted but never
 * made, `dropped` those BoundedFindings counted but did not keep.
 */
export function capPerFile(sorted: Diagnostic[], lang: Lang, unshown: ReadonlyMap<string, number> = new Map(), dropped: ReadonlyMap<string, Dropped> = new Map()): Diagnostic[] {
  const out: Diagnostic[] = [];
  let i = 0;
  while (i < sorted.length) {
    const file = sorted[i]!.file;
    let j = i;
    while (j < sorted.length && sorted[j]!.file === file) j++;
    const extra = unshown.get(file) ?? 0;
    const gone = dropped.get(file) ?? { count: 0, severity: 'info' };
    if (j - i <= MAX_PER_FILE && extra === 0 && gone.count === 0) out.push(...sorted.slice(i, j));
    else {
      const kept = sorted.slice(i, Math.min(j, i + MAX_PER_FILE));
      const hidden = sorted.slice(i + kept.length, j).filter((d) => d.code !== PINNED);
      out.push(...kept, ...sorted.slice(i + kept.length, j).filter((d) => d.code === PINNED));
      out.push(moreFinding(file, hidden, extra, kept[kept.length - 1] ?? sorted[i]!, lang, gone));
    }
    i = j;
  }
  return out;
}

/** The finding that stands for those left out: `hidden` in order (the first is where it is placed), and those only counted. */
function moreFinding(file: string, hidden: Diagnostic[], extra: number, after: Diagnostic, lang: Lang, dropped: Dropped): Diagnostic {
  const n = hidden.length + extra + dropped.count;
  let severity: Severity = extra > 0 ? 'error' : dropped.severity;
  for (const d of hidden) if (rank[d.severity] < rank[severity]) severity = d.severity;
  const at = hidden[0] ?? after;
  // The loader counts raw schema errors it did not explain; a few of those fold into one finding.
  const about = extra > 0;
  const message =
    lang === 'vi'
      ? `Còn ${about ? 'khoảng ' : ''}${n} vấn đề nữa trong tệp này không được liệt kê (chỉ hiện ${MAX_PER_FILE} vấn đề đầu tiên của mỗi tệp).`
      : `${about ? 'About ' : ''}${n} more ${n === 1 ? 'problem' : 'problems'} in this file ${n === 1 ? 'is' : 'are'} not listed (only the first ${MAX_PER_FILE} of each file are shown).`;
  const hint = lang === 'vi' ? 'Sửa các vấn đề trên rồi chạy lại để xem tiếp.' : 'Fix the problems above and run again to see the rest.';
  return { code: 'more-findings', severity, message, hint, file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 };
}
