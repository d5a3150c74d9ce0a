import type { LoadedDoc } from '../load/workspace.js';
import type { PlanDoc, ProgressDoc } from '../model/types.js';
import { inFileOrder, recordAt, recordKey, RecordIndex, RECORD_LISTS } from '../domain/record-keys.js';
import { defineRule, type Finding, type Params } from './support/rule.js';

const s = (v: unknown): string => String(v);
const HINT = {
  vi: () => 'Mỗi bản ghi chỉ ghi một lần trong các tệp tiến độ của cùng một kế hoạch; xóa bản ghi lặp.',
  en: () => "Give each record once across the plan's progress files; delete the repeat.",
};
const at = (p: Params): string => s(p.firstFile);

/** Several progress files make one record; the same record twice is a finding, not a double count. */
export default defineRule({
  id: 'records-unique',
  description: {
    vi: 'Không bản ghi nào (lượt chọn, hoạt động, kết quả chỉ tiêu, trạng thái nội dung, mốc) được ghi hai lần trong các tệp tiến độ của cùng một kế hoạch.',
    en: 'No record (selection, activity, target result, content status, milestone) is given twice across the progress files of one plan.',
  },
  severity: 'error',
  tier: 'default',
  messages: {
    selection: {
      vi: (p) => `Lượt chọn "${s(p.chosen)}" của "${s(p.by)}" cho chỉ tiêu "${s(p.quota)}" đã được ghi ở ${at(p)}.`,
      en: (p) => `The selection of "${s(p.chosen)}" by "${s(p.by)}" for quota "${s(p.quota)}" is already recorded in ${at(p)}.`,
      hint: HINT,
    },
    activity: {
      vi: (p) => `Hoạt động chào mừng "${s(p.commemorates)}" của "${s(p.by)}" ngày ${s(p.date)} đã được ghi ở ${at(p)}.`,
      en: (p) => `The activity for "${s(p.commemorates)}" by "${s(p.by)}" on ${s(p.date)} is already recorded in ${at(p)}.`,
      hint: HINT,
    },
    target: {
      vi: (p) => `Kết quả chỉ tiêu "${s(p.target)}" của "${s(p.by)}" (${s(p.achieved)}) đã được ghi ở ${at(p)}.`,
      en: (p) => `The result of "${s(p.by)}" on target "${s(p.target)}" (${s(p.achieved)}) is already recorded in ${at(p)}.`,
      hint: HINT,
    },
    'target-conflict': {
      vi: (p) => `Kết quả chỉ tiêu "${s(p.target)}" của "${s(p.by)}" được ghi hai lần với số khác nhau: ${s(p.firstAchieved)} (ở ${at(p)}) và ${s(p.achieved)}.`,
      en: (p) => `The result of "${s(p.by)}" on target "${s(p.target)}" is given twice with different figures: ${s(p.firstAchieved)} (in ${at(p)}) and ${s(p.achieved)}.`,
      hint: { vi: () => 'Giữ một bản ghi với số đúng và xóa bản ghi còn lại.', en: () => 'Keep one record with the right figure and delete the other.' },
    },
    content: {
      vi: (p) => `Trạng thái "${s(p.status)}" của nội dung "${s(p.content)}" do "${s(p.by)}" báo cáo cùng ngày đã được ghi ở ${at(p)}.`,
      en: (p) => `Status "${s(p.status)}" of content item "${s(p.content)}" by "${s(p.by)}" on the same day is already recorded in ${at(p)}.`,
      hint: HINT,
    },
    milestone: {
      vi: (p) => `Mốc "${s(p.milestone)}" của "${s(p.by)}" đã được ghi hoàn thành ở ${at(p)}.`,
      en: (p) => `Milestone "${s(p.milestone)}" of "${s(p.by)}" is already recorded as done in ${at(p)}.`,
      hint: HINT,
    },
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
    const byPlan = new Map<LoadedDoc<PlanDoc>, LoadedDoc<ProgressDoc>[]>();
    for (const { doc, match: { plan } } of scope.progress()) {
      const docs = plan && byPlan.get(plan);
      if (docs) docs.push(doc);
      else if (plan) byPlan.set(plan, [doc]);
    }
    const note = ws.lang === 'vi' ? 'Bản ghi đã có ở đây' : 'First recorded here';
    for (const docs of byPlan.values()) {
      // Each identity remembers only the doc it came first in; a repeat finds the index again, so
      // the tens of thousands of records that are not repeated build no record, nor key text.
      const seen = new RecordIndex<LoadedDoc<ProgressDoc>>();
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
