import { describe, expect, it } from 'vitest';
import type { PlanDoc } from '../../src/model/types.js';
import { planShape as planWindow } from '../../src/domain/windows.js';
import { planContents } from '../../src/views/plan-contents.js';

const plan = (extra: Partial<PlanDoc> & { period?: unknown }): PlanDoc => ({ thidua: 1, kind: 'plan', id: '01/KH-X', year: 2024, issued: '2024-03-01', ...extra }) as PlanDoc;
const review = (due: string) => ({ milestones: [{ id: 'tk', title: 'Tổng kết đợt thi đua', due, type: 'review' as const }] });
const itemOf = (p: PlanDoc, id: string) => {
  const found = planContents(p).items.find((c) => c.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const reviewOutcome = (p: PlanDoc): string => itemOf(p, 'review').outcome;

describe('the law by shape: where the closing review belongs', () => {
  it('knows a yearly plan, a drive, a stage and a drive that ends at an event by its window', () => {
    expect(planWindow(plan({})).shape).toBe('year');
    expect(planWindow(plan({ period: { from: '2025-01-01', to: '2025-12-31' } })).shape).toBe('year');
    expect(planWindow(plan({ period: { from: '2024-03-10', to: '2025-04-30' } })).shape).toBe('drive');
    expect(planWindow(plan({ period: { from: '2025-09-05', to: '2026-05-31' } })).shape).toBe('drive');
    expect(planWindow(plan({ period: { from: '2021-01-01', to: '2025-12-31' } })).shape).toBe('stage');
    // Two years less a day is still a drive; two years is a stage.
    expect(planWindow(plan({ period: { from: '2024-01-01', to: '2025-12-30' } })).shape).toBe('drive');
    expect(planWindow(plan({ period: { from: '2024-01-01', to: '2025-12-31' } })).shape).toBe('stage');
    const open = planWindow(plan({ period: { from: '2025-10-01', until: { event: 'dai-hoi-xiv' } } }));
    expect(open).toMatchObject({ shape: 'drive', to: undefined });
  });

  it('a yearly plan: from 01/10 of its year to 31/01 of the next', () => {
    expect(reviewOutcome(plan(review('2024-09-30')))).toBe('fail');
    expect(reviewOutcome(plan(review('2024-10-01')))).toBe('pass');
    expect(reviewOutcome(plan(review('2025-01-31')))).toBe('pass');
    expect(reviewOutcome(plan(review('2025-02-01')))).toBe('fail');
  });

  it("a drive crossing the new year: its closing review follows its end, in the next year (30 days before to 92 after)", () => {
    const drive = (due: string) => plan({ period: { from: '2024-03-10', to: '2025-04-30' }, ...review(due) });
    expect(reviewOutcome(drive('2024-12-15'))).toBe('fail');
    expect(reviewOutcome(drive('2025-03-30'))).toBe('fail');
    expect(reviewOutcome(drive('2025-03-31'))).toBe('pass');
    expect(reviewOutcome(drive('2025-05-20'))).toBe('pass');
    expect(reviewOutcome(drive('2025-07-31'))).toBe('pass');
    expect(reviewOutcome(drive('2025-08-01'))).toBe('fail');
    const msg = itemOf(drive('2024-12-15'), 'review').message;
    expect(msg.vi).toContain('Đợt thi đua');
    expect(msg.vi).toContain('từ 31/03/2025 đến 31/07/2025');
    expect(msg.vi).not.toContain('trong năm');
    expect(msg.vi).toContain('Luật không quy định thời gian');
  });

  it('a drive that ends at an event takes any review from its start on', () => {
    const p = (due: string) => plan({ issued: '2025-11-04', year: 2025, period: { from: '2025-10-01', until: { event: 'dai-hoi-xiv' } }, ...review(due) });
    expect(reviewOutcome(p('2025-09-30'))).toBe('fail');
    expect(reviewOutcome(p('2026-02-10'))).toBe('pass');
    expect(itemOf(p('2025-09-30'), 'review').message.vi).toContain('đợt kết thúc khi sự kiện diễn ra');
  });

  it('a stage plan: its last half year, or up to 92 days after', () => {
    const stage = (due: string) => plan({ issued: '2021-02-01', year: 2021, period: { from: '2021-01-01', to: '2025-12-31' }, ...review(due) });
    expect(reviewOutcome(stage('2025-07-01'))).toBe('pass');
    expect(reviewOutcome(stage('2025-06-30'))).toBe('fail');
    expect(itemOf(stage('2025-06-30'), 'review').message.en).toContain('The stage plan');
  });
});

describe('citations: each names its clause and says what it says', () => {
  const full = plan({ issued: '2024-06-02', measures: ['Phát động phong trào; kiểm tra, giám sát; tuyên truyền, nhân rộng điển hình tiên tiến.'] });
  const cited = (id: string) => {
    const c = itemOf(full, id);
    return [c.basis, c.says.vi];
  };

  it('pins Luật 06/2022/QH15 Điều 16 khoản 1 and Điều 17 khoản 1–5 to their text', () => {
    expect(cited('forms')).toEqual(['Luật 06/2022/QH15 Điều 16 khoản 1', '"Hình thức tổ chức thi đua gồm: a) Thi đua thường xuyên; b) Thi đua theo chuyên đề."']);
    expect(cited('objectives')).toEqual(['Luật 06/2022/QH15 Điều 17 khoản 1', '"Xác định mục tiêu, phạm vi, đối tượng, nội dung và tiêu chí, thời gian, kế hoạch, biện pháp tổ chức phong trào thi đua."']);
    expect(cited('launch')).toEqual(['Luật 06/2022/QH15 Điều 17 khoản 2', '"Phát động, triển khai, thực hiện phong trào thi đua."']);
    expect(cited('oversight')).toEqual(['Luật 06/2022/QH15 Điều 17 khoản 3', '"Kiểm tra, giám sát phong trào thi đua."']);
    expect(cited('models')).toEqual(['Luật 06/2022/QH15 Điều 17 khoản 4', '"Tuyên truyền, phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến."']);
    expect(cited('review')).toEqual(['Luật 06/2022/QH15 Điều 17 khoản 5', '"Sơ kết, tổng kết và khen thưởng."']);
    for (const id of ['launch', 'oversight', 'models']) expect(itemOf(full, id).outcome).toBe('pass');
    // Khoản 2–4 are about running the movement: a plan silent on them gets a note, never a fail.
    for (const id of ['launch', 'oversight', 'models']) expect(itemOf(plan({ issued: '2024-06-02' }), id).outcome).toBe('note');
  });

  it('names the implementing decree in force on the issue date, and says where its text is not verified', () => {
    const decree = (issued: string) => itemOf(plan({ issued, year: Number(issued.slice(0, 4)) }), 'decree');
    expect(decree('2023-12-31').basis).toBe('NĐ 91/2017/NĐ-CP');
    expect(decree('2024-01-01').basis).toBe('NĐ 98/2023/NĐ-CP');
    expect(decree('2024-01-01').says.vi).toContain('không liệt kê Điều 16, 17');
    expect(decree('2025-06-30').basis).toBe('NĐ 98/2023/NĐ-CP');
    expect(decree('2025-07-01').basis).toBe('NĐ 152/2025/NĐ-CP');
    expect(decree('2025-07-01').says.vi).toContain('chưa đối chiếu được nguyên văn');
    expect(decree('2025-07-01').says.en).toContain('not verified');
    expect(itemOf(plan({ issued: '2023-05-01', year: 2023 }), 'review').says.vi).toContain('chưa đối chiếu được nguyên văn');
  });
});
