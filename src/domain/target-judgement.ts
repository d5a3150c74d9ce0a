/**
 * Is a target met, given the records that stand? The one place that says so:
 * report, checklist and every format read the line this judgement fills.
 *
 * A target has a measure and a sense, as plans state them:
 * - `count` (the default): counts reported by units under the owner add up;
 * - `rate` (%): rates never add up. Where every record gives its numerator
 *   (`achieved`) and denominator (`of`), the owner's rate is weighted
 *   (Σ achieved ÷ Σ of); else the owner's own record, or a single record,
 *   stands; several bare rates cannot be combined, and the line says so;
 * - `amount` (with a unit: VND, triệu đồng, người…): an owner's figure, not a
 *   sum (an average income is not additive), combined as a bare rate is.
 * Senses: `at-least` (the default) is met when the figure reaches the value;
 * `reduce-to` when it is at or below it; `keep` is judged only on the figure
 * that stands at the end of its window (the due day) and is pending until then.
 * Figures are rounded to two decimals, so floating noise never shows or decides.
 */
import type { TargetMeasure, TargetSense } from '../model/types.js';

export interface TargetFigureRecord {
  by: string;
  achieved: number;
  of?: number;
}

export interface TargetFigure {
  /** Undefined when nothing stands, or when bare rates or amounts cannot be combined. */
  value: number | undefined;
  how: 'none' | 'sum' | 'weighted' | 'single' | 'own' | 'not-combinable';
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The owner's figure from the records that stand (each unit's latest). */
export function targetFigure(measure: TargetMeasure, owner: string, records: readonly TargetFigureRecord[]): TargetFigure {
  if (!records.length) return { value: undefined, how: 'none' };
  if (measure === 'count') return { value: round2(records.reduce((n, r) => n + r.achieved, 0)), how: 'sum' };
  const asRate = (r: TargetFigureRecord): number => (measure === 'rate' && r.of ? (r.achieved / r.of) * 100 : r.achieved);
  if (measure === 'rate' && records.every((r) => r.of !== undefined && r.of > 0)) {
    const of = records.reduce((n, r) => n + r.of!, 0);
    return { value: round2((records.reduce((n, r) => n + r.achieved, 0) / of) * 100), how: 'weighted' };
  }
  const own = records.find((r) => r.by === owner);
  if (own) return { value: round2(asRate(own)), how: 'own' };
  if (records.length === 1) return { value: round2(asRate(records[0]!)), how: 'single' };
  return { value: undefined, how: 'not-combinable' };
}

export const meets = (sense: TargetSense, figure: number | undefined, required: number): boolean =>
  figure !== undefined && (sense === 'reduce-to' ? round2(figure) <= round2(required) : round2(figure) >= round2(required));

export interface TargetJudgement {
  outcome: 'pass' | 'fail' | 'pending' | 'late';
  /** Why it is not met, as a reason id for the views: `short`, `not-combinable`, `keep-until-end`. */
  reason?: 'short' | 'not-combinable';
}

/**
 * The outcome on the as-of day. `now` is the figure standing on the as-of day,
 * `atDue` the one standing on the due day (or now, before it).
 */
export function judgeTarget(sense: TargetSense, required: number, now: TargetFigure, atDue: TargetFigure, beforeDue: boolean, onOrBeforeDue: boolean): TargetJudgement {
  if (sense === 'keep') {
    if (beforeDue) return { outcome: 'pending' };
    return meets(sense, atDue.value, required) ? { outcome: 'pass' } : { outcome: 'fail', reason: atDue.how === 'not-combinable' ? 'not-combinable' : 'short' };
  }
  if (meets(sense, atDue.value, required)) return { outcome: 'pass' };
  if (onOrBeforeDue) return { outcome: 'pending' };
  if (meets(sense, now.value, required)) return { outcome: 'late' };
  return { outcome: 'fail', reason: now.how === 'not-combinable' ? 'not-combinable' : 'short' };
}
