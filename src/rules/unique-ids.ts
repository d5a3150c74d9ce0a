import { plans, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import { isDraftNumber } from '../model/docnumber.js';
import type { DataPath, UnitsDoc } from '../model/types.js';
import { hasRepeat, repeatAcross } from './support/helpers.js';
import { note } from './support/plan-helpers.js';
import { defineRule, type Finding, type Params } from './support/rule.js';
import { messages, type MessageId } from './messages/unique-ids.js';

type Id = { id: string };
const LISTS = ['movements', 'phases', 'anniversaries', 'milestones'] as const;
const INNER = ['quotas', 'targets', 'contents'] as const;
const indexOf = (list: readonly Id[], id: string): number => list.findIndex((x) => x.id === id);

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
    const report = (doc: LoadedDoc, path: DataPath, params: Params, first: DataPath, firstDoc = doc, messageId?: MessageId): void => {
      out.push({ doc, path, params, related: [{ doc: firstDoc, path: first, note: firstHere }], ...(messageId ? { messageId } : {}) });
    };
    // Tens of thousands of ids, nearly all unique, in lists of a handful: a list is looked at
    // pair by pair first (hasRepeat, no Set), and only a list with a repeat is gone through again
    // for paths and first positions.
    const once = (doc: LoadedDoc, what: string, list: readonly Id[] | undefined, at: (i: number) => DataPath): void => {
      if (!list || !hasRepeat(list)) return;
      const seen = new Set<string>();
      list.forEach((x, i) => (seen.has(x.id) ? report(doc, at(i), { what, id: x.id }, at(indexOf(list, x.id))) : seen.add(x.id)));
    };
    const dirs = new Map<string, LoadedDoc<UnitsDoc>[]>();
    for (const doc of unitsDocs(ws)) {
      const l = dirs.get(doc.file.dir);
      if (l) l.push(doc);
      else dirs.set(doc.file.dir, [doc]);
    }
    for (const [dir, docs] of dirs) {
      // A folder whose unit map grew by all its units has no repeat (nor any shadowed unit).
      if (scope.unitIdsDistinct(dir)) continue;
      const seen = new Map<string, LoadedDoc<UnitsDoc>>();
      for (const doc of docs) {
        const units = doc.data.units;
        for (let i = 0; i < units.length; i++) {
          const id = units[i]!.id;
          const f = seen.get(id);
          if (!f) seen.set(id, doc);
          else report(doc, ['units', i, 'id'], { what: 'units', id }, ['units', indexOf(f.data.units, id), 'id'], f);
        }
      }
    }
    for (const doc of plans(ws)) {
      for (const k of LISTS) once(doc, k, doc.data[k], (i) => [k, i, 'id']);
      const ms = doc.data.movements ?? [];
      for (const k of INNER) {
        if (!repeatAcross(ms, k)) continue;
        const seen = new Map<string, number>(); // id → the movement it came first in
        ms.forEach((m, i) =>
          m[k]?.forEach((x, j) => {
            const f = seen.get(x.id);
            if (f === undefined) seen.set(x.id, i);
            else report(doc, ['movements', i, k, j, 'id'], { what: k, id: x.id }, ['movements', f, k, indexOf(ms[f]![k]!, x.id), 'id']);
          }),
        );
      }
      ms.forEach((m, i) => m.quotas?.forEach((qu, j) => once(doc, 'forms', qu.forms, (k) => ['movements', i, 'quotas', j, 'forms', k, 'id'])));
    }
    // The issuer is the unit the id resolves to, so two provinces' `so-tu-phap` stay apart.
    const numbered = new Map<string, LoadedDoc>();
    for (const d of plans(ws)) {
      const { id, year, issuer } = d.data;
      if (isDraftNumber(id)) continue;
      const e = issuer ? scope.unitsFor(d).get(issuer) : undefined;
      const key = `${e ? `${e.doc.file.abs}#${e.doc.index}#${e.index}` : `${d.file.dir}#${issuer}`}|${year}|${id}`;
      const f = numbered.get(key);
      if (!f) numbered.set(key, d);
      else report(d, ['id'], { id, year, issuer }, ['id'], f, 'plan');
    }
    return out;
  },
});
