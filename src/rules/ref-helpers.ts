/**
 * Shared helpers of the reference rules (unit-, plan- and progress-references-resolve,
 * quotas-feasible, units-valid-on-issue, selections-qualify, records-unique). Pure
 * functions over a plan, a progress document and a unit map; the compliance report
 * reuses `selectionProblems` and `selectionMessages` to say why a selection is not counted.
 */
import { q, type Message } from '../diagnostics/text.js';
import { descendants, isUnder, ownerUnits, unitsOfKind, unitValidOn, type UnitMap } from '../load/scope.js';
import type { LoadedDoc } from '../load/workspace.js';
import { parseDate, toISO, toVN, type CalDate } from '../model/date.js';
import { closest } from '../model/text.js';
import type { DataPath, Owner, PlanDoc, ProgressDoc, Quota, Selection, Unit } from '../model/types.js';
import type { Params } from './rule.js';

/** A text in both languages. */
export interface Bi {
  vi: string;
  en: string;
}

/** `ptp-my-tho`, or `{kind: phong-tu-phap}`, as the user wrote it. */
export const ownerText = (o: Owner): string => (typeof o === 'string' ? o : `{kind: ${o.kind}}`);

/** A list for a message: `a, b, c`, cut after `max` items. */
export function listText(items: readonly unknown[], max = 6): string {
  const shown = items.slice(0, max).map(String).join(', ');
  return items.length > max ? `${shown}, … (+${items.length - max})` : shown;
}

/** Every quota of a plan with its path. */
export function* planQuotas(plan: PlanDoc): Generator<{ quota: Quota; path: DataPath }> {
  for (const [i, m] of (plan.movements ?? []).entries()) {
    for (const [j, quota] of (m.quotas ?? []).entries()) yield { quota, path: ['movements', i, 'quotas', j] };
  }
}

/** Every owner a plan gives work to (quotas, targets, milestones), with the owner's path. */
export function* planOwners(plan: PlanDoc): Generator<{ owner: Owner; path: DataPath }> {
  for (const [i, m] of (plan.movements ?? []).entries()) {
    for (const [j, t] of (m.targets ?? []).entries()) if (t.owner !== undefined) yield { owner: t.owner, path: ['movements', i, 'targets', j, 'owner'] };
    for (const [j, x] of (m.quotas ?? []).entries()) yield { owner: x.owner, path: ['movements', i, 'quotas', j, 'owner'] };
  }
  for (const [i, m] of (plan.milestones ?? []).entries()) if (m.owner !== undefined) yield { owner: m.owner, path: ['milestones', i, 'owner'] };
}

type PlanIds = { quotas: string[]; targets: string[]; milestones: string[]; anniversaries: string[]; movements: string[]; basis: string[] };
const planIdsCache = new WeakMap<PlanDoc, PlanIds>();

/** The ids a plan declares, per collection; computed once per plan (many progress files ask). */
export function planIds(plan: PlanDoc): PlanIds {
  let ids = planIdsCache.get(plan);
  if (!ids) planIdsCache.set(plan, (ids = collectPlanIds(plan)));
  return ids;
}

function collectPlanIds(plan: PlanDoc): PlanIds {
  const movements = plan.movements ?? [];
  return {
    quotas: movements.flatMap((m) => (m.quotas ?? []).map((x) => x.id)),
    targets: movements.flatMap((m) => (m.targets ?? []).map((x) => x.id)),
    milestones: (plan.milestones ?? []).map((x) => x.id),
    anniversaries: (plan.anniversaries ?? []).map((x) => x.id),
    movements: movements.map((x) => x.id),
    basis: (plan.basis ?? []).map((x) => x.ref),
  };
}

/** What a waiver's `obligation` may name: a quota, target, milestone or anniversary of the plan. */
export function planObligations(plan: PlanDoc): string[] {
  const ids = planIds(plan);
  return [...ids.quotas, ...ids.targets, ...ids.milestones, ...ids.anniversaries];
}

/** The unit kinds a unit map holds. */
const kindsCache = new WeakMap<UnitMap, Set<string>>();

export function unitKinds(units: UnitMap): Set<string> {
  let k = kindsCache.get(units);
  if (!k) kindsCache.set(units, (k = new Set([...units.values()].map((e) => e.unit.kind))));
  return k;
}

/** The chain from a unit back to itself through `parent`, when it is its own ancestor. */
export function unitCycle(units: UnitMap, unit: Unit): string[] | undefined {
  const chain = [unit.id];
  for (let cur = unit.parent; cur !== undefined && !chain.slice(1).includes(cur); cur = units.get(cur)?.unit.parent) {
    chain.push(cur);
    if (cur === unit.id) return chain;
  }
  return undefined;
}

/** Where units are looked for, for "not found" messages. */
export const UNITS_WHERE: Bi = {
  vi: 'trong các tệp đơn vị của thư mục này và các thư mục cha',
  en: 'among the units files of this folder and its parent folders',
};
export const DECLARE_UNIT: Bi = {
  vi: 'Khai báo đơn vị này trong một tệp đơn vị (kind: units) ở cùng thư mục hoặc thư mục cha.',
  en: 'Declare the unit in a units file (kind: units) in this folder or a parent folder.',
};

const fill = (text: string, p: Params): string => text.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

/** "Did you mean X?" when `p.suggestion` is set, else the fallback (which may use `{param}`). */
export function didYouMean(fallback: Bi): NonNullable<Message<Params>['hint']> {
  return {
    vi: (p) => (p.suggestion ? `Có phải ý bạn là "${String(p.suggestion)}"?` : fill(fallback.vi, p)),
    en: (p) => (p.suggestion ? `Did you mean "${String(p.suggestion)}"?` : fill(fallback.en, p)),
  };
}

/** A "not found" message: `what` and `where` may use `{param}`; params: value, suggestion. */
export function unknownRef(what: Bi, where: Bi, fallback: Bi): Message<Params> {
  return {
    vi: (p) => `Không tìm thấy ${fill(what.vi, p)} ${q(p.value)} ${fill(where.vi, p)}.`,
    en: (p) => `No ${fill(what.en, p)} ${q(p.value)} ${fill(where.en, p)}.`,
    hint: didYouMean(fallback),
  };
}

/** The days a unit exists, in Vietnamese dates: "từ 01/07/2025 đến 30/06/2030". */
export function validityWindow(unit: Unit): Bi {
  const from = unit.validFrom ? parseDate(unit.validFrom) : undefined;
  const to = unit.validTo ? parseDate(unit.validTo) : undefined;
  if (from && to) return { vi: `từ ${toVN(from)} đến ${toVN(to)}`, en: `from ${toVN(from)} to ${toVN(to)}` };
  if (to) return { vi: `đến hết ngày ${toVN(to)}`, en: `until ${toVN(to)}` };
  if (from) return { vi: `từ ngày ${toVN(from)}`, en: `from ${toVN(from)}` };
  return { vi: 'không giới hạn', en: 'without limit' };
}

/** The tags of `tags` that a unit does not carry. */
export const missingTags = (unit: Unit, tags: readonly string[] = []): string[] => tags.filter((t) => !(unit.tags ?? []).includes(t));

/**
 * The units that can fill a quota for one owner on a day: of kind `select`, carrying
 * every `where.tags`, under the owner when `within: owner`, and valid on the day.
 */
export function quotaCandidates(quota: Quota, ownerId: string, units: UnitMap, day: CalDate): Unit[] {
  // Start from the owner's subtree or the units of the kind, not from every unit.
  const pool = quota.within === 'owner' ? descendants(units, ownerId) : unitsOfKind(units, quota.select);
  return pool.map((e) => e.unit).filter((u) => u.kind === quota.select && missingTags(u, quota.where?.tags).length === 0 && unitValidOn(u, day));
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

export type RecordKind = 'selection' | 'activity' | 'target' | 'milestone';

export interface ProgressRecord {
  kind: RecordKind;
  /** What makes two records the same; undefined when a date in it does not parse. */
  key?: string;
  path: DataPath;
  params: Params;
  achieved?: number;
}

/** Every record of a progress document, keyed as records-unique compares them. */
export function* progressRecords(p: ProgressDoc): Generator<ProgressRecord> {
  for (const [i, s] of (p.selections ?? []).entries()) {
    yield { kind: 'selection', key: `s|${s.quota}|${s.by}|${s.chosen}`, path: ['selections', i], params: { ...s } };
  }
  for (const [i, a] of (p.activities ?? []).entries()) {
    const day = parseDate(a.date);
    const key = day ? `a|${a.commemorates}|${a.by}|${toISO(day)}` : undefined;
    yield { kind: 'activity', ...(key ? { key } : {}), path: ['activities', i], params: { commemorates: a.commemorates, by: a.by, date: a.date } };
  }
  for (const [i, t] of (p.targets ?? []).entries()) {
    yield { kind: 'target', key: `t|${t.target}|${t.by}`, path: ['targets', i], params: { ...t }, achieved: t.achieved };
  }
  for (const [i, m] of (p.milestones ?? []).entries()) {
    yield { kind: 'milestone', key: `m|${m.milestone}|${m.by}`, path: ['milestones', i], params: { ...m } };
  }
}

/** File order: by file path, then by the document's place in the file. */
export const byFileOrder = (a: LoadedDoc, b: LoadedDoc): number => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.index - b.index);
