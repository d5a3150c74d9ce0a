import { plans, progressDocs, unitsDocs, type LoadedDoc } from '../load/workspace.js';
import type { DataPath } from '../model/types.js';
import { NONE, notADay, planNonDays } from './support/helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/dates-exist.js';

/** The schema checks the shape of a date; only the calendar knows 2018-02-30 is not a day. */
export default defineRule({
  id: 'dates-exist',
  description: { vi: 'Mọi ngày tháng là ngày có thật trên lịch.', en: 'Every date is a real calendar day.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    // A valid document's dates already have the shape (the schema's pattern is the parser's), so
    // parsing alone decides; plain loops, and a path only for a date that is not a day.
    const report = (doc: LoadedDoc, path: DataPath, text: string): number => out.push({ doc, path, params: { value: JSON.stringify(text) } });
    for (const doc of plans(ws)) for (const d of planNonDays(doc.data)) report(doc, d.path, d.text);
    for (const doc of unitsDocs(ws)) {
      const units = doc.data.units;
      for (let i = 0; i < units.length; i++) {
        if (notADay(units[i]!.validFrom)) report(doc, ['units', i, 'validFrom'], units[i]!.validFrom!);
        if (notADay(units[i]!.validTo)) report(doc, ['units', i, 'validTo'], units[i]!.validTo!);
        units[i]!.parents?.forEach((p, j) => {
          if (notADay(p.from)) report(doc, ['units', i, 'parents', j, 'from'], p.from);
          if (notADay(p.to)) report(doc, ['units', i, 'parents', j, 'to'], p.to);
        });
      }
    }
    for (const doc of progressDocs(ws)) {
      const { asOf, selections = NONE, activities = NONE, milestones = NONE, waivers = NONE } = doc.data;
      if (notADay(asOf)) report(doc, ['asOf'], asOf);
      for (let i = 0; i < selections.length; i++) if (notADay(selections[i]!.date)) report(doc, ['selections', i, 'date'], selections[i]!.date!);
      for (let i = 0; i < activities.length; i++) if (notADay(activities[i]!.date)) report(doc, ['activities', i, 'date'], activities[i]!.date);
      for (let i = 0; i < milestones.length; i++) if (notADay(milestones[i]!.done)) report(doc, ['milestones', i, 'done'], milestones[i]!.done);
      for (let i = 0; i < waivers.length; i++) if (notADay(waivers[i]!.expires)) report(doc, ['waivers', i, 'expires'], waivers[i]!.expires!);
    }
    return out;
  },
});
