/** What `nextYear` takes and returns; apart, so its text helpers can name them without importing it back. */
import type { CalDate } from '../model/date.js';
import type { DataPath } from '../model/types.js';

export interface NextYearOptions {
  /** The new plan year: the window moves by whole years (the next year, the next school year). */
  year?: number;
  /** The new window, given by the clerk (the next drive); `year` then follows its start. */
  period?: { from: CalDate; to: CalDate };
  /** Move to the next round (năm tròn) or năm lẻ 5 occurrence of the anniversary the plan works toward. */
  round?: boolean;
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

/** A prose edit, listed for the clerk: the scalar's path and the words before and after. */
export interface ProseEdit {
  path: DataPath;
  from: string;
  to: string;
}

/** A figure carried over from the old plan (a target's count or value, a quota's min or max): to confirm. */
export interface Figure {
  path: DataPath;
  id: string;
  key: string;
  value: number;
  unit?: string;
}

/** A date that moved past the end of its drive (or of the plan's window) while it lay inside before. */
export interface Beyond {
  path: DataPath;
  id: string;
  due: string;
  end: string;
  movement?: string;
}

/** A date kept as it was because what it belongs to did not move (a movement that still runs, an event). */
export interface Kept {
  kind: 'milestone' | 'event';
  path: DataPath;
  id: string;
  date: string;
  movement?: string;
}

export interface NextYearResult {
  text: string;
  fromYear: number;
  year: number;
  /** The old and new windows, as ISO dates. */
  window: { from: { from: string; to: string }; to: { from: string; to: string } };
  /** The plan's stable identity (`uid`) written into the new plan. */
  uid: string;
  /** The anniversary and ordinals a --round move aimed at. */
  round?: { id: string; from: number; to: number };
  prose: ProseEdit[];
  figures: Figure[];
  beyond: Beyond[];
  kept: Kept[];
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
