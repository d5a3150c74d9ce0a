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

const quotasCache = new WeakMap<PlanDoc, readonly { quota: Quota; path: DataPath }[]>();
const ownersCache = new WeakMap<PlanDoc, readonly { owner: Owner; path: DataPath }[]>();

/** Every quota of a plan with its path; listed once per plan, for the several rules that ask. */
export function planQuotas(plan: PlanDoc): readonly { quota: Quota; path: DataPath }[] {
  let list = quotasCache.get(plan);
  if (!list) {
    const out: { quota: Quota; path: DataPath }[] = [];
    plan.movements?.forEach((m, i) => m.quotas?.forEach((quota, j) => out.push({ quota, path: ['movements', i, 'quotas', j] })));
    quotasCache.set(plan, (list = out));
  }
  return list;
}

/** Every owner a plan gives work to (quotas, targets, milestones), with the owner's path; listed once per plan. */
export function planOwners(plan: PlanDoc): readonly { owner: Owner; path: DataPath }[] {
  let list = ownersCache.get(plan);
  if (!list) {
    const out: { owner: Owner; path: DataPath }[] = [];
    plan.movements?.forEach((m, i) => {
      m.targets?.forEach((t, j) => t.owner !== undefined && out.push({ owner: t.owner, path: ['movements', i, 'targets', j, 'owner'] }));
      m.quotas?.forEach((x, j) => out.push({ owner: x.owner, path: ['movements', i, 'quotas', j, 'owner'] }));
    });
    plan.milestones?.forEach((m, i) => m.owner !== undefined && out.push({ owner: m.owner, path: ['milestones', i, 'owner'] }));
    ownersCache.set(plan, (list = out));
  }
  return list;
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

type IdSets = { readonly [K in keyof PlanIds | 'obligations']: ReadonlySet<string> };
const idSetsCache = new WeakMap<PlanDoc, IdSets>();

/** The same ids as Sets, and the obligations among them: thousands of references test one plan's ids. */
export function planIdSets(plan: PlanDoc): IdSets {
  let sets = idSetsCache.get(plan);
  if (!sets) {
    const { quotas, targets, milestones, anniversaries, movements, basis } = planIds(plan);
    const of = (list: string[]): Set<string> => new Set(list);
    sets = { quotas: of(quotas), targets: of(targets), milestones: of(milestones), anniversaries: of(anniversaries), movements: of(movements), basis: of(basis), obligations: of(planObligations(plan)) };
    idSetsCache.set(plan, sets);
  }
  return sets;
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
  if (!isUnder(units, unit.id, unit.id)) return undefined; // the common case, with no chain built
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

export type RecordKind = 'selection' | 'activity' | 'target' | 'milestone';

export interface ProgressRecord {
  kind: RecordKind;
  /** What makes two records the same; undefined when a date in it does not parse. */
  key?: string;
  path: DataPath;
  params: Params;
  achieved?: number;
}

/** The lists of a progress document that hold records, in the order records are read. */
export const RECORD_LISTS = ['selections', 'activities', 'targets', 'milestones'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

/** What makes two records the same: the key of record `i` of `list`; undefined when its date does not parse. */
export function recordKey(p: ProgressDoc, list: RecordList, i: number): string | undefined {
  switch (list) {
    case 'selections': {
      const s = p.selections![i]!;
      return `s|${s.quota}|${s.by}|${s.chosen}`;
    }
    case 'activities': {
      const a = p.activities![i]!;
      const day = parseDate(a.date);
      // A 2018-06-30 that is a day is its own toISO: thousands of activities build no date text.
      return day ? `a|${a.commemorates}|${a.by}|${a.date[4] === '-' ? a.date : toISO(day)}` : undefined;
    }
    case 'targets':
      return `t|${p.targets![i]!.target}|${p.targets![i]!.by}`;
    case 'milestones':
      return `m|${p.milestones![i]!.milestone}|${p.milestones![i]!.by}`;
  }
}

/** Record `i` of `list`, keyed as records-unique compares them. */
export function recordAt(p: ProgressDoc, list: RecordList, i: number): ProgressRecord {
  const key = recordKey(p, list, i);
  switch (list) {
    case 'selections':
      return { kind: 'selection', key, path: [list, i], params: { ...p.selections![i]! } };
    case 'activities': {
      const { commemorates, by, date } = p.activities![i]!;
      return { kind: 'activity', ...(key ? { key } : {}), path: [list, i], params: { commemorates, by, date } };
    }
    case 'targets':
      return { kind: 'target', key, path: [list, i], params: { ...p.targets![i]! }, achieved: p.targets![i]!.achieved };
    case 'milestones':
      return { kind: 'milestone', key, path: [list, i], params: { ...p.milestones![i]! } };
  }
}

/** Every record of a progress document, keyed as records-unique compares them. */
export function* progressRecords(p: ProgressDoc): Generator<ProgressRecord> {
  for (const list of RECORD_LISTS) for (let i = 0; i < (p[list]?.length ?? 0); i++) yield recordAt(p, list, i);
}

/** File order: by file path, then by the document's place in the file. */
export const byFileOrder = (a: LoadedDoc, b: LoadedDoc): number => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : a.index - b.index);

/** The docs sorted in file order, in place; a list already in that order (the usual case) is only checked. */
export function inFileOrder<T extends LoadedDoc>(docs: T[]): T[] {
  for (let k = 1; k < docs.length; k++) if (byFileOrder(docs[k - 1]!, docs[k]!) > 0) return docs.sort(byFileOrder);
  return docs;
}
