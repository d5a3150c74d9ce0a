/**
 * `thidua anniversaries --format json`: a stable machine contract. Every key
 * is always present (null when the day has no such value), in this order.
 */
import type { RenderContext } from './render-context.js';
import { toISO } from '../model/date.js';
import type { AnniversaryReport } from '../views/anniversaries.js';

export interface JsonAnniversary {
  id: string;
  title: string;
  date: string;
  years: number | null;
  round: boolean;
  five: boolean;
  kind: string;
  sector: string | null;
  calendar: 'solar' | 'lunar';
  /** "10/3" for Giỗ Tổ: the lunar day/month the date was computed from. */
  lunar: string | null;
  origin: string | null;
  source: string | null;
  confidence: string;
}

export interface JsonAnniversaries {
  year: number;
  round: boolean;
  sector: string | null;
  anniversaries: JsonAnniversary[];
}

export function anniversariesJson(rep: AnniversaryReport, _ctx?: RenderContext): string {
  const out: JsonAnniversaries = {
    year: rep.year,
    round: Boolean(rep.filter.round),
    sector: rep.filter.sector ?? null,
    anniversaries: rep.rows.map((r) => ({
      id: r.id,
      title: r.title,
      date: toISO(r.date),
      years: r.years ?? null,
      round: r.round,
      five: r.five,
      kind: r.kind,
      sector: r.sector ?? null,
      calendar: r.calendar,
      lunar: r.lunar ? `${r.lunar.day}/${r.lunar.month}` : null,
      origin: r.origin ? toISO(r.origin) : null,
      source: r.source ?? null,
      confidence: r.confidence,
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
