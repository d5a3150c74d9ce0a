/**
 * The plan commands' loading as it was before the check went tree by tree: every file
 * loaded at once, one check, one Scope over the whole workspace. The tests hold the
 * tree-by-tree loading (src/cli/plan-args.ts) to what this answers.
 */
import { check } from '../../src/check/check.js';
import { applyRuleWaivers, type WaivedFinding } from '../../src/check/waivers.js';
import { UsageError } from '../../src/cli/errors.js';
import { useColor, type IO } from '../../src/cli/io.js';
import { version } from '../../src/cli/version.js';
import { loadFromArgs } from '../../src/cli/workspace-args.js';
import type { Lang } from '../../src/diagnostics/diagnostic.js';
import { namesPlan } from '../../src/domain/plan-identity.js';
import { Scope } from '../../src/domain/scope.js';
import { stylish } from '../../src/formats/stylish.js';
import { plans, textOf, type LoadedDoc, type Workspace } from '../../src/load/workspace.js';
import type { CalDate } from '../../src/model/date.js';
import { closestTyped } from '../../src/model/text.js';
import type { PlanDoc } from '../../src/model/types.js';
import { rules } from '../../src/rules/index.js';

export type WholeResult = { ws: Workspace; scope: Scope; plan: LoadedDoc<PlanDoc>; waived: WaivedFinding[] } | { refused: string } | { usage: string };

export async function loadWhole(paths: string[], planId: string | undefined, io: IO, lang: Lang, disable: readonly string[], asOf: CalDate): Promise<WholeResult> {
  const t = (vi: string, en: string): string => (lang === 'vi' ? vi : en);
  let ws: Workspace;
  try {
    ws = await loadFromArgs(paths, io, lang);
  } catch (e) {
    if (e instanceof UsageError) return { usage: e.message };
    throw e;
  }
  const scope = new Scope(ws);
  const { diagnostics, waived } = applyRuleWaivers(ws, check(ws, { disable }, scope), asOf);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const targets = ws.files.filter((f) => f.role === 'target');
    const out = stylish(
      { files: targets.map((f) => f.path), diagnostics: errors, sources: new Map(targets.map((f) => [f.path, textOf(f)])), toolVersion: version(), rules: new Map(rules.map((r) => [r.id, { description: r.description[lang], helpUri: '' }])) },
      { color: useColor({ ...io, stdoutIsTTY: false }, undefined, false), lang },
    );
    return { refused: out };
  }
  const all = plans(ws).filter((p) => p.file.role === 'target' || plans(ws).every((q) => q.file.role === 'context'));
  const chosen = planId ? all.filter((p) => namesPlan(p.data, planId) || `${p.data.id}@${p.data.year}` === planId) : all;
  if (chosen.length === 0) {
    const guess = planId ? closestTyped(planId.replace(/@\d+$/, ''), all.map((p) => p.data.id)) : undefined;
    const hint = guess ? ` (${t('có phải', 'did you mean')} ${guess}?)` : '';
    return { usage: planId ? `${t('không có kế hoạch', 'no plan')} ${planId}${hint}` : t('không tìm thấy kế hoạch nào (kind: plan)', 'no plan found (kind: plan)') };
  }
  if (chosen.length > 1) return { usage: `${t('có nhiều kế hoạch; chọn một bằng --plan', 'several plans; pick one with --plan')}: ${chosen.map((p) => `${p.data.id}@${p.data.year} (${p.file.path})`).join(', ')}` };
  return { ws, scope, plan: chosen[0]!, waived };
}
