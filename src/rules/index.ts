import type { Rule } from './rule.js';
import anniversaryYearsMatch from './anniversary-years-match.js';
import datesExist from './dates-exist.js';

/** Every rule, in the order the docs list them. */
export const rules: readonly Rule[] = [anniversaryYearsMatch, datesExist];

export const ruleById = (id: string): Rule | undefined => rules.find((r) => r.id === id);
