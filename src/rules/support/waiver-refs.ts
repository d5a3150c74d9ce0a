/**
 * What a waiver names, and whether it resolves. A waiver names an obligation
 * of the plan (`obligation`) or a check rule (`rule`, whose findings it
 * waives). The schema has always said `obligation` may name a check rule, so
 * a rule id there is accepted and means the same as `rule:`.
 */
import type { DataPath, Waiver } from '../../model/types.js';

export interface WaiverRefProblem {
  path: DataPath;
  value: string;
  candidates: readonly string[];
  messageId: 'unknown-obligation' | 'unknown-rule';
}

export function waiverRefProblem(w: Waiver, i: number, obligations: ReadonlySet<string>, ruleIds: ReadonlySet<string>): WaiverRefProblem | undefined {
  if (w.rule !== undefined && !ruleIds.has(w.rule)) return { path: ['waivers', i, 'rule'], value: w.rule, candidates: [...ruleIds], messageId: 'unknown-rule' };
  if (w.obligation !== undefined && !obligations.has(w.obligation) && !ruleIds.has(w.obligation)) {
    return { path: ['waivers', i, 'obligation'], value: w.obligation, candidates: [...obligations, ...ruleIds], messageId: 'unknown-obligation' };
  }
  return undefined;
}

/** The rule a waiver waives findings of, if it is a rule waiver. */
export function waivedRule(w: Waiver, ruleIds: ReadonlySet<string>): string | undefined {
  if (w.rule !== undefined) return w.rule;
  return w.obligation !== undefined && ruleIds.has(w.obligation) ? w.obligation : undefined;
}
