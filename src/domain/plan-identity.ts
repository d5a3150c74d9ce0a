/**
 * What names a plan: its number (`id`), or its stable `uid` when it has one.
 * A progress file written while the plan was a draft (`__/KH-STP`) can say
 * `plan: <uid>` and still find the plan once the real number is written in.
 */
import type { PlanDoc } from '../model/types.js';

export const namesPlan = (plan: Pick<PlanDoc, 'id' | 'uid'>, ref: string): boolean => plan.id === ref || (plan.uid !== undefined && plan.uid === ref);

/** The names a plan is found by: its id, then its uid. */
export const planNames = (plan: Pick<PlanDoc, 'id' | 'uid'>): string[] => (plan.uid !== undefined && plan.uid !== plan.id ? [plan.id, plan.uid] : [plan.id]);
