import { plans } from '../load/workspace.js';
import { closest } from '../model/text.js';
import type { DataPath } from '../model/types.js';
import { planIdSets, unknownRef } from './support/ref-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { waiverRefProblem } from './support/waiver-refs.js';

const NO_RULES: ReadonlySet<string> = new Set();
const IN_PLAN = { vi: 'trong kế hoạch ({field})', en: 'in the plan ({field})' };

/** Ids a plan uses inside itself name something the same plan declares. */
export default defineRule({
  id: 'plan-references-resolve',
  description: {
    vi: 'Các mã dùng bên trong kế hoạch (ngày kỷ niệm, văn bản căn cứ, phong trào, nghĩa vụ được miễn) đều được chính kế hoạch khai báo.',
    en: 'The ids a plan uses inside itself (anniversaries, basis documents, movements, waived obligations) are declared in the plan.',
  },
  severity: 'error',
  tier: 'default',
  messages: {
    'unknown-anniversary': unknownRef({ vi: 'ngày kỷ niệm', en: 'anniversary' }, IN_PLAN, {
      vi: 'Khai báo ngày kỷ niệm này trong anniversaries của kế hoạch.',
      en: "Declare the anniversary in the plan's anniversaries.",
    }),
    'unknown-basis': unknownRef({ vi: 'văn bản căn cứ', en: 'basis document' }, IN_PLAN, {
      vi: 'Thêm văn bản này vào basis của kế hoạch (ref, date, issuer, title).',
      en: "Add the document to the plan's basis (ref, date, issuer, title).",
    }),
    'unknown-movement': unknownRef({ vi: 'phong trào', en: 'movement' }, IN_PLAN, {
      vi: 'Dùng mã một phong trào trong movements của kế hoạch.',
      en: "Use the id of a movement in the plan's movements.",
    }),
    'unknown-obligation': unknownRef({ vi: 'nghĩa vụ được miễn', en: 'waived obligation' }, IN_PLAN, {
      vi: 'Ghi mã một chỉ tiêu, chỉ tiêu chọn điểm, mốc thời hạn hoặc ngày kỷ niệm của kế hoạch, hoặc mã một quy tắc kiểm tra (thidua rules).',
      en: 'Name a target, quota, milestone or anniversary of the plan, or a check rule (thidua rules).',
    }),
    'unknown-rule': unknownRef({ vi: 'quy tắc kiểm tra được miễn', en: 'waived check rule' }, { vi: 'trong danh sách quy tắc', en: 'among the rules' }, {
      vi: 'Ghi mã một quy tắc trong danh sách của lệnh thidua rules.',
      en: 'Name a rule listed by thidua rules.',
    }),
  },
  check({ ws, ruleIds = NO_RULES }) {
    const out: Finding[] = [];
    for (const doc of plans(ws)) {
      const p = doc.data;
      const ids = planIdSets(p);
      // Set lookups, and a path only for an id the plan does not declare.
      const ref = (path: DataPath, value: string, declared: ReadonlySet<string>, messageId: string): void => {
        out.push({ doc, path, messageId, params: { value, field: path.filter((s) => typeof s === 'string').join('.'), suggestion: closest(value, declared) } });
      };
      p.phases?.forEach((ph, i) => ph.commemorates?.forEach((a, j) => ids.anniversaries.has(a) || ref(['phases', i, 'commemorates', j], a, ids.anniversaries, 'unknown-anniversary')));
      p.movements?.forEach((m, i) => {
        m.commemorates?.forEach((a, j) => ids.anniversaries.has(a) || ref(['movements', i, 'commemorates', j], a, ids.anniversaries, 'unknown-anniversary'));
        m.basis?.forEach((b, j) => ids.basis.has(b) || ref(['movements', i, 'basis', j], b, ids.basis, 'unknown-basis'));
      });
      p.milestones?.forEach((m, i) => m.movement === undefined || ids.movements.has(m.movement) || ref(['milestones', i, 'movement'], m.movement, ids.movements, 'unknown-movement'));
      p.waivers?.forEach((w, i) => {
        const bad = waiverRefProblem(w, i, ids.obligations, ruleIds);
        if (bad) ref(bad.path, bad.value, new Set(bad.candidates), bad.messageId);
      });
    }
    return out;
  },
});
