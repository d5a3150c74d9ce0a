/** A sector's tradition day (catalogue kind `tradition`): a ceremony only in round years. */
import { toISO } from '../model/date.js';
import { catalogue, findEntry } from '../model/catalogue.js';
import { anniversaryOccurrences } from '../domain/occurrences.js';
import { sameName } from '../model/text.js';
import type { PlanDoc } from '../model/types.js';
import type { ContentItem } from './compliance-types.js';
import type { Clause } from './law-text.js';

export function traditionItems(plan: PlanDoc, clause: Clause): ContentItem[] {
  const out: ContentItem[] = [];
  for (const a of plan.anniversaries ?? []) {
    const entry = findEntry(a.ref ?? a.id) ?? (a.title ? catalogue().find((e) => sameName(e.title, a.title!)) : undefined);
    if (!entry || entry.kind !== 'tradition') continue;
    // The ordinal of the occurrence the plan works toward (the domain's), not of the issue year.
    const occs = anniversaryOccurrences(a, plan);
    for (const o of occs) {
      const years = o.years;
      if (years === undefined || years <= 0) continue;
      const round = years % 10 === 0;
      const title = a.title ?? entry.title;
      out.push({
        id: occs.length > 1 ? `tradition-day:${a.id}@${toISO(o.date)}` : `tradition-day:${a.id}`,
        outcome: round ? 'pass' : 'note',
        basis: clause.ref,
        says: clause.says,
        message: round
          ? { vi: `${title}: ${years} năm là năm tròn, được tổ chức lễ kỷ niệm.`, en: `${title}: ${years} years is a round year; a ceremony may be held.` }
          : {
              vi: `${title}: ${years} năm không phải năm tròn — chỉ tổ chức các hoạt động thi đua, tuyên truyền, không tổ chức lễ kỷ niệm.`,
              en: `${title}: ${years} years is not a round year — emulation and communication activities only, no ceremony.`,
            },
      });
    }
  }
  return out;
}
