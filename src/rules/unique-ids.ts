import { q } from '../diagnostics/text.js';
import { plans, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import { isDraftNumber } from '../model/docnumber.js';
import type { DataPath } from '../model/types.js';
import { note } from './plan-helpers.js';
import { defineRule, type Finding, type Params } from './rule.js';

type Item = { key: string; doc: LoadedDoc; path: DataPath; params: Params };
const WHAT: Record<string, [string, string]> = {
  units: ['đơn vị', 'unit'], movements: ['phong trào', 'movement'], phases: ['đợt thi đua', 'phase'],
  anniversaries: ['ngày kỷ niệm', 'anniversary'], milestones: ['mốc thời hạn', 'milestone'],
  quotas: ['chỉ tiêu chọn điểm', 'quota'], targets: ['chỉ tiêu', 'target'], forms: ['hình thức hỗ trợ', 'form'],
};
const WHERE: Record<string, [string, string]> = { units: ['trong các tệp đơn vị cùng thư mục', "in this folder's units files"], forms: ['trong cùng chỉ tiêu chọn điểm', 'within one quota'] };
const label = (p: Params, l: 0 | 1): string => `${WHAT[String(p.what)]?.[l]} ${q(p.id)} ${(WHERE[String(p.what)] ?? ['trong kế hoạch', 'in the plan'])[l]}`;

/** An id names one thing: a reference to a duplicated id cannot say which it means. */
export default defineRule({
  id: 'unique-ids',
  description: { vi: 'Mỗi mã chỉ dùng một lần trong danh sách của nó; mỗi kế hoạch có số, ký hiệu riêng trong năm.', en: 'Each id is used once in its collection; each plan has its own number in its year.' },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Mã ${label(p, 0)} bị trùng.`,
      en: (p) => `Duplicate id: ${label(p, 1)}.`,
      hint: { vi: () => 'Đổi mã của mục này, hoặc gộp hai mục làm một.', en: () => 'Give this entry another id, or merge the two entries.' },
    },
    plan: {
      vi: (p) => `Kế hoạch số ${q(p.id)} năm ${p.year} của ${q(p.issuer)} đã được khai báo ở nơi khác.`,
      en: (p) => `Plan ${q(p.id)} of ${q(p.issuer)} for ${p.year} is already declared elsewhere.`,
      hint: {
        vi: () => 'Số văn bản đánh từ 01 mỗi năm nên (năm, số) là duy nhất trong các kế hoạch của một cơ quan (NĐ 30/2020/NĐ-CP, Phụ lục I): sửa số hoặc năm.',
        en: () => 'Numbers restart each year, so (year, number) is unique across an agency’s plans (NĐ 30/2020/NĐ-CP, Appendix I): fix the number or the year.',
      },
    },
  },
  check({ ws, scope }) {
    const out: Finding[] = [];
    const dedupe = (items: Item[], messageId?: string): void => {
      const seen = new Map<string, Item>();
      for (const it of items) {
        const f = seen.get(it.key);
        if (!f) {
          seen.set(it.key, it);
          continue;
        }
        const related = [{ doc: f.doc, path: f.path, note: note(ws, 'Khai báo lần đầu ở đây', 'First declared here') }];
        out.push({ doc: it.doc, path: it.path, params: it.params, related, ...(messageId ? { messageId } : {}) });
      }
    };
    const ids = (what: string, doc: LoadedDoc, list: readonly { id: string }[] | undefined, ...at: (string | number)[]): Item[] =>
      (list ?? []).map((x, i) => ({ key: x.id, doc, path: [...at, i, 'id'], params: { what, id: x.id } }));
    const dirs = new Map<string, Item[]>();
    for (const doc of unitsDocs(ws)) dirs.set(doc.file.dir, [...(dirs.get(doc.file.dir) ?? []), ...ids('units', doc, doc.data.units, 'units')]);
    for (const items of dirs.values()) dedupe(items);
    for (const doc of plans(ws)) {
      for (const k of ['movements', 'phases', 'anniversaries', 'milestones'] as const) dedupe(ids(k, doc, doc.data[k], k));
      const ms = doc.data.movements ?? [];
      dedupe(ms.flatMap((m, i) => ids('quotas', doc, m.quotas, 'movements', i, 'quotas')));
      dedupe(ms.flatMap((m, i) => ids('targets', doc, m.targets, 'movements', i, 'targets')));
      ms.forEach((m, i) => (m.quotas ?? []).forEach((qu, j) => dedupe(ids('forms', doc, qu.forms, 'movements', i, 'quotas', j, 'forms'))));
    }
    // The issuer is the unit the id resolves to, so two provinces' `so-tu-phap` stay apart.
    dedupe(plans(ws).filter((d) => !isDraftNumber(d.data.id)).map((d) => {
      const { id, year, issuer } = d.data;
      const e = issuer ? scope.unitsFor(d).get(issuer) : undefined;
      const who = e ? `${e.doc.file.abs}#${e.doc.index}#${e.index}` : `${d.file.dir}#${issuer}`;
      return { key: `${who}|${year}|${id}`, doc: d, path: ['id'], params: { id, year, issuer } };
    }), 'plan');
    return out;
  },
});
