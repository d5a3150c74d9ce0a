import type { Severity } from '../../diagnostics/diagnostic.js';
import type { Message } from '../../diagnostics/text.js';
import type { Scope } from '../../domain/scope.js';
import type { LoadedDoc, Workspace } from '../../load/workspace.js';
import type { DataPath } from '../../model/types.js';

export type Tier = 'default' | 'strict';
export type Params = Record<string, unknown>;

/** A rule's messages by id, the words of its findings (src/rules/messages/<rule-id>.ts). */
export type Messages<Id extends string = string> = Record<Id, Message<Params>>;

/**
 * What a rule reports: where (document and data path) and with what values.
 * `Id` is the rule's message ids: a finding names one of them, and may leave
 * it out (meaning `default`) only when the rule has a `default` message.
 */
export type Finding<Id extends string = string> = {
  doc: LoadedDoc;
  path: DataPath;
  /** Point at the key rather than the value. */
  key?: boolean;
  params: Params;
  related?: { doc: LoadedDoc; path: DataPath; note: string }[];
} & ('default' extends Id ? { messageId?: Id } : { messageId: Id });

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

/**
 * A rule as written: its findings' message ids are read from its messages, so
 * an id used in check() that the table lacks is a type error.
 */
export type RuleSpec<Id extends string> = Omit<Rule, 'messages' | 'check'> & {
  messages: Messages<Id>;
  check(ctx: RuleContext): Finding<NoInfer<Id>>[];
};

export const defineRule = <Id extends string>(r: RuleSpec<Id>): Rule => r;
