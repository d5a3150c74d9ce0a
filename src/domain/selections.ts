/**
 * Whether a selection fills its quota, and why not — decided once, here: the
 * rules (selections-qualify, quotas-feasible) and every view count with it.
 * Reasons are data (an id and params); the words are the rules' and views'.
 */
import type { CalDate } from '../model/date.js';
import { closest, listText } from '../model/text.js';
import type { Owner, Quota, Selection, Unit } from '../model/types.js';
import type { UnitMap } from './scope.js';
import { descendants, isUnder, ownerText, ownerUnits, parentOn, treeChanged, unitsOfKind, unitValidOn } from './units.js';

type Params = Record<string, unknown>;

/** The tags of `tags` that a unit does not carry. */
export const missingTags = (unit: Unit, tags: readonly string[] = []): string[] => tags.filter((t) => !(unit.tags ?? []).includes(t));

/** True when a unit carries every tag of `tags` (missingTags is empty), without building the list. */
export function hasTags(unit: Unit, tags: readonly string[] | undefined): boolean {
  if (tags) for (const t of tags) if (!unit.tags?.includes(t)) return false;
  return true;
}

/**
 * How many units can fill a quota for one owner on a day — of kind `select`, carrying
 * every `where.tags`, under the owner on the day when `within: owner`, valid on the day —
 * counting no further than `upTo`: whether min is reached needs no more.
 */
export function quotaCandidateCount(quota: Quota, ownerId: string, units: UnitMap, day: CalDate, upTo = Infinity): number {
  const within = quota.within === 'owner';
  // Start from the owner's subtree or the units of the kind, not from every unit. The subtree
  // index is the tree as it stands now; when a unit ever changed parent, the tree on the day
  // decides (isUnder with the day), as it does for the selections themselves.
  const moved = within && treeChanged(units);
  const pool = within && !moved ? descendants(units, ownerId) : unitsOfKind(units, quota.select);
  let n = 0;
  for (const { unit: u } of pool) {
    if (u.kind !== quota.select || !hasTags(u, quota.where?.tags) || !unitValidOn(u, day)) continue;
    if (moved && !isUnder(units, u.id, ownerId, day)) continue;
    if (++n >= upTo) break;
  }
  return n;
}

// Keyed by the forms list, which a quota re-owned for one line (`{ ...q, owner }`) shares.
const formIdsCache = new WeakMap<readonly { id: string }[], ReadonlySet<string>>();

/**
 * The owner unit a selection by `by` is made for, by the rule of whose records
 * count (domain/units.ts): `by` itself when it is an owner, else the nearest
 * unit above it that is one, in the tree on the selection's day (recordDay;
 * the tree as it stands now when undated). Undefined when `by` is under no owner.
 */
export function selectingOwner(units: UnitMap, by: string, owner: Owner, day?: CalDate): string | undefined {
  const isOwner = (id: string): boolean => (typeof owner === 'string' ? id === owner : units.get(id)?.unit.kind === owner.kind);
  if (!units.has(by)) return undefined;
  if (isOwner(by)) return by;
  let steps = units.size + 1;
  for (let cur = parentOn(units.get(by)?.unit, day); cur !== undefined && steps-- > 0; cur = parentOn(units.get(cur)?.unit, day)) {
    if (isOwner(cur)) return cur;
  }
  return undefined;
}

/**
 * True exactly when `selectionProblems` finds nothing, answered with Map lookups and no
 * allocation: a repository's thousands of selections nearly all qualify. `day` is the
 * selection's day (recordDay): who sits under whom is read in the tree of that day.
 */
export function selectionQualifies(selection: Selection, quota: Quota, units: UnitMap, day?: CalDate): boolean {
  const chosen = units.get(selection.chosen)?.unit;
  if (!chosen || chosen.kind !== quota.select || !hasTags(chosen, quota.where?.tags)) return false;
  const owner = selectingOwner(units, selection.by, quota.owner, day);
  if (owner === undefined) return false;
  if (quota.within === 'owner' && !isUnder(units, chosen.id, owner, day)) return false;
  if (!quota.forms) return true;
  let forms = formIdsCache.get(quota.forms);
  if (!forms) formIdsCache.set(quota.forms, (forms = new Set(quota.forms.map((f) => f.id))));
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
export function selectionProblems(selection: Selection, quota: Quota, units: UnitMap, day?: CalDate): SelectionProblem[] {
  const out: SelectionProblem[] = [];
  const base = { quota: quota.id, by: selection.by, chosen: selection.chosen };
  const add = (reason: SelectionReason, field: SelectionProblem['field'], params: Params = {}): void => {
    out.push(field ? { reason, field, params: { ...base, ...params } } : { reason, params: { ...base, ...params } });
  };
  const by = units.get(selection.by)?.unit;
  const chosen = units.get(selection.chosen)?.unit;
  // The owner the selection counts for: `by`, or the owner above it (a commune choosing for its district).
  const owner = by ? selectingOwner(units, by.id, quota.owner, day) : undefined;
  if (!by) add('unknown-unit', 'by', { value: selection.by });
  else {
    // Checked by walking up from `by`: listing every owner of a `{kind}` quota per record would be quadratic.
    if (owner === undefined) {
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
    if (quota.within === 'owner' && owner !== undefined && !isUnder(units, chosen.id, owner, day)) add('not-within', 'chosen', { name, owner });
  }
  const forms = quota.forms?.map((f) => f.id);
  if (forms && selection.form === undefined) add('form-missing', undefined, { forms: listText(forms) });
  else if (forms && selection.form !== undefined && !forms.includes(selection.form)) {
    add('form-not-allowed', 'form', { form: selection.form, forms: listText(forms), suggestion: closest(selection.form, forms) });
  }
  return out;
}

