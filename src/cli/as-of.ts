import type { Lang } from '../diagnostics/diagnostic.js';
import { parseDate, todayInVietnam, type CalDate } from '../model/date.js';
import type { IO } from './io.js';
import { tr } from './lang.js';
import { UsageError } from './errors.js';

// Its own module, not plan-args.ts: `validate` needs the date, not the plan
// commands' loading and stylish output (with chalk) that plan-args brings.

/** `--as-of` as given, or today in Vietnam. */
export function asOfDate(text: string | undefined, io: IO, lang: Lang): CalDate {
  if (text === undefined) return todayInVietnam(io.now());
  const d = parseDate(text);
  // Year 0000 parses as a date, and prints as 01/01/0: a plan year is in this range.
  if (d && (d.y < 1900 || d.y > 2199)) throw new UsageError(`--as-of ${text}: ${tr(lang)('năm phải từ 1900 đến 2199', 'the year must be from 1900 to 2199')}`);
  if (!d) throw new UsageError(`--as-of ${text}: ${tr(lang)('không phải một ngày (viết 2018-07-15 hoặc 15/07/2018)', 'not a date (write 2018-07-15 or 15/07/2018)')}`);
  return d;
}
