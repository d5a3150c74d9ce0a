import { plans } from '../load/workspace.js';
import { closest } from '../model/text.js';
import type { DataPath } from '../model/types.js';
import { planIdSets } from './support/ref-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/plan-references-resolve.js';
import { waiverRefProblem } from './support/waiver-refs.js';

const NO_RULES: ReadonlySet<string> = new Set();

/** Ids a plan uses inside itself name something the same plan declares. */
export default defineRule({
  id: 'plan-references-resolve',
  description: {
    vi: 'Các mã dùng bên trong kế hoạch (ngày kỷ niệm, văn bản căn cứ, phong trào, nghĩa vụ được miễn) đều được chính kế hoạch khai báo.',
    en: 'The ids a plan uses inside itself (anniversaries, basis documents, movements, waived obligations) are declared in the plan.',
  },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws, ruleIds = NO_RULES }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      const p = doc.data;
      const ids = planIdSets(p);
      // Set lookups, and a path only for an id the plan does not declare.
      const ref = (path: DataPath, value: string, declared: ReadonlySet<string>, messageId: MessageId): void => {
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
