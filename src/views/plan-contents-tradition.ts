/** A sector's tradition day (catalogue kind `tradition`): a ceremony only in round years. */
import { parseDate } from '../model/date.js';
import { catalogue, findEntry } from '../model/catalogue.js';
import { sameName } from '../model/text.js';
import type { PlanDoc } from '../model/types.js';
import type { ContentItem } from './compliance-types.js';
import type { Clause } from './law-text.js';

export function traditionItems(plan: PlanDoc, clause: Clause): ContentItem[] {
  const out: ContentItem[] = [];
  for (const a of plan.anniversaries ?? []) {
    const entry = findEntry(a.ref ?? a.id) ?? (a.title ? catalogue().find((e) => sameName(e.title, a.title!)) : undefined);
    if (!entry || entry.kind !== 'tradition') continue;
    const origin = (a.origin && parseDate(a.origin)) || entry.origin;
    if (!origin || plan.year <= origin.y) continue;
    const years = plan.year - origin.y;
    const round = years % 10 === 0;
    const title = a.title ?? entry.title;
    out.push({
      id: `tradition-day:${a.id}`,
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
  return out;
}
