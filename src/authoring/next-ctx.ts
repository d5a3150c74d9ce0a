/**
 * What the parts of `thidua new` share: the run's context and the small
 * readers of YAML nodes, apart so that the parts do not import each other.
 */
import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { findEntry, type CatalogueEntry } from '../model/catalogue.js';
import { toISO, type CalDate } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import type { NextYearOptions, NextYearResult } from './next-year-types.js';
import type { WindowShift } from './next-window.js';
import type { Edit } from './source-edits.js';

export interface Ctx {
  source: string;
  doc: Document.Parsed;
  /** The old plan as data, for the domain's window and occurrences. */
  plan: PlanDoc;
  shift: WindowShift;
  edits: Edit[];
  r: NextYearResult;
  opts: NextYearOptions;
}

export const str = (n: unknown): string | undefined => (isScalar(n) && typeof n.value === 'string' ? n.value : undefined);
export const mapAt = (n: unknown): YAMLMap | undefined => (isMap(n) ? n : undefined);
export const seqAt = (n: unknown): YAMLSeq | undefined => (isSeq(n) ? n : undefined);

/** A date in the style it was written in: ISO, or d/m/yyyy keeping each part's zero padding. */
export function writeLike(original: string, d: CalDate): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(original);
  if (!vn) return toISO(d);
  const part = (n: number, like: string): string => (like.length === 2 ? String(n).padStart(2, '0') : String(n));
  return `${part(d.d, vn[1]!)}/${part(d.m, vn[2]!)}/${d.y}`;
}

/** The catalogue entry an anniversary names by `ref`, or whose id it uses. */
export function entryOf(a: YAMLMap | undefined): CatalogueEntry | undefined {
  const ref = str(a?.get('ref', true));
  if (ref !== undefined) return findEntry(ref);
  const id = str(a?.get('id', true));
  return id !== undefined ? findEntry(id) : undefined;
}

