/**
 * Deadlines as plans write them. "Hoàn thành trước ngày 15/10/2025" (before:
 * the 15th no longer counts, the last day that does is 14/10) and "đến hết
 * ngày 15/10/2025" (by the end of: the 15th counts) are both written with the
 * date the text gives; every judgement uses the last day that counts, and
 * every view shows the deadline as written.
 */
import { addDays, parseDate, type CalDate } from '../model/date.js';
import type { Due } from '../model/types.js';

/** How the text words a deadline: `before` ("trước ngày"), `by` ("đến hết ngày"); a bare date is `by`. */
export type DueForm = 'before' | 'by';

export interface Deadline {
  /** The last day that counts: a record on it is on time, a day later is late. */
  last: CalDate;
  /** The date the text gives, and how it words it. */
  written: CalDate;
  form: DueForm;
  /** True when written `{before}` or `{by}`, so a view repeats the wording; a bare date is shown bare. */
  worded: boolean;
}

/** The text of a deadline's date as written (for date checks), or undefined when there is none. */
export function dueText(due: Due | undefined): string | undefined {
  if (typeof due === 'string') return due;
  if (!due || typeof due !== 'object') return undefined;
  return 'before' in due ? due.before : 'by' in due ? due.by : undefined;
}

/** A deadline as the text words it, for views to repeat; undefined for a bare date (shown as the day). */
export interface DueWording {
  form: DueForm;
  /** The date the text gives (for `before`, the day after the last that counts). */
  date: CalDate;
}

export function dueWording(due: Due | undefined): DueWording | undefined {
  const d = deadlineOf(due);
  return d?.worded ? { form: d.form, date: d.written } : undefined;
}

/** The deadline of a `due` field; undefined when absent or not a real day (`dates-exist` reports that). */
export function deadlineOf(due: Due | undefined): Deadline | undefined {
  const text = dueText(due);
  const written = text ? parseDate(text) : undefined;
  if (!written) return undefined;
  const before = typeof due === 'object' && 'before' in due;
  return { last: before ? addDays(written, -1) : written, written, form: before ? 'before' : 'by', worded: typeof due === 'object' };
}
