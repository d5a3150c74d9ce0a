import type { LoadedDoc } from '../load/workspace.js';
import { progressDocs } from '../load/workspace.js';
import type { DataPath, PlanDoc, ProgressDoc } from '../model/types.js';
import { byFileOrder, progressRecords, type ProgressRecord } from './ref-helpers.js';
import { defineRule, type Finding, type Params } from './rule.js';

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
    vi: 'Không bản ghi nào (lượt chọn, hoạt động, kết quả chỉ tiêu, mốc) được ghi hai lần trong các tệp tiến độ của cùng một kế hoạch.',
    en: 'No record (selection, activity, target result, milestone) is given twice across the progress files of one plan.',
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
    milestone: {
      vi: (p) => `Mốc "${s(p.milestone)}" của "${s(p.by)}" đã được ghi hoàn thành ở ${at(p)}.`,
      en: (p) => `Milestone "${s(p.milestone)}" of "${s(p.by)}" is already recorded as done in ${at(p)}.`,
      hint: HINT,
    },
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
    const byPlan = new Map<LoadedDoc<PlanDoc>, LoadedDoc<ProgressDoc>[]>();
    for (const doc of progressDocs(ws)) {
      const plan = scope.planFor(doc).plan;
      if (plan) byPlan.set(plan, [...(byPlan.get(plan) ?? []), doc]);
    }
    const note = ws.lang === 'vi' ? 'Bản ghi đã có ở đây' : 'First recorded here';
    for (const docs of byPlan.values()) {
      const seen = new Map<string, { doc: LoadedDoc; path: DataPath; rec: ProgressRecord }>();
      for (const doc of docs.sort(byFileOrder)) {
        for (const rec of progressRecords(doc.data)) {
          const first = rec.key === undefined ? undefined : seen.get(rec.key);
          if (rec.key !== undefined && !first) seen.set(rec.key, { doc, path: rec.path, rec });
          if (!first) continue;
          const conflict = rec.kind === 'target' && rec.achieved !== first.rec.achieved;
          const params = { ...rec.params, firstFile: first.doc.file.path, firstAchieved: first.rec.achieved };
          out.push({ doc, path: rec.path, messageId: conflict ? 'target-conflict' : rec.kind, params, related: [{ doc: first.doc, path: first.path, note }] });
        }
      }
    }
    return out;
  },
});
