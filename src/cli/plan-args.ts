import { closestTyped } from '../model/text.js';
import { unknownRuleNames } from '../check/check.js';
import { checkPlans } from '../check/plan-run.js';
import type { WaivedFinding } from '../check/waivers.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Scope } from '../domain/scope.js';
import type { LoadedDoc, Workspace } from '../load/workspace.js';
import { todayInVietnam, toVN, type CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import { stylish } from '../formats/stylish.js';
import { rules } from '../rules/index.js';
import { useColor, type IO } from './io.js';
import { tr } from './lang.js';
import { UsageError } from './errors.js';
import { version } from './version.js';
import { resolveArgs } from './workspace-args.js';
import { LazySources } from './sources.js';
import { namesPlan } from '../domain/plan-identity.js';

export interface PlanWorkspace {
  ws: Workspace;
  scope: Scope;
  plan: LoadedDoc<PlanDoc>;
  /** Warnings of the run, for commands that want to mention them. */
  diagnostics: Diagnostic[];
  /** Findings a rule waiver in force covers (they did not refuse the plan). */
  waived: WaivedFinding[];
}

export interface PlanChecks {
  /** Rules turned off by `--disable`, as in validate. */
  disable?: readonly string[];
  /** The day rule waivers are judged in force on. */
  asOf?: CalDate;
  /** How the command lets the clerk pick among several plans (`new` has no --plan). */
  pickHint?: string;
}

/**
 * Findings about progress records that the reports themselves handle: a
 * selection that does not qualify is not counted (and `report` says why), a
 * record given twice counts once. They must not stop the reports.
 */
export const PROGRESS_FINDINGS = ['selections-qualify', 'records-unique'];

/**
 * Checks paths as `validate` does, folder tree by folder tree, picks one plan and
 * loads its workspace alone (src/check/plan-run.ts). A workspace with errors is
 * refused: its findings go to stderr as `validate` would print them, and the
 * caller exits 1 — reports on a broken plan would be confidently wrong.
 */
export async function loadPlan(
  paths: string[],
  planId: string | undefined,
  io: IO,
  lang: Lang,
  /** Rules whose findings the command itself explains (the report shows unqualified selections). */
  tolerate: readonly string[] = [],
  checks: PlanChecks = {},
): Promise<PlanWorkspace | { refused: number }> {
  const t = tr(lang);
  if (planId !== undefined && planId.trim() === '') throw new UsageError(`--plan: ${t('cần mã kế hoạch, ví dụ 06/KH-STP hoặc 06/KH-STP@2018', 'a plan id is needed, e.g. 06/KH-STP or 06/KH-STP@2018')}`);
  const unknown = unknownRuleNames({ disable: checks.disable ?? [] });
  if (unknown.length) throw new UsageError(`${t('không có quy tắc', 'unknown rule')}: ${unknown.join(', ')} (thidua rules)`);
  const args = await resolveArgs(paths, io, lang);
  const sel = { disable: [...tolerate, ...(checks.disable ?? [])] };
  const opts = { lang, cwd: io.cwd, problems: args.problems, found: args.found, ...(args.stdin !== undefined ? { stdin: args.stdin } : {}) };
  const run = checkPlans(args.files, args.context, opts, sel, checks.asOf ?? todayInVietnam(io.now()));
  const { diagnostics, waived } = run;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    io.stderr(
      stylish(
        { files: run.files, diagnostics: errors, sources: new LazySources(new Set(errors.map((d) => d.file)), run.source), toolVersion: version(), rules: new Map(rules.map((r) => [r.id, { description: r.description[lang], helpUri: '' }])) },
        { color: useColor({ ...io, stdoutIsTTY: false }, undefined, false), lang },
      ),
    );
    return { refused: 1 };
  }
  // The plans named on the command line; when only context files hold plans (progress files named alone), those.
  const onlyContext = run.plans.every((q) => q.role === 'context');
  const all = run.plans.filter((p) => p.role === 'target' || onlyContext);
  const chosen = planId ? all.filter((p) => namesPlan(p, planId) || `${p.id}@${p.year}` === planId) : all;
  if (chosen.length === 0) {
    const guess = planId ? closestTyped(planId.replace(/@\d+$/, ''), all.map((p) => p.id)) : undefined;
    const hint = guess ? ` (${t('có phải', 'did you mean')} ${guess}?)` : '';
    throw new UsageError(planId ? `${t('không có kế hoạch', 'no plan')} ${planId}${hint}` : t('không tìm thấy kế hoạch nào (kind: plan)', 'no plan found (kind: plan)'));
  }
  if (chosen.length > 1) {
    const list = chosen.map((p) => `${p.id}@${p.year} (${p.path})`).join(', ');
    throw new UsageError(`${checks.pickHint ?? t('có nhiều kế hoạch; chọn một bằng --plan', 'several plans; pick one with --plan')}: ${list}`);
  }
  // Only the chosen plan's files are loaded again: the check kept nothing of the others.
  const opened = run.open(chosen[0]!);
  if (!opened) throw new UsageError(`${chosen[0]!.path}: ${t('tệp đã thay đổi trong lúc đọc; hãy chạy lại', 'the file changed while it was being read; run again')}`);
  return { ...opened, diagnostics, waived };
}

export const asOfLine = (d: CalDate, lang: Lang): string => tr(lang)(`Tính đến ngày ${toVN(d)}`, `As of ${toVN(d)}`);
