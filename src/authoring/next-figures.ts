/**
 * Figures carried over by `thidua new`: a target's count or value and a
 * quota's min and max are last year's (or last drive's) numbers. They are
 * kept, listed for the clerk, and marked in the file with a comment on their
 * line (`# TODO xác nhận: …`) that the clerk removes once the number is
 * confirmed; a line that already has a comment, or one where a comment would
 * change the data, is not marked (the listing still names it).
 */
import type { Node } from 'yaml';
import type { DataPath } from '../model/types.js';
import { mapAt, seqAt, str, type Ctx } from './next-ctx.js';
import { lineEnd, type Edit } from './source-edits.js';

export const TODO_FIGURE = 'TODO xác nhận';

const KEYS: Record<string, string[]> = { targets: ['count', 'value'], quotas: ['min', 'max'] };

const under = (path: DataPath, prefix: DataPath): boolean => prefix.every((p, i) => path[i] === p);

export function figureEdits(ctx: Ctx): Edit[] {
  const { source, doc, r } = ctx;
  const byLine = new Map<number, string[]>();
  seqAt(doc.get('movements', true))?.items.forEach((item, i) => {
    const m = mapAt(item);
    if (r.dropped.some((d) => d.kind === 'movement' && under(['movements', i], d.path))) return;
    for (const [list, keys] of Object.entries(KEYS)) {
      seqAt(m?.get(list, true))?.items.forEach((t, j) => {
        const tm = mapAt(t);
        const id = str(tm?.get('id', true)) ?? `#${j}`;
        const unit = str(tm?.get('unit', true));
        for (const key of keys) {
          const node = tm?.get(key, true) as (Node & { value?: unknown }) | undefined;
          if (!node?.range || typeof node.value !== 'number') continue;
          r.figures.push({ path: ['movements', i, list, j, key], id, key, value: node.value, ...(unit && { unit }) });
          const end = lineEnd(source, node.range[1]);
          const words = byLine.get(end) ?? [];
          words.push(`${key} ${node.value}${unit ? ` ${unit}` : ''}`);
          byLine.set(end, words);
        }
      });
    }
  });
  const edits: Edit[] = [];
  for (const [end, words] of byLine) {
    const start = source.lastIndexOf('\n', end - 2) + 1;
    const line = source.slice(start, end).replace(/\r?\n$/, '');
    // A comment already there (the clerk's, or last run's TODO) is left alone.
    if (line.includes('#')) continue;
    const at = start + line.length;
    edits.push({ start: at, end: at, text: `  # ${TODO_FIGURE}: ${words.join(', ')} (số liệu của kế hoạch trước)` });
  }
  return edits;
}
