/**
 * The checklist as CSV (RFC 4180, CRLF, UTF-8 with a BOM), one row per box,
 * the columns documented in docs/checklist.md; the text columns use the
 * chosen language. Cells go through escapeCsvCell (formula guard included).
 */
import type { RenderContext } from './render-context.js';
import { toISO } from '../model/date.js';
import type { ChecklistView } from '../views/checklist.js';
import { csvDocument } from './shared-text.js';
import { evidenceText, groupTitle, itemText, progressText } from './checklist-text.js';

export const CHECKLIST_CSV_COLUMNS = ['group', 'kind', 'id', 'owner', 'owner_name', 'text', 'due', 'done', 'progress', 'overdue', 'days', 'evidence', 'as_of'] as const;

export function checklistCsv(v: ChecklistView, o: RenderContext): string {
  const rows = v.groups.flatMap((g) =>
    g.items.map((i) => [
      groupTitle(g, o.lang),
      i.kind,
      i.id,
      i.owner?.id ?? '',
      i.owner?.name ?? '',
      itemText(i, o.lang, false),
      toISO(i.due),
      String(i.done),
      progressText(i).replace(/^\[|\]$/g, ''),
      String(i.overdue),
      i.days,
      i.evidence.map((e) => evidenceText(e, i, o.lang)).join(' | '),
      toISO(v.asOf),
    ]),
  );
  return csvDocument([[...CHECKLIST_CSV_COLUMNS], ...rows]);
}
