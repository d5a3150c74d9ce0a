/**
 * Agreement as a property (issue 9): on generated workspaces — units in a
 * tree, a plan with targets, content items, quotas, milestones and
 * anniversaries, owners alone or several at once (issue 10), several
 * progress files with records by owners and by units under them, repeats —
 * for every obligation, the checklist's box is done exactly when the report's
 * line passes or is late, its count is the report's actual, and every dated
 * obligation of the checklist is in the schedule on its day.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, toISO } from '../../src/model/date.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';
import { viewsOf } from '../helpers/views.js';

const YEAR = 2030;
const day = (n: number): string => toISO(addDays({ y: YEAR, m: 1, d: 1 }, n));
const dayArb = fc.integer({ min: 0, max: 364 });
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

type Owner = string | { kind: string };

const units = (districts: number[]): { id: string; name: string; kind: string; parent?: string; tags?: string[] }[] => [
  { id: 'so', name: 'Sở', kind: 'so' },
  ...districts.flatMap((communes, i) => [
    { id: `p${i}`, name: `Phòng ${i}`, kind: 'phong', parent: 'so' },
    ...Array.from({ length: communes }, (_, j) => ({ id: `x${i}${j}`, name: `Xã ${i}${j}`, kind: 'xa', parent: `p${i}`, ...((i + j) % 2 === 0 && { tags: ['ven-bien'] }) })),
  ]),
];

const ownerArb: fc.Arbitrary<Owner> = fc.constantFrom<Owner>('so', 'p0', { kind: 'phong' });
/** One owner, or several at once (`[so, {kind: phong}]`): p0 is also of kind phong, so a unit may be named twice. */
const ownersArb: fc.Arbitrary<Owner | Owner[]> = fc.oneof(ownerArb, fc.uniqueArray(ownerArb, { minLength: 2, maxLength: 3, selector: (o) => JSON.stringify(o) }));

const planArb = fc.record({
  phases: fc.boolean(),
  targets: fc.array(fc.record({ owner: ownersArb, count: maybe(fc.integer({ min: 1, max: 8 })), due: maybe(dayArb) }), { maxLength: 3 }),
  quotas: fc.array(
    fc.record({
      owner: fc.constantFrom<Owner>('so', { kind: 'phong' }),
      min: fc.integer({ min: 1, max: 3 }),
      extra: maybe(fc.integer({ min: 0, max: 2 })),
      within: fc.boolean(),
      tagged: fc.boolean(),
      forms: fc.boolean(),
      due: maybe(dayArb),
    }),
    { maxLength: 2 },
  ),
  contents: fc.array(fc.record({ owner: maybe(ownersArb), due: maybe(dayArb) }), { maxLength: 3 }),
  milestones: fc.array(fc.record({ owner: maybe(ownersArb), due: dayArb }), { maxLength: 2 }),
  anniversaries: fc.array(fc.record({ month: fc.integer({ min: 1, max: 12 }), date: fc.integer({ min: 1, max: 28 }), inPhase: fc.boolean() }), { maxLength: 2 }),
});

const recordArb = fc.record({
  kind: fc.constantFrom('selection', 'target', 'content', 'milestone', 'activity'),
  status: fc.constantFrom('done', 'in-progress', 'not-started'),
  document: fc.boolean(),
  item: fc.nat(3),
  by: fc.nat(20),
  other: fc.nat(20),
  n: fc.integer({ min: 0, max: 6 }),
  date: maybe(dayArb),
  form: maybe(fc.constantFrom('f1', 'f2')),
});

const workspaceArb = fc.record({
  districts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
  plan: planArb,
  files: fc.array(fc.record({ asOf: maybe(dayArb), records: fc.array(recordArb, { maxLength: 8 }) }), { minLength: 1, maxLength: 3 }),
  // Files repeated under another name: the same records given twice.
  repeats: fc.array(fc.nat(2), { maxLength: 2 }),
  asOf: fc.integer({ min: 0, max: 420 }),
});

type Spec = typeof workspaceArb extends fc.Arbitrary<infer T> ? T : never;

function files(spec: Spec): Record<string, string> {
  const us = units(spec.districts);
  const ids = us.map((u) => u.id);
  const communes = us.filter((u) => u.kind === 'xa').map((u) => u.id);
  const p = spec.plan;
  const plan = {
    thidua: 1,
    kind: 'plan',
    id: '01/KH-SO',
    title: 'Kế hoạch',
    year: YEAR,
    issuer: 'so',
    issued: day(4),
    ...(p.phases && {
      phases: [
        { id: 'd1', from: day(0), to: day(180), commemorates: p.anniversaries.flatMap((a, i) => (a.inPhase && a.month <= 6 ? [`a${i}`] : [])) },
        { id: 'd2', from: day(181), to: day(364) },
      ],
    }),
    movements: [
      {
        id: 'm',
        form: 'regular',
        title: 'Phong trào',
        targets: p.targets.map((t, i) => ({ id: `t${i}`, owner: t.owner, ...(t.count !== undefined && { count: t.count }), ...(t.due !== undefined && { due: day(t.due) }) })),
        contents: p.contents.map((c, i) => ({ id: `c${i}`, title: `Nội dung ${i}`, ...(c.owner !== undefined && { owner: c.owner }), ...(c.due !== undefined && { due: day(c.due) }) })),
        quotas: p.quotas.map((q, i) => ({
          id: `q${i}`,
          owner: q.owner,
          select: 'xa',
          min: q.min,
          ...(q.extra !== undefined && { max: q.min + q.extra }),
          ...(q.within && { within: 'owner' }),
          ...(q.tagged && { where: { tags: ['ven-bien'] } }),
          ...(q.forms && { forms: [{ id: 'f1' }, { id: 'f2' }] }),
          ...(q.due !== undefined && { due: day(q.due) }),
        })),
      },
    ],
    milestones: p.milestones.map((m, i) => ({ id: `ms${i}`, due: day(m.due), ...(m.owner !== undefined && { owner: m.owner }) })),
    anniversaries: p.anniversaries.map((a, i) => ({ id: `a${i}`, title: `Ngày ${i}`, origin: `1990-${String(a.month).padStart(2, '0')}-${String(a.date).padStart(2, '0')}` })),
  };
  const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
  const progress = spec.files.map((f) => {
    const out: Record<string, unknown[]> = { selections: [], targets: [], contents: [], milestones: [], activities: [] };
    for (const r of f.records) {
      const by = pick(ids, r.by)!;
      const date = r.date !== undefined ? { date: day(r.date) } : {};
      if (r.kind === 'selection' && p.quotas.length) out.selections!.push({ quota: `q${r.item % p.quotas.length}`, by, chosen: pick(communes, r.other), ...(r.form && { form: r.form }), ...date });
      if (r.kind === 'target' && p.targets.length) out.targets!.push({ target: `t${r.item % p.targets.length}`, by, achieved: r.n });
      if (r.kind === 'content' && p.contents.length) out.contents!.push({ content: `c${r.item % p.contents.length}`, by, status: r.status, ...(r.document && { document: `${r.n + 1}/BC` }), ...date });
      if (r.kind === 'milestone' && p.milestones.length) out.milestones!.push({ milestone: `ms${r.item % p.milestones.length}`, by, done: day(r.date ?? r.n * 50) });
      if (r.kind === 'activity' && p.anniversaries.length) out.activities!.push({ commemorates: `a${r.item % p.anniversaries.length}`, by, date: day(r.date ?? r.n * 50) });
    }
    return { thidua: 1, kind: 'progress', plan: '01/KH-SO', ...(f.asOf !== undefined && { asOf: day(f.asOf) }), ...out };
  });
  const out: Record<string, string> = {
    'units.yaml': JSON.stringify({ thidua: 1, kind: 'units', units: us }),
    'plan.yaml': JSON.stringify(plan),
  };
  progress.forEach((d, i) => (out[`progress-${i}.yaml`] = JSON.stringify(d)));
  spec.repeats.forEach((k, i) => (out[`repeat-${i}.yaml`] = JSON.stringify(progress[k % progress.length])));
  return out;
}

afterAll(removeTempWorkspaces);

const TYPE = { commemorate: 'anniversary', quota: 'quota', target: 'target', content: 'content', milestone: 'milestone' } as const;

describe('checklist, report and schedule agree', () => {
  it('on every obligation of generated workspaces', () => {
    fc.assert(
      fc.property(workspaceArb, (spec) => {
        const v = viewsOf(tempWorkspace(files(spec)), day(spec.asOf));
        const lines = new Map(v.report.obligations.map((o) => [`${o.type}|${o.id}|${o.owner}`, o]));
        const items = v.checklist.groups.flatMap((g) => g.items);
        expect(items.length).toBe(v.checklist.totals.items);
        for (const i of items) {
          const line = lines.get(`${TYPE[i.kind]}|${i.id}|${i.owner?.id ?? ''}`);
          expect(line, `${i.kind} ${i.id} ${i.owner?.id}`).toBeDefined();
          expect(i.done, `${i.kind} ${i.id} ${i.owner?.id}: ${line!.outcome}`).toBe(line!.outcome === 'pass' || line!.outcome === 'late');
          if (i.progress) expect(i.progress.done, `${i.kind} ${i.id} ${i.owner?.id}`).toBe(line!.actual);
        }
        // Every obligation with a day of its own is on the schedule that day.
        const dated = new Set<string>();
        for (const [kind, prefix, list] of [['quota', 'q', spec.plan.quotas], ['target', 't', spec.plan.targets], ['content', 'c', spec.plan.contents]] as const) {
          list.forEach((x, i) => x.due !== undefined && dated.add(`${kind}|${prefix}${i}|${day(x.due)}`));
        }
        const scheduled = new Set(v.schedule.items.map((s) => `${s.type}|${s.id}|${toISO(s.start)}`));
        for (const i of items) {
          const key = `${TYPE[i.kind]}|${i.id}|${toISO(i.due)}`;
          if (i.kind === 'commemorate' || i.kind === 'milestone' || dated.has(key)) expect(scheduled.has(key), key).toBe(true);
        }
        expect([...dated].every((k) => scheduled.has(k))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
