/**
 * The resolved model of one plan in its workspace, built once per run from
 * the loaded documents: its units, its dated things (occurrences), its
 * progress records (one index, one idea of "the same record twice") and one
 * line per obligation and owner with what counted toward it. Every command —
 * schedule, checklist, report — reads this; none re-derives a fact.
 */
import type { LoadedDoc } from '../load/workspace.js';
import type { CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import type { Obligation } from './obligation-types.js';
import { anniversaryObligations } from './obligations-anniversaries.js';
import { contentObligations } from './obligations-contents.js';
import { planAsKnown } from './events.js';
import { eventObligations } from './obligations-events.js';
import { makeCtx } from './obligations-context.js';
import { milestoneObligations } from './obligations-milestones.js';
import { quotaObligations } from './obligations-quotas.js';
import { targetObligations } from './obligations-targets.js';
import { phaseWindows, planOccurrences, type Occurrence, type PhaseWindow } from './occurrences.js';
import { issueDay } from './plan-facts.js';
import { indexRecords, type RecordIndex } from './records.js';
import type { Scope, UnitMap } from './scope.js';

export interface PlanModel {
  doc: LoadedDoc<PlanDoc>;
  /** The plan as known on the as-of day: events carry the real days progress files record. */
  plan: PlanDoc;
  asOf: CalDate;
  units: UnitMap;
  /** The day owners are resolved on. */
  issued: CalDate;
  phases: PhaseWindow[];
  occurrences: Occurrence[];
  records: RecordIndex;
  /** One line per obligation and owner, as of `asOf` (before waivers: the report applies them). */
  obligations: Obligation[];
}

export function planModel(scope: Scope, doc: LoadedDoc<PlanDoc>, asOf: CalDate): PlanModel {
  const progress = scope.progressFor(doc);
  // Events' real days, once a progress file records them, move everything that depends on them.
  const plan = planAsKnown(doc.data, progress, asOf);
  const units = scope.unitsFor(doc);
  const records = indexRecords(doc, progress);
  const ctx = makeCtx(plan, units, asOf, records);
  return {
    doc,
    plan,
    asOf,
    units,
    issued: issueDay(plan),
    phases: phaseWindows(plan),
    occurrences: planOccurrences(plan),
    records,
    obligations: [...quotaObligations(ctx), ...targetObligations(ctx), ...contentObligations(ctx), ...milestoneObligations(ctx), ...anniversaryObligations(ctx), ...eventObligations(ctx)],
  };
}
