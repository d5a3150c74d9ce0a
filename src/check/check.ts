import { BoundedFindings } from '../diagnostics/bounded.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
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

/** A rule's finding without its related places: what it is sorted and told apart by. */
function headOf(rule: Rule, f: Finding, lang: Lang): Diagnostic {
  const msg = rule.messages[f.messageId ?? 'default'];
  if (!msg) throw new Error(`rule ${rule.id} has no message ${f.messageId}`);
  const s = locate(f.doc.src, f.path, { key: f.key });
  const { message, hint } = render(msg, f.params, lang);
  const file = f.doc.file.path;
  // Written out, not spread: a rule may report 100,000 findings, and spreads cost.
  return hint === undefined
    ? { code: rule.id, severity: rule.severity, message, file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, path: f.path }
    : { code: rule.id, severity: rule.severity, message, hint, file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, path: f.path };
}

function withRelated(d: Diagnostic, f: Finding): Diagnostic {
  if (f.related?.length) {
    d.related = f.related.map((r) => ({ file: r.doc.file.path, ...locate(r.doc.src, r.path), message: r.note }));
  }
  return d;
}

let ids: ReadonlySet<string> | undefined;
/** The ids of every registered rule, whichever are selected: a waiver may name any. */
export const registeredIds = (): ReadonlySet<string> => (ids ??= new Set(allRules.map((r) => r.id)));

/**
 * Every finding of the run, the loader's and the rules', in a deterministic
 * order, at most MAX_PER_FILE a file (src/diagnostics/cap.ts): past that a
 * finding is counted, not built in full (src/diagnostics/bounded.ts).
 */
export function check(ws: Workspace, sel: RuleSelection = {}, scope: Scope = new Scope(ws), list: readonly Rule[] = allRules): Diagnostic[] {
  const found = new BoundedFindings();
  // Built at the first finding: a clean run of 10,000 files needs no set of their paths.
  let targets: Set<string> | undefined;
  const ruleIds = registeredIds();
  for (const rule of selectRules(sel, list)) {
    for (const f of rule.check({ ws, scope, ruleIds })) {
      targets ??= new Set(ws.files.filter((x) => x.role === 'target').map((x) => x.path));
      if (!targets.has(f.doc.file.path)) continue;
      const d = headOf(rule, f, ws.lang);
      found.add(d, () => withRelated(d, f));
    }
  }
  // The loader's findings after the rules': placing a rule's finding may add a note (load/not-placed).
  for (const f of ws.files) if (f.role === 'target') for (const d of f.diagnostics) found.add(d);
  const unshown = new Map<string, number>();
  for (const f of ws.files) if (f.role === 'target' && f.unshown) unshown.set(f.path, f.unshown);
  return found.result(ws.lang, unshown);
}
