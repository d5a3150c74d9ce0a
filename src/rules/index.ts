import type { Rule } from './support/rule.js';
import anniversaryYearsMatch from './anniversary-years-match.js';
import anniversaryDateInWindow from './anniversary-date-in-window.js';
import datesExist from './dates-exist.js';
import planReferencesResolve from './plan-references-resolve.js';
import progressReferencesResolve from './progress-references-resolve.js';
import quotasFeasible from './quotas-feasible.js';
import recordsUnique from './records-unique.js';
import contentsEvidenced from './contents-evidenced.js';
import selectionsQualify from './selections-qualify.js';
import unitReferencesResolve from './unit-references-resolve.js';
import unitsValidOnIssue from './units-valid-on-issue.js';
import planNumbered from './plan-numbered.js';
import anniversaryMatchesCatalogue from './anniversary-matches-catalogue.js';
import uniqueIds from './unique-ids.js';
import periodsOrdered from './periods-ordered.js';
import phasesWithinYear from './phases-within-year.js';
import phasesDisjoint from './phases-disjoint.js';
import phasesCoverYear from './phases-cover-year.js';
import anniversariesInsidePhase from './anniversaries-inside-phase.js';
import basisDatedBeforePlan from './basis-dated-before-plan.js';
import documentNumbersWellFormed from './document-numbers-well-formed.js';
import movementsActiveInYear from './movements-active-in-year.js';
import quotaBoundsOrdered from './quota-bounds-ordered.js';
import anniversaryYearsStated from './anniversary-years-stated.js';
import milestonesWithinYear from './milestones-within-year.js';
import activitiesWithinPhase from './activities-within-phase.js';
import yearMatchesDates from './year-matches-dates.js';

/** Every rule, in the order `thidua rules` lists them. */
export const rules: readonly Rule[] = [
  // The plan's own shape.
  datesExist,
  uniqueIds,
  documentNumbersWellFormed,
  planNumbered,
  periodsOrdered,
  yearMatchesDates,
  phasesWithinYear,
  phasesDisjoint,
  phasesCoverYear,
  anniversaryYearsMatch,
  anniversaryDateInWindow,
  anniversaryMatchesCatalogue,
  anniversariesInsidePhase,
  basisDatedBeforePlan,
  movementsActiveInYear,
  quotaBoundsOrdered,
  // References across files.
  unitReferencesResolve,
  planReferencesResolve,
  progressReferencesResolve,
  quotasFeasible,
  unitsValidOnIssue,
  selectionsQualify,
  recordsUnique,
  contentsEvidenced,
  // Strict tier.
  anniversaryYearsStated,
  milestonesWithinYear,
  activitiesWithinPhase,
];

export const ruleById = (id: string): Rule | undefined => rules.find((r) => r.id === id);
