/**
 * Shared helpers of the reference rules (unit-, plan- and progress-references-resolve,
 * quotas-feasible, units-valid-on-issue): what a plan declares, what a unit map
 * holds, and the wording of "not found" messages. Pure functions, cached per plan
 * or unit map where many files ask the same.
 */
import { q, type Message } from '../../diagnostics/text.js';
import type { UnitMap } from '../../domain/scope.js';
import { isUnder, parentOn } from '../../domain/units.js';
import { parseDate, toVN } from '../../model/date.js';
import type { DataPath, Owner, Owners, PlanDoc, Quota, Unit } from '../../model/types.js';
import type { Params } from './rule.js';

/** A text in both languages. */
export interface Bi {
  vi: string;
  en: string;
}

export { ownerText } from '../../domain/units.js';
export { listText } from '../../model/text.js';

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

/**
 * Every owner a plan gives work to (quotas, targets, contents, milestones), with the owner's
 * path — each owner of a list (`owner: [a, {kind: K}]`) on its own, at its index; listed once per plan.
 */
export function planOwners(plan: PlanDoc): readonly { owner: Owner; path: DataPath }[] {
  let list = ownersCache.get(plan);
  if (!list) {
    const out: { owner: Owner; path: DataPath }[] = [];
    const add = (owner: Owners | undefined, path: DataPath): void => {
      if (Array.isArray(owner)) owner.forEach((o, k) => out.push({ owner: o, path: [...path, k] }));
      else if (owner !== undefined) out.push({ owner, path });
    };
    plan.movements?.forEach((m, i) => {
      m.targets?.forEach((t, j) => add(t.owner, ['movements', i, 'targets', j, 'owner']));
      m.contents?.forEach((c, j) => add(c.owner, ['movements', i, 'contents', j, 'owner']));
      m.quotas?.forEach((x, j) => add(x.owner, ['movements', i, 'quotas', j, 'owner']));
    });
    plan.milestones?.forEach((m, i) => add(m.owner, ['milestones', i, 'owner']));
    ownersCache.set(plan, (list = out));
  }
  return list;
}

export { planIds } from '../../domain/plan-facts.js';
import { planIds, type PlanIds } from '../../domain/plan-facts.js';

/** The lists of a plan whose ids are obligations, in the order planObligations gives them. */
const OBLIGATION_LISTS = ['quotas', 'targets', 'contents', 'milestones', 'anniversaries'] as const;

type IdSets = { readonly [K in keyof PlanIds | 'obligations']: ReadonlySet<string> };
const idSetsCache = new WeakMap<PlanDoc, IdSets>();

/** The same ids as Sets, and the obligations among them: thousands of references test one plan's ids. */
export function planIdSets(plan: PlanDoc): IdSets {
  let sets = idSetsCache.get(plan);
  if (!sets) {
    const ids = planIds(plan);
    const obligations = new Set<string>();
    for (const k of OBLIGATION_LISTS) for (const id of ids[k]) obligations.add(id);
    sets = { quotas: new Set(ids.quotas), targets: new Set(ids.targets), contents: new Set(ids.contents), milestones: new Set(ids.milestones), anniversaries: new Set(ids.anniversaries), movements: new Set(ids.movements), basis: new Set(ids.basis), events: new Set(ids.events), obligations };
    idSetsCache.set(plan, sets);
  }
  return sets;
}

/** What a waiver's `obligation` may name: a quota, target, content, milestone or anniversary of the plan. */
export function planObligations(plan: PlanDoc): string[] {
  const ids = planIds(plan);
  return OBLIGATION_LISTS.flatMap((k) => ids[k]);
}

/** The unit kinds a unit map holds. */
const kindsCache = new WeakMap<UnitMap, Set<string>>();

export function unitKinds(units: UnitMap): Set<string> {
  let k = kindsCache.get(units);
  if (!k) kindsCache.set(units, (k = new Set([...units.values()].map((e) => e.unit.kind))));
  return k;
}

/**
 * Which of what a quota names is not among the plan's units: the kind it selects, or its
 * owner (a unit, or a kind). unit-references-resolve reports each; a selection is then not judged against it,
 * for each record would report the plan's one mistake again.
 */
export function quotaUnknowns(quota: Quota, units: UnitMap): { select: boolean; owner: boolean } {
  const kinds = unitKinds(units);
  const o = quota.owner;
  return { select: !kinds.has(quota.select), owner: typeof o === 'string' ? !units.has(o) : !kinds.has(o.kind) };
}

/** The chain from a unit back to itself through `parent`, when it is its own ancestor. */
export function unitCycle(units: UnitMap, unit: Unit): string[] | undefined {
  if (!isUnder(units, unit.id, unit.id)) return undefined; // the common case, with no chain built
  const chain = [unit.id];
  for (let cur = parentOn(unit); cur !== undefined && !chain.slice(1).includes(cur); cur = parentOn(units.get(cur)?.unit)) {
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
