/**
 * Numbers as people read them, in one place for messages and every human
 * format: Vietnamese writes 74,2 · 1.250.000 · 64,66 %, English 74.2 ·
 * 1,250,000 · 64.66%. Machine formats (JSON, SARIF, JUnit) keep raw numbers
 * and do not come here.
 *
 * Figures are rounded before they are written, so a sum of rates never
 * prints as 330.71000000000004: to two decimals unless asked otherwise (a
 * target's own precision may be finer, see `decimalsOf`).
 */
import type { Lang } from './diagnostic.js';

/** Decimals a figure is written with at most, unless the figures themselves carry more. */
export const DEFAULT_DECIMALS = 2;
/** No figure of a plan needs more; float noise starts well past this. */
const MAX_DECIMALS = 6;

const formats = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${lang}${decimals}${grouping}`;
  let f = formats.get(key);
  if (!f) {
    // vi-VN: '.' groups, ',' is the decimal mark; grouping from four digits (1.250), as Vietnamese documents write it.
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: decimals, useGrouping: grouping });
    formats.set(key, f);
  }
  return f;
}

/** How many decimals a figure as written in a plan has (74.25 → 2), float noise aside. */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const s = String(Number(x.toFixed(MAX_DECIMALS)));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export interface NumberStyle {
  /** At most this many decimals (trailing zeros dropped); DEFAULT_DECIMALS when absent. */
  decimals?: number;
  /** Thousands separators (1.250.000); off for spreadsheet cells, which parse digits only. */
  grouping?: boolean;
}

/** 74,2 · 1.250.000 (vi); 74.2 · 1,250,000 (en). */
export function numberText(x: number, lang: Lang, style: NumberStyle = {}): string {
  if (!Number.isFinite(x)) return String(x);
  const decimals = Math.min(MAX_DECIMALS, Math.max(0, style.decimals ?? DEFAULT_DECIMALS));
  // -0 after rounding (-0.001) reads as "-0": show 0.
  const text = formatter(lang, decimals, style.grouping ?? true).format(x);
  return /^-0(?:[.,]0*)?$/.test(text) ? '0' : text;
}

/** A percentage given in percent (64.66 → 64,66 % in Vietnamese, with a no-break space; 64.66% in English). */
export function percentText(x: number, lang: Lang, style: NumberStyle = {}): string {
  return lang === 'vi' ? `${numberText(x, lang, style)}\u00a0%` : `${numberText(x, lang, style)}%`;
}
