/*
 * The checklist's view model (src/views/checklist.ts builds it): the shapes
 * every checklist format renders.
 */
import type { CalDate } from '../model/date.js';
import type { MilestoneType, PlanDoc } from '../model/types.js';
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc, Workspace } from '../load/workspace.js';
import type { DueWording } from '../domain/deadlines.js';
import type { OwnerUnit } from '../domain/units.js';

export type CheckKind = 'commemorate' | 'event' | 'quota' | 'target' | 'content' | 'milestone';

/** Where a content item stands: done (with evidence), or the furthest status reported without it. */
export type ContentState = 'done' | 'no-evidence' | 'in-progress' | 'not-started';

/** How an item was done, from one progress record. */
export interface Evidence {
  by?: { id: string; name: string };
  /** Quotas: the unit chosen and the form of support. */
  chosen?: { id: string; name: string };
  form?: { id: string; title: string };
  /** The record's own date (a selection's, an activity's, a milestone's done date). */
  date?: CalDate;
  /** When the record carries no date of its own: the asOf of the report that gave it. */
  reported?: CalDate;
  title?: string;
  /** Targets: the figure reported. */
  achieved?: number;
  /** Content items: the document that proves it, and the reporter's note. */
  document?: string;
  note?: string;
}

export interface CheckItem {
  kind: CheckKind;
  /** The plan item's id (anniversary, quota, target or milestone). */
  id: string;
  /** The owner unit the box belongs to; a `{kind}` owner gives one box per unit. */
  owner?: OwnerUnit;
  movement?: string;
  /** Anniversary, target or milestone title; a quota's purpose. */
  title: string;
  /** The last day that counts; `dueAs`, the deadline as the plan words it ("trước ngày 15/10/2025"), shown instead. */
  due: CalDate;
  /** Events: the first day (`due` is the last), whether the days are only planned, and the planned days once the real ones are known. */
  from?: CalDate;
  provisional?: boolean;
  planned?: { from: CalDate; to: CalDate };
  /** When a window holds several occurrences of one anniversary: which one (its ISO date). */
  instance?: string;
  dueAs?: DueWording;
  phase?: string;
  /** Commemorations: the ordinal and its marks. */
  years?: number;
  round?: boolean;
  five?: boolean;
  /** Quotas: what is chosen, how many, where, and the forms allowed. */
  select?: string;
  min?: number;
  max?: number;
  tags?: string[];
  withinOwner?: boolean;
  forms?: { id: string; title: string }[];
  /** Targets: the number promised. */
  count?: number;
  milestoneType?: MilestoneType;
  /** Content items: where it stands; absent when nothing was reported. */
  contentState?: ContentState;
  /** Counted items (quotas, targets): how far, e.g. 2 of 3. */
  progress?: { done: number; of: number };
  done: boolean;
  /** Not done and the due day is before the as-of day. */
  overdue: boolean;
  /** Due day − as-of day. */
  days: number;
  evidence: Evidence[];
}

export interface CheckGroup {
  /** `phase` and `unit` groups carry the id; `other` holds items outside every phase. */
  type: 'phase' | 'unit' | 'other';
  id?: string;
  title: string;
  from?: CalDate;
  to?: CalDate;
  items: CheckItem[];
}

export type ChecklistBy = 'phase' | 'unit';

export interface ChecklistView {
  /** `window`: the plan's own period (a drive, a school year), which titles name instead of its year. */
  plan: { id: string; title: string; year: number; window?: { from: CalDate; to: CalDate } };
  year: number;
  asOf: CalDate;
  by: ChecklistBy;
  unit?: OwnerUnit;
  groups: CheckGroup[];
  totals: { items: number; done: number; overdue: number };
}

export interface ChecklistInput {
  ws: Workspace;
  scope: Scope;
  plan: LoadedDoc<PlanDoc>;
  asOf: CalDate;
  by?: ChecklistBy;
  /** Only the boxes of this unit, including those a `{kind}` owner gives it. */
  unit?: string;
}
