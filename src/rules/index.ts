import type { Rule } from './rule.js';
import anniversaryYearsMatch from './anniversary-years-match.js';
import datesExist from './dates-exist.js';
import planReferencesResolve from './plan-references-resolve.js';
import progressReferencesResolve from './progress-references-resolve.js';
import quotasFeasible from './quotas-feasible.js';
import recordsUnique from './records-unique.js';
import selectionsQualify from './selections-qualify.js';
import unitReferencesResolve from './unit-references-resolve.js';
import unitsValidOnIssue from './units-valid-on-issue.js';

/** Every rule, in the order `thidua rules` lists them. */
export const rules: readonly Rule[] = [
  datesExist,
  anniversaryYearsMatch,
  unitReferencesResolve,
  planReferencesResolve,
  progressReferencesResolve,
  quotasFeasible,
  unitsValidOnIssue,
  selectionsQualify,
  recordsUnique,
];

export const ruleById = (id: string): Rule | undefined => rules.find((r) => r.id === id);
