import { capPerFile } from '../diagnostics/cap.js';
import { sortDiagnostics, type Diagnostic, type Lang } from '../diagnostics/diagnostic.js';
import { locate } from '../diagnostics/locate.js';
import { render } from '../diagnostics/text.js';
import { Scope } from '../domain/scope.js';
import type { Workspace } from '../load/workspace.js';
import { rules as allRules } from '../rules/index.js';
import type { Finding, Rule } from '../rules/support/rule.js';

export interface RuleSelection {
  /** Turn on the rules of the strict tier too. */
  strict?: boolean;
  /** Rules turned on by name (any tier). */
  enable?: readonly string[];
  /** Rules turned off by name. */
  disable?: readonly string[];
}

export function unknownRuleNames(sel: RuleSelection): string[] {
  const ids = new Set(allRules.map((r) => r.id));
  return [...(sel.enable ?? []), ...(sel.disable ?? [])].filter((n) => !ids.has(n));
}

export function selectRules(sel: RuleSelection, list: readonly Rule[] = allRules): Rule[] {
  const on = new Set(sel.enable ?? []);
  const off = new Set(sel.disable ?? []);
  return list.filter((r) => !off.has(r.id) && (r.tier === 'default' || sel.strict || on.has(r.id)));
}

export function toDiagnostic(rule: Rule, f: Finding, lang: Lang): Diagnostic {
  const msg = rule.messages[f.messageId ?? 'default'];
  if (!msg) throw new Error(`rule ${rule.id} has no message ${f.messageId}`);
  const span = locate(f.doc.src, f.path, { key: f.key });
  const d: Diagnostic = { code: rule.id, severity: rule.severity, ...render(msg, f.params, lang), file: f.doc.file.path, ...span, path: f.path };
  if (f.related?.length) {
    d.related = f.related.map((r) => ({ file: r.doc.file.path, ...locate(r.doc.src, r.path), message: r.note }));
  }
  return d;
}

let ids: ReadonlySet<string> | undefined;
/** The ids of every registered rule, whichever are selected: a waiver may name any. */
export const registeredIds = (): ReadonlySet<string> => (ids ??= new Set(allRules.map((r) => r.id)));

/** Every finding of the run, the loader's and the rules', in a deterministic order. */
export function check(ws: Workspace, sel: RuleSelection = {}, scope: Scope = new Scope(ws), list: readonly Rule[] = allRules): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Built at the first finding: a clean run of 10,000 files needs no set of their paths.
  let targets: Set<string> | undefined;
  const ruleIds = registeredIds();
  for (const rule of selectRules(sel, list)) {
    for (const f of rule.check({ ws, scope, ruleIds })) {
      targets ??= new Set(ws.files.filter((x) => x.role === 'target').map((x) => x.path));
      if (targets.has(f.doc.file.path)) out.push(toDiagnostic(rule, f, ws.lang));
    }
  }
  // The loader's findings after the rules': placing a rule's finding may add a note (load/not-placed).
  for (const f of ws.files) if (f.role === 'target' && f.diagnostics.length) out.push(...f.diagnostics);
  const unshown = new Map<string, number>();
  for (const f of ws.files) if (f.role === 'target' && f.unshown) unshown.set(f.path, f.unshown);
  return capPerFile(sortDiagnostics(dedupe(out)), ws.lang, unshown);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    // The path too: findings of a file too large to place all sit at 1:1 (load/not-placed).
    const k = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}:${d.path ? JSON.stringify(d.path) : ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
