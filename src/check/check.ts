import { BoundedFindings, type Head } from '../diagnostics/bounded.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import { locate } from '../diagnostics/locate.js';
import { render, type Message } from '../diagnostics/text.js';
import { Scope } from '../domain/scope.js';
import type { Workspace } from '../load/workspace.js';
import { rules as allRules } from '../rules/index.js';
import type { DataPath } from '../model/types.js';
import type { Finding, Params, Rule } from '../rules/support/rule.js';

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

/**
 * A rule's finding as it is sorted and told apart (a Head): located at once,
 * its message and hint rendered only when read. Only a tie at one place and
 * code, or a finding that may be shown, reads them: a rule may report 100,000
 * findings in one file, and rendering each cost more than keeping it.
 */
class RuleHead implements Head {
  readonly code: string;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly path: DataPath;
  private text: { message: string; hint?: string } | undefined;
  constructor(
    private readonly msg: Message<Params>,
    private readonly rule: Rule,
    readonly f: Finding,
    private readonly lang: Lang,
  ) {
    const s = locate(f.doc.src, f.path, { key: f.key });
    this.code = rule.id;
    this.severity = rule.severity;
    this.file = f.doc.file.path;
    this.line = s.line;
    this.column = s.column;
    this.endLine = s.endLine;
    this.endColumn = s.endColumn;
    this.path = f.path;
  }
  private rendered(): { message: string; hint?: string } {
    return (this.text ??= render(this.msg, this.f.params, this.lang));
  }
  get message(): string {
    return this.rendered().message;
  }
  /** The whole finding, a plain object (formats serialise it): built only while it may be shown. */
  build(): Diagnostic {
    const { message, hint } = this.rendered();
    const { code, severity, file, line, column, endLine, endColumn, path } = this;
    const d: Diagnostic = hint === undefined
      ? { code, severity, message, file, line, column, endLine, endColumn, path }
      : { code, severity, message, hint, file, line, column, endLine, endColumn, path };
    const rel = this.f.related;
    if (rel?.length) d.related = rel.map((r) => ({ file: r.doc.file.path, ...locate(r.doc.src, r.path), message: r.note }));
    return d;
  }
}

function headOf(rule: Rule, f: Finding, lang: Lang): RuleHead {
  const msg = rule.messages[f.messageId ?? 'default'];
  if (!msg) throw new Error(`rule ${rule.id} has no message ${f.messageId}`);
  return new RuleHead(msg, rule, f, lang);
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
      const head = headOf(rule, f, ws.lang);
      found.add(head, () => head.build());
    }
  }
  // The loader's findings after the rules': placing a rule's finding may add a note (load/not-placed).
  for (const f of ws.files) if (f.role === 'target') for (const d of f.diagnostics) found.add(d);
  const unshown = new Map<string, number>();
  for (const f of ws.files) if (f.role === 'target' && f.unshown) unshown.set(f.path, f.unshown);
  return found.result(ws.lang, unshown);
}
