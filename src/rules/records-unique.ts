import type { LoadedDoc } from '../load/workspace.js';
import type { PlanDoc, ProgressDoc } from '../model/types.js';
import { inFileOrder, recordAt, recordKey, RecordIndex, RECORD_LISTS } from '../domain/record-keys.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/records-unique.js';

/** Several progress files make one record; the same record twice is a finding, not a double count. */
export default defineRule({
  id: 'records-unique',
  description: {
    vi: 'Không bản ghi nào (lượt chọn, hoạt động, kết quả chỉ tiêu, trạng thái nội dung, mốc) được ghi hai lần trong các tệp tiến độ của cùng một kế hoạch.',
    en: 'No record (selection, activity, target result, content status, milestone) is given twice across the progress files of one plan.',
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws, scope }) {
    const out: Finding<MessageId>[] = [];
    const byPlan = new Map<LoadedDoc<PlanDoc>, LoadedDoc<ProgressDoc>[]>();
    for (const { doc, match: { plan } } of scope.progress()) {
      const docs = plan && byPlan.get(plan);
      if (docs) docs.push(doc);
      else if (plan) byPlan.set(plan, [doc]);
    }
    const note = ws.lang === 'vi' ? 'Bản ghi đã có ở đây' : 'First recorded here';
    // Each identity remembers only the doc it came first in; a repeat finds the index again, so
    // the tens of thousands of records that are not repeated build no record, nor key text.
    const seen = new RecordIndex<LoadedDoc<ProgressDoc>>();
    for (const docs of byPlan.values()) {
      seen.clear();
      for (const doc of inFileOrder(docs)) {
        for (const list of RECORD_LISTS) {
          const n = doc.data[list]?.length ?? 0;
          for (let i = 0; i < n; i++) {
            const f = seen.firstOrAdd(doc.data, list, i, doc);
            if (!f) continue;
            const key = recordKey(doc.data, list, i);
            const rec = recordAt(doc.data, list, i);
            let k = 0; // the first record of `f` with this key
            while (recordKey(f.data, list, k) !== key) k++;
            const first = recordAt(f.data, list, k);
            const conflict = rec.kind === 'target' && rec.achieved !== first.achieved;
            const params = { ...rec.params, firstFile: f.file.path, firstAchieved: first.achieved };
            out.push({ doc, path: rec.path, messageId: conflict ? 'target-conflict' : rec.kind, params, related: [{ doc: f, path: first.path, note }] });
          }
        }
      }
    }
    return out;
  },
});
