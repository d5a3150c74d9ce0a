/**
 * Whether a selection fills its quota, and why not: shared by quotas-feasible,
 * selections-qualify, the checklist and the compliance report (which says why a
 * selection is not counted with `selectionProblems` and `selectionMessages`).
 */
import type { Message } from '../../diagnostics/text.js';
import { descendants, isUnder, ownerUnits, unitsOfKind, unitValidOn, type UnitMap } from '../../domain/scope.js';
import type { CalDate } from '../../model/date.js';
import { closest } from '../../model/text.js';
import type { Quota, Selection, Unit } from '../../model/types.js';
import type { Params } from './rule.js';
import { DECLARE_UNIT, UNITS_WHERE, didYouMean, listText, ownerText, unknownRef } from './ref-helpers.js';

/** The tags of `tags` that a unit does not carry. */
export const missingTags = (unit: Unit, tags: readonly string[] = []): string[] => tags.filter((t) => !(unit.tags ?? []).includes(t));

/** True when a unit carries every tag of `tags` (missingTags is empty), without building the list. */
export function hasTags(unit: Unit, tags: readonly string[] | undefined): boolean {
  if (tags) for (const t of tags) if (!unit.tags?.includes(t)) return false;
  return true;
}

/**
 * How many units can fill a quota for one owner on a day — of kind `select`, carrying
 * every `where.tags`, under the owner when `within: owner`, valid on the day — counting
 * no further than `upTo`: whether min is reached needs no more.
 */
export function quotaCandidateCount(quota: Quota, ownerId: string, units: UnitMap, day: CalDate, upTo = Infinity): number {
  // Start from the owner's subtree or the units of the kind, not from every unit.
  const pool = quota.within === 'owner' ? descendants(units, ownerId) : unitsOfKind(units, quota.select);
  let n = 0;
  for (const { unit: u } of pool) {
    if (u.kind === quota.select && hasTags(u, quota.where?.tags) && unitValidOn(u, day) && ++n >= upTo) break;
  }
  return n;
}

const formIdsCache = new WeakMap<Quota, ReadonlySet<string>>();

/**
 * True exactly when `selectionProblems` finds nothing, answered with Map lookups and no
 * allocation: a repository's thousands of selections nearly all qualify.
 */
export function selectionQualifies(selection: Selection, quota: Quota, units: UnitMap): boolean {
  const by = units.get(selection.by)?.unit;
  const chosen = units.get(selection.chosen)?.unit;
  if (!by || !chosen || chosen.kind !== quota.select || !hasTags(chosen, quota.where?.tags)) return false;
  if (typeof quota.owner === 'string' ? by.id !== quota.owner : by.kind !== quota.owner.kind) return false;
  if (quota.within === 'owner' && !isUnder(units, chosen.id, by.id)) return false;
  if (!quota.forms) return true;
  let forms = formIdsCache.get(quota);
  if (!forms) formIdsCache.set(quota, (forms = new Set(quota.forms.map((f) => f.id))));
  return selection.form !== undefined && forms.has(selection.form);
}

export type SelectionReason = 'unknown-unit' | 'wrong-owner' | 'wrong-kind' | 'missing-tag' | 'not-within' | 'form-not-allowed' | 'form-missing';

export interface SelectionProblem {
  reason: SelectionReason;
  params: Params;
  /** The selection's field at fault; absent when the whole selection is (form-missing). */
  field?: 'by' | 'chosen' | 'form';
}

/**
 * Why a selection does not fill its quota, one problem per reason. Checks that need a
 * unit that does not exist are skipped and an `unknown-unit` problem stands for them
 * (the rule selections-qualify leaves that one to progress-references-resolve).
 */
export function selectionProblems(selection: Selection, quota: Quota, units: UnitMap): SelectionProblem[] {
  const out: SelectionProblem[] = [];
  const base = { quota: quota.id, by: selection.by, chosen: selection.chosen };
  const add = (reason: SelectionReason, field: SelectionProblem['field'], params: Params = {}): void => {
    out.push(field ? { reason, field, params: { ...base, ...params } } : { reason, params: { ...base, ...params } });
  };
  const by = units.get(selection.by)?.unit;
  const chosen = units.get(selection.chosen)?.unit;
  if (!by) add('unknown-unit', 'by', { value: selection.by });
  else {
    // Checked directly: listing every owner of a `{kind}` quota per record would be quadratic.
    const isOwner = typeof quota.owner === 'string' ? by.id === quota.owner : by.kind === quota.owner.kind;
    if (!isOwner) {
      const owners = ownerUnits(units, quota.owner).map((e) => e.unit.id);
      add('wrong-owner', 'by', { owner: ownerText(quota.owner), owners: listText(owners), suggestion: closest(by.id, owners) });
    }
  }
  if (!chosen) add('unknown-unit', 'chosen', { value: selection.chosen });
  else {
    const name = chosen.name;
    if (chosen.kind !== quota.select) add('wrong-kind', 'chosen', { name, kind: chosen.kind, select: quota.select });
    const missing = missingTags(chosen, quota.where?.tags);
    if (missing.length) add('missing-tag', 'chosen', { name, tags: listText(missing) });
    if (quota.within === 'owner' && by && !isUnder(units, chosen.id, by.id)) add('not-within', 'chosen', { name });
  }
  const forms = quota.forms?.map((f) => f.id);
  if (forms && selection.form === undefined) add('form-missing', undefined, { forms: listText(forms) });
  else if (forms && selection.form !== undefined && !forms.includes(selection.form)) {
    add('form-not-allowed', 'form', { form: selection.form, forms: listText(forms), suggestion: closest(selection.form, forms) });
  }
  return out;
}

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
    vi: (p) => `Đơn vị được chọn ${String(p.name)} (${String(p.chosen)}) không trực thuộc "${String(p.by)}", trong khi chỉ tiêu "${String(p.quota)}" yêu cầu chọn trong phạm vi đơn vị chọn (within: owner).`,
    en: (p) => `The chosen unit ${String(p.name)} (${String(p.chosen)}) does not sit under "${String(p.by)}", but quota "${String(p.quota)}" requires it (within: owner).`,
    hint: {
      vi: (p) => `Chọn một đơn vị trực thuộc "${String(p.by)}", hoặc kiểm tra parent của "${String(p.chosen)}" trong tệp đơn vị.`,
      en: (p) => `Choose a unit under "${String(p.by)}", or check the parent of "${String(p.chosen)}" in the units file.`,
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
