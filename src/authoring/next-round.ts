/**
 * `new --round`: a drive toward an anniversary (80 năm Ngày Tổng tuyển cử,
 * 06/01/1946 – 06/01/2026) moves to that day's next round (năm tròn) or năm
 * lẻ 5 occurrence — 85 năm, 06/01/2031 — and its whole window moves by as
 * many years. The anniversary aimed at is the one whose occurrence inside
 * the window comes last (a drive ends at the day it celebrates).
 */
import { aimedOccurrence } from '../domain/occurrences.js';
import type { Window } from '../domain/windows.js';
import { compareDates } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import { shiftByYears, inSpan, type WindowShift } from './next-window.js';

export type RoundShift = WindowShift & { round: { id: string; from: number; to: number } };

export function roundShift(plan: PlanDoc, old: Window, fail: (message: string) => Error): RoundShift {
  let best: { id: string; years: number; date: import('../model/date.js').CalDate } | undefined;
  for (const a of plan.anniversaries ?? []) {
    const occ = aimedOccurrence(a, plan);
    if (!occ || occ.years === undefined || occ.years < 1 || !inSpan(occ.date, old)) continue;
    if (!best || compareDates(best.date, occ.date) < 0) best = { id: a.id, years: occ.years, date: occ.date };
  }
  if (!best) throw fail('no anniversary falls inside the plan window: --round needs one to aim at');
  const to = (Math.floor(best.years / 5) + 1) * 5;
  return { ...shiftByYears({ from: old.from, to: old.to }, to - best.years), round: { id: best.id, from: best.years, to } };
}
