/**
 * `thidua report`: is the plan being carried out, and is the plan itself
 * complete? A pure builder from a loaded workspace to the view model every
 * renderer draws (compliance-types.ts). One line per obligation per owner:
 * quotas, targets, milestones, anniversaries; then waivers; then totals.
 * Indexes are built once, so the cost is linear in units and records.
 */
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc, Workspace } from '../load/workspace.js';
import { parseDate, type CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import { anniversaryObligations } from './compliance-anniversaries.js';
import { makeCtx } from './compliance-context.js';
import { milestoneObligations } from './compliance-milestones.js';
import { quotaObligations } from './compliance-quotas.js';
import { indexRecords } from './compliance-records.js';
import { targetObligations } from './compliance-targets.js';
import { totals, worst } from './compliance-totals.js';
import type { ComplianceReport } from './compliance-types.js';
import { applyWaivers } from './compliance-waivers.js';
import { planContents } from './plan-contents.js';

export interface ComplianceInput {
  ws: Workspace;
  scope: Scope;
  plan: LoadedDoc<PlanDoc>;
  asOf: CalDate;
  /** Keep only the lines this unit owns (totals follow). */
  unit?: string;
}

export function buildCompliance({ scope, plan, asOf, unit }: ComplianceInput): ComplianceReport {
  const units = scope.unitsFor(plan);
  const records = indexRecords(plan, scope.progressFor(plan));
  const ctx = makeCtx(plan.data, units, asOf, records);
  let obligations = [...quotaObligations(ctx), ...targetObligations(ctx), ...milestoneObligations(ctx), ...anniversaryObligations(ctx)];
  applyWaivers(obligations, records.waivers, asOf);
  if (unit !== undefined) obligations = obligations.filter((o) => o.owner === unit);
  const t = totals(plan.data, obligations);
  const { regime, items } = planContents(plan.data);
  const issued = plan.data.issued ? parseDate(plan.data.issued) : undefined;
  const issuerName = plan.data.issuer ? units.get(plan.data.issuer)?.unit.name : undefined;
  return {
    plan: {
      id: plan.data.id,
      year: plan.data.year,
      file: plan.file.path,
      ...(plan.data.title !== undefined && { title: plan.data.title }),
      ...(issued && { issued }),
      ...(plan.data.issuer !== undefined && { issuer: plan.data.issuer }),
      ...(issuerName !== undefined && { issuerName }),
    },
    asOf,
    outcome: worst(t.overall),
    obligations,
    totals: t,
    regime,
    contents: items,
    findings: records.findings,
    progressFiles: records.files,
    ...(unit !== undefined && { unit }),
  };
}
