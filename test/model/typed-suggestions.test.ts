import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { closest, closestTyped, foldVi } from '../../src/model/text.js';
import { fakeIO } from '../helpers/fake-io.js';
import { dongThapDir, tienGiangDir } from '../helpers/plan-ws.js';

describe('suggestions tolerant of Vietnamese typing', () => {
  it('D and the look-alike Ð for Đ, missing diacritics and case all fold together', () => {
    expect(foldVi('2437/QĐ-TTg')).toBe(foldVi('2437/QD-TTg'));
    expect(foldVi('2437/QĐ-TTg')).toBe(foldVi('2437/QÐ-TTg'));
    expect(foldVi('Phòng Tư pháp')).toBe('phong tu phap');
    const ids = ['2437/QĐ-TTg', '06/KH-STP', '98/2023/NĐ-CP'];
    expect(closestTyped('2437/QD-TTg', ids)).toBe('2437/QĐ-TTg');
    expect(closestTyped('2437/QÐ-TTg', ids)).toBe('2437/QĐ-TTg');
    expect(closestTyped('98/2023/ND-CP', ids)).toBe('98/2023/NĐ-CP');
    expect(closestTyped('12/KH-XYZ-ABC', ids)).toBeUndefined();
  });

  it('--plan and --unit suggest across case and typing', async () => {
    const plan = fakeIO({ cwd: dongThapDir });
    expect(await main(['report', '.', '--plan', '12/kh-stp', '--as-of', '2026-06-30'], plan.io)).toBe(2);
    expect(plan.err()).toContain('không có kế hoạch 12/kh-stp (có phải 12/KH-STP?)');
    const unit = fakeIO({ cwd: tienGiangDir });
    expect(await main(['checklist', '.', '--unit', 'PTP-My-Tho', '--as-of', '2018-07-15'], unit.io)).toBe(2);
    expect(unit.err()).toContain('(có phải ptp-my-tho?)');
  });
});

describe('closest: exact, remembered, and bounded', () => {
  const ids = ['xa-tan-thanh', 'xa-tan-phu', 'xa-phu-dong', 'ptp-my-tho'];
  it('the nearest within the limit, ties to the first in code order, none past the limit', () => {
    expect(closest('xa-tan-thnh', ids)).toBe('xa-tan-thanh');
    expect(closest('xa-tan-phu', ids)).toBe('xa-tan-phu');
    expect(closest('ab', ['ac', 'ab1', 'aa'])).toBe('aa');
    expect(closest('khong-co-gi-giong', ids)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
  it('a Map is searched by its keys, and the same answer comes from memory', () => {
    const units = new Map(ids.map((id) => [id, {}]));
    expect(closest('ptp-my-th', units)).toBe('ptp-my-tho');
    expect(closest('ptp-my-th', units)).toBe('ptp-my-tho');
  });
  it('a list whose comparisons pass the budget stops suggesting instead of comparing every id with every other', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `u${String(i).padStart(6, '0')}`);
    // Ten distinct mistakes cost 2,000,000 comparisons: the budget. The eleventh gets no suggestion.
    for (let i = 0; i < 10; i++) expect(closest(`u00000${i}x`, many)).toBe(`u00000${i}`);
    expect(closest('u000011x', many)).toBeUndefined();
    // A word asked before is still answered, from memory.
    expect(closest('u000003x', many)).toBe('u000003');
  });
});
