/**
 * thidua as a library, for scripts (the yearly generation of plans, reports
 * sent by mail): load a workspace, check it, build the schedule, checklist
 * and report of a plan, render any of them in any format the CLI has, and
 * draft next year's plan.
 *
 * ```js
 * import { load, check, checklist, render } from 'thidua';
 * const ws = load(['examples/tien-giang-2018']);
 * const errors = check(ws).filter((d) => d.severity === 'error');
 * const view = checklist(ws, { asOf: '2018-07-15' });
 * process.stdout.write(await render('checklist', 'json', view, { lang: 'vi', color: false }));
 * ```
 *
 * Dates are accepted as `2018-07-15`, `15/07/2018` or a {@link CalDate}.
 * Nothing here writes a file, prints, reads the clock or exits.
 */
import { check as runRules } from './check/check.js';
import type { Diagnostic, Lang } from './diagnostics/diagnostic.js';
import { Scope } from './domain/scope.js';
import { contextFiles } from './load/context.js';
import { expandPaths } from './load/files.js';
import { loadWorkspace } from './load/load.js';
import { plans, type LoadedDoc, type Workspace } from './load/workspace.js';
import { parseDate, type CalDate } from './model/date.js';
import type { PlanDoc } from './model/types.js';
import { buildChecklist, type ChecklistBy, type ChecklistView } from './views/checklist.js';
import { buildCompliance } from './views/compliance.js';
import type { ComplianceReport } from './views/compliance-types.js';
import { buildSchedule, type ScheduleView } from './views/schedule.js';
import { namesPlan } from './domain/plan-identity.js';

export type { Diagnostic, Lang, Severity } from './diagnostics/diagnostic.js';
export type { CalDate } from './model/date.js';
export { parseDate, toISO, toVN } from './model/date.js';
export type { PlanDoc, UnitsDoc, ProgressDoc } from './model/types.js';
export type { LoadedDoc, Workspace } from './load/workspace.js';
export type { ScheduleView, ScheduleItem } from './views/schedule.js';
export type { ChecklistView, CheckItem, CheckGroup, ChecklistBy } from './views/checklist.js';
export type { ComplianceReport, Obligation, Outcome } from './views/compliance-types.js';
export type { AnniversaryReport } from './views/anniversaries.js';
export { anniversaryReport } from './views/anniversaries.js';
export type { Format, RenderContext, Rendered } from './formats/render-context.js';
export type { FormatCommand, Views } from './formats/registry.js';
export { formatNames, render } from './formats/registry.js';
export type { NextYearOptions, NextYearResult } from './authoring/next-year.js';
export { nextYear, NextYearError } from './authoring/next-year.js';

/** A loaded workspace: its files and documents, and the scope its references resolve in. */
export interface ThiduaWorkspace {
  readonly workspace: Workspace;
  readonly scope: Scope;
}

export interface LoadOptions {
  /** Where relative paths start; default `process.cwd()`. */
  cwd?: string;
  /** Language of the findings' messages; default Vietnamese. */
  lang?: Lang;
}

/**
 * Reads files, folders and globs as `thidua validate` does, with the YAML
 * files of the folders above them as context (units lists a plan refers to).
 * Bad data never throws: it becomes findings that {@link check} returns.
 * Throws when a path does not exist or no YAML file is found.
 */
export function load(paths: readonly string[], options: LoadOptions = {}): ThiduaWorkspace {
  const cwd = options.cwd ?? process.cwd();
  const { files, missing, walked } = expandPaths(paths.length ? [...paths] : ['.'], cwd);
  if (missing.length) throw new Error(`no such file or folder: ${missing.join(', ')}`);
  if (files.length === 0) throw new Error('no .yaml/.yml files to load');
  if (files.includes('-')) throw new Error('load() reads files, not stdin (-)');
  const workspace = loadWorkspace(files, { lang: options.lang ?? 'vi', cwd }, contextFiles(files, cwd, walked));
  return { workspace, scope: new Scope(workspace) };
}

export interface CheckOptions {
  /** Also run the strict-tier rules. */
  strict?: boolean;
  /** Rule ids to turn on, or off. */
  enable?: readonly string[];
  disable?: readonly string[];
}

/** Every finding about the loaded files, as `thidua validate` reports them (parse, schema and rule findings). */
export function check(ws: ThiduaWorkspace, options: CheckOptions = {}): Diagnostic[] {
  const sel = { ...(options.strict !== undefined && { strict: options.strict }), enable: [...(options.enable ?? [])], disable: [...(options.disable ?? [])] };
  return runRules(ws.workspace, sel, ws.scope);
}

/**
 * The plan a view is about: the one with this id (`06/KH-STP`, or
 * `06/KH-STP@2018` when several years are loaded), or the only plan loaded.
 * Throws when there is none, or several and no id.
 */
export function findPlan(ws: ThiduaWorkspace, id?: string): LoadedDoc<PlanDoc> {
  const all = plans(ws.workspace);
  const targets = all.filter((p) => p.file.role === 'target');
  const pool = targets.length ? targets : all;
  const chosen = id === undefined ? pool : pool.filter((p) => namesPlan(p.data, id) || `${p.data.id}@${p.data.year}` === id);
  if (chosen.length === 1) return chosen[0]!;
  if (chosen.length === 0) throw new Error(id === undefined ? 'no plan found (kind: plan)' : `no plan ${id}`);
  throw new Error(`several plans; pick one by id: ${chosen.map((p) => `${p.data.id}@${p.data.year}`).join(', ')}`);
}

export interface ViewOptions {
  /** The plan's id when several are loaded (see {@link findPlan}). */
  plan?: string;
  /** The day the view is computed for; required, so a script's result does not follow the clock. */
  asOf: string | CalDate;
}

function day(value: string | CalDate, what: string): CalDate {
  if (typeof value !== 'string') return value;
  const d = parseDate(value);
  if (!d) throw new Error(`${what}: not a date (write 2018-07-15 or 15/07/2018): ${value}`);
  return d;
}

/** The plan's year at a glance: phases, anniversaries, movements and deadlines, as `thidua schedule`. */
export function schedule(ws: ThiduaWorkspace, options: ViewOptions & { from?: string | CalDate; to?: string | CalDate }): ScheduleView {
  return buildSchedule({
    ws: ws.workspace,
    scope: ws.scope,
    plan: findPlan(ws, options.plan),
    asOf: day(options.asOf, 'asOf'),
    ...(options.from !== undefined && { from: day(options.from, 'from') }),
    ...(options.to !== undefined && { to: day(options.to, 'to') }),
  });
}

/** What each unit must do, ticked from the progress records, as `thidua checklist`. */
export function checklist(ws: ThiduaWorkspace, options: ViewOptions & { by?: ChecklistBy; unit?: string }): ChecklistView {
  return buildChecklist({
    ws: ws.workspace,
    scope: ws.scope,
    plan: findPlan(ws, options.plan),
    asOf: day(options.asOf, 'asOf'),
    ...(options.by !== undefined && { by: options.by }),
    ...(options.unit !== undefined && { unit: options.unit }),
  });
}

/** Each obligation's outcome and the plan against the law, as `thidua report`. */
export function report(ws: ThiduaWorkspace, options: ViewOptions & { unit?: string }): ComplianceReport {
  return buildCompliance({
    ws: ws.workspace,
    scope: ws.scope,
    plan: findPlan(ws, options.plan),
    asOf: day(options.asOf, 'asOf'),
    ...(options.unit !== undefined && { unit: options.unit }),
  });
}
