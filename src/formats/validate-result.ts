import type { WaivedFinding } from '../check/waivers.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What `thidua validate` hands to its formatters. */
export interface ValidateResult {
  /** Files checked (targets only), as displayed. */
  files: string[];
  diagnostics: Diagnostic[];
  /** Source text per displayed path, for code frames. */
  sources: ReadonlyMap<string, string>;
  toolVersion: string;
  /** Rule id → one-line description and docs URL, for SARIF's rule table. */
  rules: ReadonlyMap<string, { description: string; helpUri: string }>;
  /** Findings a rule waiver in force covers: not counted, but listed (json, sarif as suppressed, stylish). */
  waived?: readonly WaivedFinding[];
}
