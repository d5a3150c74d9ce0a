/**
 * `thidua report`: is the plan being carried out, and is the plan itself
 * complete? A pure builder from a loaded workspace to the view model every
 * renderer draws (compliance-types.ts). The lines are the domain model's
 * (one per obligation per owner: quotas, targets, milestones, anniversaries);
 * the report adds waivers, totals and the legal-contents check.
 */
import type { WaivedFinding } from '../check/waivers.js';
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc, Workspace } from '../load/workspace.js';
import { parseDate, type CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import { planModel } from '../domain/model.js';
import { unitName } from '../domain/units.js';
import { ownWindow } from '../domain/windows.js';
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
  /** Findings of the check that rule waivers cover, to list in the report. */
  waived?: readonly WaivedFinding[];
}

export function buildCompliance({ scope, plan, asOf, unit, waived = [] }: ComplianceInput): ComplianceReport {
  const { units, records, obligations: lines } = planModel(scope, plan, asOf);
  let obligations = lines;
  applyWaivers(obligations, records.waivers, asOf);
  if (unit !== undefined) obligations = obligations.filter((o) => o.owner === unit);
  const t = totals(plan.data, obligations);
  const { regime, items } = planContents(plan.data);
  const issued = plan.data.issued ? parseDate(plan.data.issued) : undefined;
  const issuerName = plan.data.issuer ? unitName(units, plan.data.issuer) : undefined;
  return {
    plan: {
      id: plan.data.id,
      year: plan.data.year,
      ...(ownWindow(plan.data) && { window: ownWindow(plan.data) }),
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
    waivedFindings: waived.map(({ diagnostic: d, waiver: w }) => {
      const expires = w.expires ? parseDate(w.expires) : undefined;
      return { rule: d.code, file: d.file, line: d.line, message: d.message, document: w.document, reason: w.reason, ...(expires && { expires }) };
    }),
    progressFiles: records.files,
    ...(unit !== undefined && { unit }),
  };
}
