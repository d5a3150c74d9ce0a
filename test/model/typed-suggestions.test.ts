import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { closestTyped, foldVi } from '../../src/model/text.js';
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
