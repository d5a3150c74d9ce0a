import type { UnitMap } from '../domain/scope.js';
import { plans, type LoadedDoc } from '../load/workspace.js';
import { closest } from '../model/text.js';
import type { DataPath, ProgressDoc } from '../model/types.js';
import { NONE } from './support/helpers.js';
import { listText, planIdSets } from './support/ref-helpers.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/progress-references-resolve.js';
import { waiverRefProblem } from './support/waiver-refs.js';
import { namesPlan } from '../domain/plan-identity.js';

const NO_RULES: ReadonlySet<string> = new Set();

/** A progress file reports on one plan it can find, with that plan's ids and the units it sees. */
export default defineRule({
  id: 'progress-references-resolve',
  description: { vi: 'Tệp tiến độ chỉ đúng một kế hoạch, và mọi mã trong đó có trong kế hoạch hoặc trong các đơn vị nhìn thấy được.', en: 'A progress file names exactly one plan, and every id in it exists in that plan or among the visible units.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws, scope, ruleIds = NO_RULES }) {
    const out: Finding<MessageId>[] = [];
    // Ten thousand files, nearly all clean: a plain loop per field (no per-item closure, no
    // lookup by field name), and a path only for a reference that does not resolve.
    for (const { doc, match, units } of scope.progress()) {
      const p = doc.data;
      const { selections = NONE, activities = NONE, targets = NONE, contents = NONE, milestones = NONE, events = NONE, waivers = NONE } = p;
      if (p.reporter !== undefined && !units.has(p.reporter)) out.push(unknownUnit(doc, units, ['reporter'], p.reporter));
      for (let i = 0; i < selections.length; i++) if (!units.has(selections[i]!.by)) out.push(unknownUnit(doc, units, ['selections', i, 'by'], selections[i]!.by));
      for (let i = 0; i < activities.length; i++) if (!units.has(activities[i]!.by)) out.push(unknownUnit(doc, units, ['activities', i, 'by'], activities[i]!.by));
      for (let i = 0; i < targets.length; i++) if (!units.has(targets[i]!.by)) out.push(unknownUnit(doc, units, ['targets', i, 'by'], targets[i]!.by));
      for (let i = 0; i < contents.length; i++) if (!units.has(contents[i]!.by)) out.push(unknownUnit(doc, units, ['contents', i, 'by'], contents[i]!.by));
      for (let i = 0; i < milestones.length; i++) if (!units.has(milestones[i]!.by)) out.push(unknownUnit(doc, units, ['milestones', i, 'by'], milestones[i]!.by));
      for (let i = 0; i < selections.length; i++) if (!units.has(selections[i]!.chosen)) out.push(unknownUnit(doc, units, ['selections', i, 'chosen'], selections[i]!.chosen));
      for (let i = 0; i < waivers.length; i++) if (waivers[i]!.unit !== undefined && !units.has(waivers[i]!.unit!)) out.push(unknownUnit(doc, units, ['waivers', i, 'unit'], waivers[i]!.unit!));
      // A plan that failed its schema has its own finding: one mistake, one finding.
      if (!match.plan && match.refused) continue;
      if (!match.plan) {
        const all = plans(ws).filter((x) => namesPlan(x.data, p.plan));
        const years = match.candidates.length ? [] : [...new Set(all.map((x) => x.data.year))].sort();
        const list = listText(match.candidates.map((x) => `${x.file.path} (${x.data.year})`));
        if (match.candidates.length) out.push({ doc, path: ['plan'], messageId: 'plan-ambiguous', params: { value: p.plan, count: match.candidates.length, list, sameYear: new Set(match.candidates.map((x) => x.data.year)).size < match.candidates.length } });
        else out.push({ doc, path: ['plan'], messageId: 'plan-not-found', params: { value: p.plan, planYear: p.planYear, years: years.join(', '), suggestion: all.length ? undefined : closest(p.plan, scope.planIds()) } });
        continue;
      }
      const ids = planIdSets(match.plan.data);
      for (let i = 0; i < selections.length; i++) if (!ids.quotas.has(selections[i]!.quota)) out.push(unknownId(doc, ['selections', i, 'quota'], selections[i]!.quota, ids.quotas, 'unknown-quota'));
      for (let i = 0; i < activities.length; i++) if (!ids.anniversaries.has(activities[i]!.commemorates)) out.push(unknownId(doc, ['activities', i, 'commemorates'], activities[i]!.commemorates, ids.anniversaries, 'unknown-anniversary'));
      for (let i = 0; i < targets.length; i++) if (!ids.targets.has(targets[i]!.target)) out.push(unknownId(doc, ['targets', i, 'target'], targets[i]!.target, ids.targets, 'unknown-target'));
      for (let i = 0; i < contents.length; i++) if (!ids.contents.has(contents[i]!.content)) out.push(unknownId(doc, ['contents', i, 'content'], contents[i]!.content, ids.contents, 'unknown-content'));
      for (let i = 0; i < milestones.length; i++) if (!ids.milestones.has(milestones[i]!.milestone)) out.push(unknownId(doc, ['milestones', i, 'milestone'], milestones[i]!.milestone, ids.milestones, 'unknown-milestone'));
      for (let i = 0; i < events.length; i++) if (!ids.events.has(events[i]!.event)) out.push(unknownId(doc, ['events', i, 'event'], events[i]!.event, ids.events, 'unknown-event'));
      for (let i = 0; i < waivers.length; i++) {
        const bad = waiverRefProblem(waivers[i]!, i, ids.obligations, ruleIds);
        if (bad) out.push(unknownId(doc, bad.path, bad.value, new Set(bad.candidates), bad.messageId));
      }
    }
    return out;
  },
});

const unknownUnit = (doc: LoadedDoc, units: UnitMap, path: DataPath, value: string): Finding<MessageId> => ({ doc, path, messageId: 'unknown-unit', params: { value, suggestion: closest(value, units) } });

const unknownId = (doc: LoadedDoc<ProgressDoc>, path: DataPath, value: string, declared: ReadonlySet<string>, messageId: MessageId): Finding<MessageId> => ({
  doc,
  path,
  messageId,
  params: { value, plan: doc.data.plan, suggestion: closest(value, declared) },
});
