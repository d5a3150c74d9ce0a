import { BoundedFindings, type Head } from '../diagnostics/bounded.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import { locate, placeAtLeast } from '../diagnostics/locate.js';
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

/** What the findings of one rule's message share: kept once, not in each of 100,000 heads. */
interface Told {
  rule: Rule;
  msg: Message<Params>;
  lang: Lang;
}

/**
 * A rule's finding as it is sorted and told apart (a Head): its start located
 * and its message and hint rendered only when read. Only a finding that may
 * be shown, or one with the path and code of another, reads them: a rule may
 * report 100,000 findings in one file, and each head is kept until the end
 * (to tell repeats apart), so it holds no more than the finding and its start.
 */
class RuleHead implements Head {
  /** Its start, located when first read: a head past the cap by `atLeast` is never placed. */
  private at: { line: number; column: number } | undefined;
  private text: { message: string; hint?: string } | undefined;
  constructor(
    private readonly told: Told,
    readonly f: Finding,
  ) {}
  get line(): number {
    return (this.at ??= locate(this.f.doc.src, this.f.path, { key: this.f.key })).line;
  }
  get column(): number {
    return (this.at ??= locate(this.f.doc.src, this.f.path, { key: this.f.key })).column;
  }
  atLeast(): { line: number; column: number } | undefined {
    return this.at ?? placeAtLeast(this.f.doc.src, this.f.path);
  }
  get code(): string {
    return this.told.rule.id;
  }
  get severity(): Severity {
    return this.told.rule.severity;
  }
  get file(): string {
    return this.f.doc.file.path;
  }
  get path(): DataPath {
    return this.f.path;
  }
  private rendered(): { message: string; hint?: string } {
    return (this.text ??= render(this.told.msg, this.f.params, this.told.lang));
  }
  get message(): string {
    return this.rendered().message;
  }
  /** The whole finding, a plain object (formats serialise it): built only while it may be shown. */
  build(): Diagnostic {
    const { message, hint } = this.rendered();
    const { code, severity, file, path, f } = this;
    const { line, column, endLine, endColumn } = locate(f.doc.src, f.path, { key: f.key });
    const d: Diagnostic = hint === undefined
      ? { code, severity, message, file, line, column, endLine, endColumn, path }
      : { code, severity, message, hint, file, line, column, endLine, endColumn, path };
    if (f.related?.length) d.related = f.related.map((r) => ({ file: r.doc.file.path, ...locate(r.doc.src, r.path), message: r.note }));
    return d;
  }
}

/** The head of a rule's finding; `told` keeps one Told per rule and message. */
function headOf(rule: Rule, f: Finding, lang: Lang, told: Map<string, Told>): RuleHead {
  const id = f.messageId ?? 'default';
  let t = told.get(id);
  if (!t) {
    const msg = rule.messages[id];
    if (!msg) throw new Error(`rule ${rule.id} has no message ${f.messageId}`);
    told.set(id, (t = { rule, msg, lang }));
  }
  return new RuleHead(t, f);
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
    const told = new Map<string, Told>();
    for (const f of rule.check({ ws, scope, ruleIds })) {
      targets ??= new Set(ws.files.filter((x) => x.role === 'target').map((x) => x.path));
      if (!targets.has(f.doc.file.path)) continue;
      const head = headOf(rule, f, ws.lang, told);
      found.add(head, () => head.build());
    }
  }
  // The loader's findings after the rules': placing a rule's finding may add a note (load/not-placed).
  for (const f of ws.files) if (f.role === 'target') for (const d of f.diagnostics) found.add(d);
  const unshown = new Map<string, number>();
  for (const f of ws.files) if (f.role === 'target' && f.unshown) unshown.set(f.path, f.unshown);
  return found.result(ws.lang, unshown);
}
