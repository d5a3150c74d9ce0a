/** What `nextYear` takes and returns; apart, so its text helpers can name them without importing it back. */
import type { CalDate } from '../model/date.js';
import type { DataPath } from '../model/types.js';

export interface NextYearOptions {
  year: number;
  /** Write the suggested anniversaries into the plan as comments. */
  suggest?: boolean;
}

export interface Dropped {
  kind: 'movement' | 'milestone';
  id: string;
  path: DataPath;
  /** A movement's last day; a milestone's movement. */
  to?: string;
  movement?: string;
}

export interface MovedDate {
  path: DataPath;
  from: string;
  to: string;
}

export interface Recomputed {
  id: string;
  path: DataPath;
  from: number;
  to: number;
}

/** Text that states an ordinal which was right last year and is not this year: said, not changed. */
export interface StaleOrdinal {
  path: DataPath;
  stated: number;
  anniversary: string;
  expected: number;
}

import type { Suggestion } from './suggested-days.js';
export type { Suggestion };

export interface NextYearResult {
  text: string;
  fromYear: number;
  year: number;
  id: { from: string; to: string };
  dropped: Dropped[];
  /** 29 February of the old year written as 28 February. */
  moved29Feb: MovedDate[];
  recomputed: Recomputed[];
  /** Lunar days (Tết, Giỗ Tổ) whose `date` was computed anew rather than moved. */
  lunar: MovedDate[];
  stale: StaleOrdinal[];
  suggestions: Suggestion[];
}
