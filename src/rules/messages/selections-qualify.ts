/**
 * The messages of rule selections-qualify (src/rules/selections-qualify.ts):
 * the words for each reason a selection does not fill its quota
 * (domain/selections.ts decides them), which the compliance report uses too.
 */
import type { Message } from '../../diagnostics/text.js';
import type { SelectionReason } from '../../domain/selections.js';
import type { Messages, Params } from '../support/rule.js';
import { DECLARE_UNIT, UNITS_WHERE, didYouMean, unknownRef } from '../support/ref-helpers.js';

/** A message for each selection problem, for the rule and for the compliance report. */
export const selectionMessages: Record<SelectionReason, Message<Params>> = {
  'unknown-unit': unknownRef({ vi: 'đơn vị', en: 'unit' }, UNITS_WHERE, DECLARE_UNIT),
  'wrong-owner': {
    vi: (p) => `Đơn vị "${String(p.by)}" không phải đơn vị chịu trách nhiệm chọn điểm của chỉ tiêu "${String(p.quota)}" (owner: ${String(p.owner)}).`,
    en: (p) => `Unit "${String(p.by)}" is not an owner of quota "${String(p.quota)}" (owner: ${String(p.owner)}).`,
    hint: didYouMean({ vi: 'Đơn vị chọn (by) phải là một trong: {owners}.', en: 'The choosing unit (by) must be one of: {owners}.' }),
  },
  'wrong-kind': {
    vi: (p) => `Đơn vị được chọn ${String(p.name)} (${String(p.chosen)}) thuộc loại "${String(p.kind)}", nhưng chỉ tiêu "${String(p.quota)}" chọn đơn vị loại "${String(p.select)}".`,
    en: (p) => `The chosen unit ${String(p.name)} (${String(p.chosen)}) is of kind "${String(p.kind)}", but quota "${String(p.quota)}" selects units of kind "${String(p.select)}".`,
    hint: { vi: (p) => `Chọn một đơn vị loại "${String(p.select)}".`, en: (p) => `Choose a unit of kind "${String(p.select)}".` },
  },
  'missing-tag': {
    vi: (p) => `Đơn vị được chọn ${String(p.name)} (${String(p.chosen)}) không mang nhãn ${String(p.tags)} mà chỉ tiêu "${String(p.quota)}" yêu cầu.`,
    en: (p) => `The chosen unit ${String(p.name)} (${String(p.chosen)}) lacks the tag ${String(p.tags)} that quota "${String(p.quota)}" requires.`,
    hint: {
      vi: (p) => `Chọn đơn vị mang nhãn ${String(p.tags)}, hoặc bổ sung nhãn trong tệp đơn vị nếu ${String(p.chosen)} thực sự đủ điều kiện.`,
      en: (p) => `Choose a unit tagged ${String(p.tags)}, or add the tag in the units file if ${String(p.chosen)} really qualifies.`,
    },
  },
  'not-within': {
    vi: (p) => `Đơn vị được chọn ${String(p.name)} (${String(p.chosen)}) không trực thuộc "${String(p.owner ?? p.by)}", trong khi chỉ tiêu "${String(p.quota)}" yêu cầu chọn trong phạm vi đơn vị chọn (within: owner).`,
    en: (p) => `The chosen unit ${String(p.name)} (${String(p.chosen)}) does not sit under "${String(p.owner ?? p.by)}", but quota "${String(p.quota)}" requires it (within: owner).`,
    hint: {
      vi: (p) => `Chọn một đơn vị trực thuộc "${String(p.owner ?? p.by)}", hoặc kiểm tra parent của "${String(p.chosen)}" trong tệp đơn vị.`,
      en: (p) => `Choose a unit under "${String(p.owner ?? p.by)}", or check the parent of "${String(p.chosen)}" in the units file.`,
    },
  },
  'form-not-allowed': {
    vi: (p) => `Hình thức hỗ trợ "${String(p.form)}" không thuộc các hình thức của chỉ tiêu "${String(p.quota)}".`,
    en: (p) => `Form "${String(p.form)}" is not one of the forms of quota "${String(p.quota)}".`,
    hint: didYouMean({ vi: 'Dùng một trong: {forms}.', en: 'Use one of: {forms}.' }),
  },
  'form-missing': {
    vi: (p) => `Lượt chọn "${String(p.chosen)}" cho chỉ tiêu "${String(p.quota)}" không nêu hình thức hỗ trợ (form), trong khi chỉ tiêu quy định các hình thức.`,
    en: (p) => `The selection of "${String(p.chosen)}" for quota "${String(p.quota)}" names no form, but the quota lists its forms.`,
    hint: { vi: (p) => `Thêm form: một trong ${String(p.forms)}.`, en: (p) => `Add form: one of ${String(p.forms)}.` },
  },
};

/** Unknown units are progress-references-resolve's finding; the other reasons are this rule's. */
const { 'unknown-unit': _unknown, ...rest } = selectionMessages;
export const messages = rest satisfies Messages;

export type MessageId = keyof typeof messages;
