import { describe, expect, it } from 'vitest';
import type { LoadedDoc } from '../../src/load/workspace.js';
import { parseDate } from '../../src/model/date.js';
import type { ProgressDoc } from '../../src/model/types.js';
import { indexProgress } from '../../src/domain/progress-index.js';

/** Only the parts of a loaded document the index reads. */
const doc = (path: string, data: Omit<ProgressDoc, 'thidua' | 'kind' | 'plan'>): LoadedDoc<ProgressDoc> =>
  ({ file: { path }, index: 0, valid: true, kind: 'progress', data: { thidua: 1, kind: 'progress', plan: 'X', ...data } }) as unknown as LoadedDoc<ProgressDoc>;

const a = doc('a.yaml', {
  asOf: '2030-03-31',
  selections: [
    { quota: 'q', by: 'u1', chosen: 'c1', form: 'f1' },
    { quota: 'q', by: 'u2', chosen: 'c2', date: '2030-05-01' },
  ],
  activities: [{ commemorates: 'ann', by: 'u1', date: '2030-02-02', title: 'Lễ' }],
  targets: [{ target: 't', by: 'u1', achieved: 3 }],
  milestones: [{ milestone: 'm', by: 'u1', done: '2030-03-10' }],
});
// A later report: the same selection again, a newer target figure, an earlier milestone record.
const b = doc('b.yaml', {
  asOf: '2030-06-30',
  selections: [{ quota: 'q', by: 'u1', chosen: 'c1', form: 'f1' }],
  activities: [{ commemorates: 'ann', by: 'u1', date: '2030-02-02', title: 'Lễ' }],
  targets: [{ target: 't', by: 'u1', achieved: 5 }],
  milestones: [{ milestone: 'm', by: 'u1', done: '2030-03-08' }],
});

describe('indexProgress', () => {
  it('counts the same record once, whichever file repeats it', () => {
    const ix = indexProgress([b, a]);
    expect(ix.selections('q', 'u1')).toHaveLength(1);
    expect(ix.selections('q', 'u1')[0]!.source.file).toBe('a.yaml');
    expect(ix.activities('ann')).toHaveLength(1);
  });

  it("takes a unit's latest figure for a target, not the sum of its reports", () => {
    const ix = indexProgress([a, b]);
    expect(ix.achieved('t', 'u1')?.achieved).toBe(5);
    expect(ix.targetRecords('t')).toHaveLength(1);
    expect(ix.achieved('t', 'u2')).toBeUndefined();
  });

  it('dates a milestone by its earliest record', () => {
    const ix = indexProgress([a, b]);
    expect(ix.milestoneDone('m', 'u1')?.done).toBe('2030-03-08');
    expect(ix.milestoneRecords('m')).toHaveLength(1);
  });

  it('leaves out what was not known on the as-of day', () => {
    const ix = indexProgress([a, b], { asOf: parseDate('2030-04-15')! });
    expect(ix.selections('q').map((s) => s.by)).toEqual(['u1']);
    expect(ix.achieved('t', 'u1')?.achieved).toBe(3);
    // A record's own date decides, even in a report written later.
    expect(ix.milestoneDone('m', 'u1')?.done).toBe('2030-03-08');
    const early = indexProgress([a, b], { asOf: parseDate('2030-03-01')! });
    expect(early.selections('q')).toEqual([]);
    expect(early.activities('ann')).toHaveLength(1);
    expect(early.milestoneDone('m', 'u1')).toBeUndefined();
  });
});
