import { plans, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import { isDraftNumber } from '../model/docnumber.js';
import type { DataPath } from '../model/types.js';
import { firsts, hasRepeat, movementItemPath, repeatAcross } from './support/helpers.js';
import { note } from './support/plan-helpers.js';
import { defineRule, type Finding, type Params } from './support/rule.js';
import { messages, type MessageId } from './messages/unique-ids.js';

const LISTS = ['movements', 'phases', 'anniversaries', 'milestones'] as const;
const INNER = ['quotas', 'targets', 'contents'] as const;

/** An id names one thing: a reference to a duplicated id cannot say which it means. */
export default defineRule({
  id: 'unique-ids',
  description: { vi: 'Mỗi mã chỉ dùng một lần trong danh sách của nó; mỗi kế hoạch có số, ký hiệu riêng trong năm.', en: 'Each id is used once in its collection; each plan has its own number in its year.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws, scope }) {
    const out: Finding<MessageId>[] = [];
    const firstHere = note(ws, 'Khai báo lần đầu ở đây', 'First declared here');
    const report = (doc: LoadedDoc, path: DataPath, params: Params, [firstDoc, first]: [LoadedDoc, DataPath], messageId?: MessageId): void => {
      out.push({ doc, path, params, related: [{ doc: firstDoc, path: first, note: firstHere }], ...(messageId ? { messageId } : {}) });
    };
    // Unit ids are the folder's: the files of one folder make one unit map. A folder whose map
    // grew by all its units has no repeat (scope.unitIdsDistinct), nearly every folder.
    const folders = new Map<string, ReturnType<typeof firsts<[LoadedDoc, DataPath]>>>();
    for (const doc of unitsDocs(ws)) {
      if (scope.unitIdsDistinct(doc.file.dir)) continue;
      const first = folders.get(doc.file.dir) ?? folders.set(doc.file.dir, firsts()).get(doc.file.dir)!;
      doc.data.units.forEach(({ id }, i) => {
        const f = first(id, [doc, ['units', i, 'id']]);
        if (f) report(doc, ['units', i, 'id'], { what: 'units', id }, f);
      });
    }
    for (const doc of plans(ws)) {
      // Tens of thousands of ids in lists of a handful, nearly all unique: a list is looked at
      // pair by pair first (hasRepeat, no Map), and gone through again only when it has a repeat.
      const once = (what: string, list: readonly { id: string }[] | undefined, at: (i: number) => DataPath): void => {
        if (!list || !hasRepeat(list)) return;
        const first = firsts<[LoadedDoc, DataPath]>();
        list.forEach(({ id }, i) => {
          const f = first(id, [doc, at(i)]);
          if (f) report(doc, at(i), { what, id }, f);
        });
      };
      for (const k of LISTS) once(k, doc.data[k], (i) => [k, i, 'id']);
      const ms = doc.data.movements ?? [];
      // A quota, target or content id is the plan's, whichever movement holds it.
      for (const k of INNER) if (repeatAcross(ms, k)) once(k, ms.flatMap((m) => m[k] ?? []), (n) => movementItemPath(ms, k, n));
      ms.forEach((m, i) => m.quotas?.forEach((qu, j) => once('forms', qu.forms, (k) => ['movements', i, 'quotas', j, 'forms', k, 'id'])));
    }
    // The issuer is the unit the id resolves to, so two provinces' `so-tu-phap` stay apart.
    const numbered = firsts<[LoadedDoc, DataPath]>();
    for (const d of plans(ws)) {
      const { id, year, issuer } = d.data;
      if (isDraftNumber(id)) continue;
      const e = issuer ? scope.unitsFor(d).get(issuer) : undefined;
      const f = numbered(`${e ? `${e.doc.file.abs}#${e.doc.index}#${e.index}` : `${d.file.dir}#${issuer}`}|${year}|${id}`, [d, ['id']]);
      if (f) report(d, ['id'], { id, year, issuer }, f, 'plan');
    }
    return out;
  },
});

