/**
 * RecordIndex (records-unique's index of a plan's records) tells records apart
 * exactly as recordKey does: on generated progress documents with few ids (so
 * repeats are common), a record finds a first exactly when an earlier record
 * has its key, and that first is the earliest record with the key — with its
 * own hash, and with one that makes every record collide; one index cleared
 * between plans answers as a new one would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_LISTS, RecordIndex, recordKey } from '../../src/domain/record-keys.js';
import type { ProgressDoc } from '../../src/model/types.js';

const id = fc.constantFrom('a', 'b', 'a-b');
// Dates in both notations, the same day in each, and texts that are no day (no identity).
const date = fc.constantFrom('2025-04-30', '30/04/2025', '30/4/2025', '2025-05-01', '01/05/2025', '2025-02-30', '31/04/2025');
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

const docArb: fc.Arbitrary<ProgressDoc> = fc.record({
  thidua: fc.constant(1 as const),
  kind: fc.constant('progress' as const),
  plan: fc.constant('01/KH'),
  asOf: maybe(date),
  selections: fc.array(fc.record({ quota: id, by: id, chosen: id }), { maxLength: 5 }),
  activities: fc.array(fc.record({ commemorates: id, by: id, date }), { maxLength: 5 }),
  targets: fc.array(fc.record({ target: id, by: id, achieved: fc.integer({ min: 0, max: 3 }) }), { maxLength: 5 }),
  contents: fc.array(fc.record({ content: id, by: id, status: fc.constantFrom('done' as const, 'in-progress' as const), date: maybe(date) }), { maxLength: 5 }),
  milestones: fc.array(fc.record({ milestone: id, by: id, done: date }), { maxLength: 5 }),
});

describe('RecordIndex: the identity of records-unique, as recordKey says', () => {
  // A hash of 0 for every record: each is told from the others by its parts alone.
  it.each([
    ['its own hash', undefined],
    ['one hash for every record', () => 0],
  ])('finds the first record with the same key, in reading order, and nothing for a record without a key, plan after plan (%s)', (_, hash) => {
    // One index for every plan, cleared between them, as records-unique uses it: a plan's
    // records never find another plan's. Up to 225 records a plan: the index grows (from 64).
    const plans = fc.array(fc.array(docArb, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(plans, (docsOfPlans) => {
        const index = new RecordIndex<string>(hash);
        for (const [p, docs] of docsOfPlans.entries()) {
          index.clear();
          const firstByKey = new Map<string, string>();
          for (const [d, doc] of docs.entries()) {
            for (const list of RECORD_LISTS) {
              for (let i = 0; i < (doc[list]?.length ?? 0); i++) {
                const here = `${p}/${d}/${list}/${i}`;
                const key = recordKey(doc, list, i);
                const first = index.firstOrAdd(doc, list, i, here);
                expect(first).toBe(key === undefined ? undefined : firstByKey.get(key));
                if (key !== undefined && !firstByKey.has(key)) firstByKey.set(key, here);
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes a key as a letter for the list, then the parts, a day as ISO', () => {
    const doc: ProgressDoc = {
      thidua: 1,
      kind: 'progress',
      plan: '01/KH',
      asOf: '30/06/2025',
      selections: [{ quota: 'q', by: 'x', chosen: 'y' }],
      activities: [{ commemorates: 'k', by: 'x', date: '30/04/2025' }, { commemorates: 'k', by: 'x', date: '2025-02-30' }],
      targets: [{ target: 't', by: 'x', achieved: 1 }],
      contents: [{ content: 'c', by: 'x', status: 'done' }],
      milestones: [{ milestone: 'm', by: 'x', done: '2025-03-01' }],
    };
    expect([recordKey(doc, 'selections', 0), recordKey(doc, 'activities', 0), recordKey(doc, 'activities', 1), recordKey(doc, 'targets', 0), recordKey(doc, 'contents', 0), recordKey(doc, 'milestones', 0)]).toEqual([
      's|q|x|y',
      'a|k|2025-04-30|x',
      undefined,
      't|t|x',
      'c|c|done|2025-06-30|x',
      'm|m|x',
    ]);
  });
});
