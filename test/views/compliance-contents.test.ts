import { describe, expect, it } from 'vitest';
import type { PlanDoc } from '../../src/model/types.js';
import { planContents, regimeOf } from '../../src/views/plan-contents.js';
import { dongThap, fixture, report, tienGiang } from './compliance-helpers.js';

const item = (r: ReturnType<typeof report>, id: string) => {
  const found = r.contents.find((c) => c.id === id);
  if (!found) throw new Error(`no content item ${id}: ${r.contents.map((c) => c.id).join(', ')}`);
  return found;
};

const minimal = (extra: Partial<PlanDoc>): PlanDoc => ({ thidua: 1, kind: 'plan', id: '01/KH-X', year: 2024, ...extra });

describe('the plan against the law', () => {
  it('picks the regime by issue date: Luật 06/2022/QH15 from 01/01/2024, NĐ 91/2017 before', () => {
    expect(regimeOf(minimal({ issued: '2023-12-31', year: 2024 }))).toBe('nd-91-2017');
    expect(regimeOf(minimal({ issued: '2024-01-01' }))).toBe('luat-06-2022');
    expect(report(tienGiang, '2018-07-15').regime).toBe('nd-91-2017');
    expect(report(dongThap, '2026-06-30').regime).toBe('luat-06-2022');
  });

  it('fails a post-2024 plan that states no measures, citing Luật 06/2022/QH15 Điều 17', () => {
    const r = report(fixture, '2025-07-10');
    const measures = item(r, 'measures');
    expect(measures.outcome).toBe('fail');
    expect(measures.basis).toBe('Luật 06/2022/QH15 Điều 17 khoản 1');
    expect(measures.message.vi).toContain('biện pháp');
    expect(item(r, 'objectives').outcome).toBe('pass');
    expect(item(r, 'forms').basis).toBe('Luật 06/2022/QH15 Điều 16 khoản 1');
  });

  it('passes the complete 2026 example on every item but the tradition-day note', () => {
    const r = report(dongThap, '2026-06-30');
    expect(r.contents.filter((c) => c.outcome === 'fail')).toEqual([]);
    expect(item(r, 'mid-term-review:xa-tiep-can-phap-luat').outcome).toBe('pass');
    expect(item(r, 'review').basis).toBe('Luật 06/2022/QH15 Điều 17 khoản 5');
  });

  it('notes that 2018 is not a round year for the justice sector tradition day (NĐ 111/2018)', () => {
    const r = report(tienGiang, '2018-07-15');
    const note = item(r, 'tradition-day:truyen-thong-tu-phap');
    expect(note.outcome).toBe('note');
    expect(note.basis).toBe('NĐ 111/2018/NĐ-CP Điều 4 khoản 3');
    expect(note.message.vi).toContain('73 năm');
    // National holidays are not a sector's tradition day.
    expect(r.contents.some((c) => c.id === 'tradition-day:quoc-khanh')).toBe(false);
  });

  it('finds what the 2018 news summary of a plan lacks under NĐ 91/2017 Điều 4', () => {
    const r = report(tienGiang, '2018-07-15');
    for (const id of ['objectives', 'review', 'targets']) {
      expect(item(r, id)).toMatchObject({ outcome: 'fail', basis: 'NĐ 91/2017/NĐ-CP Điều 4' });
    }
    // A mid-term review is practice, not a stated rule: a note.
    expect(item(r, 'mid-term-review:cai-cach-hanh-chinh')).toMatchObject({ outcome: 'note', basis: 'NĐ 91/2017/NĐ-CP Điều 4' });
    expect(item(r, 'targets').message.en).toContain('hoc-tap-lam-theo-bac');
    expect(item(r, 'forms').outcome).toBe('pass');
  });

  it('gives a tradition day in a round year a pass, and needs a mid-term review before the last quarter', () => {
    const { items } = planContents(
      minimal({
        issued: '2025-01-02',
        year: 2025,
        anniversaries: [{ id: 'tu-phap', ref: 'truyen-thong-tu-phap' }],
        movements: [{ id: 'cd', form: 'thematic', title: 'Chuyên đề', period: { from: '2025-01-01', to: '2025-12-31' } }],
        milestones: [{ id: 'tk', due: '2025-12-01', type: 'review', movement: 'cd' }],
      }),
    );
    expect(items.find((c) => c.id === 'tradition-day:tu-phap')?.outcome).toBe('pass');
    // A review on 01/12 is the closing one, not a mid-term review.
    expect(items.find((c) => c.id === 'mid-term-review:cd')?.outcome).toBe('note');
    expect(items.find((c) => c.id === 'review')?.outcome).toBe('pass');
  });
});
