import { looksLikeDate, parseDate } from '../model/date.js';
import { plans, progressDocs, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import type { DataPath } from '../model/types.js';
import { planDates } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

/** The schema checks the shape of a date; only the calendar knows 2018-02-30 is not a day. */
export default defineRule({
  id: 'dates-exist',
  description: { vi: 'Mọi ngày tháng là ngày có thật trên lịch.', en: 'Every date is a real calendar day.' },
  severity: 'error',
  tier: 'default',
  messages: {
    default: {
      vi: (p) => `Ngày ${p.value} không có trên lịch.`,
      en: (p) => `The date ${p.value} does not exist.`,
      hint: { vi: () => 'Kiểm tra lại ngày và tháng (tháng 2 có 28 hoặc 29 ngày).', en: () => 'Check the day and month (February has 28 or 29 days).' },
    },
  },
  check({ ws }) {
    const out: Finding[] = [];
    const report = (doc: LoadedDoc, path: DataPath, text: string): void => {
      if (looksLikeDate(text) && !parseDate(text)) out.push({ doc, path, params: { value: JSON.stringify(text) } });
    };
    for (const doc of plans(ws)) for (const d of planDates(doc.data)) report(doc, d.path, d.text);
    for (const doc of unitsDocs(ws)) {
      doc.data.units.forEach((u, i) => {
        if (u.validFrom) report(doc, ['units', i, 'validFrom'], u.validFrom);
        if (u.validTo) report(doc, ['units', i, 'validTo'], u.validTo);
      });
    }
    for (const doc of progressDocs(ws)) {
      const p = doc.data;
      if (p.asOf) report(doc, ['asOf'], p.asOf);
      (p.selections ?? []).forEach((s, i) => s.date && report(doc, ['selections', i, 'date'], s.date));
      (p.activities ?? []).forEach((a, i) => report(doc, ['activities', i, 'date'], a.date));
      (p.milestones ?? []).forEach((m, i) => report(doc, ['milestones', i, 'done'], m.done));
      (p.waivers ?? []).forEach((w, i) => w.expires && report(doc, ['waivers', i, 'expires'], w.expires));
    }
    return out;
  },
});
