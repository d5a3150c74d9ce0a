import type { Severity } from '../../diagnostics/diagnostic.js';
import type { Message } from '../../diagnostics/text.js';
import type { Scope } from '../../domain/scope.js';
import type { LoadedDoc, Workspace } from '../../load/workspace.js';
import type { DataPath } from '../../model/types.js';

export type Tier = 'default' | 'strict';
export type Params = Record<string, unknown>;

/** What a rule reports: where (document and data path) and with what values. */
export interface Finding {
  doc: LoadedDoc;
  path: DataPath;
  /** Point at the key rather than the value. */
  key?: boolean;
  /** Which of the rule's messages; `default` when absent. */
  messageId?: string;
  params: Params;
  related?: { doc: LoadedDoc; path: DataPath; note: string }[];
}

export interface RuleContext {
  ws: Workspace;
  scope: Scope;
  /** Every registered rule id (a waiver may name one); the check layer passes the registry's. */
  ruleIds?: ReadonlySet<string>;
}

export interface Rule {
  /** Kebab-case, read as the passing state, equal to the file name. */
  id: string;
  description: { vi: string; en: string };
  severity: Severity;
  tier: Tier;
  messages: Record<string, Message<Params>>;
  check(ctx: RuleContext): Finding[];
  /**
   * The value that makes a finding pass, put at the finding's path by
   * `thidua fix` (as ESLint rules declare fixes). Read from the finding's own
   * params, so the fix and the message can never disagree.
   */
  fix?: (f: Finding) => string | number | undefined;
}

export const defineRule = (r: Rule): Rule => r;
