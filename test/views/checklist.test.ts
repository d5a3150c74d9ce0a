import { describe, expect, it } from 'vitest';
import { parseDate, toISO } from '../../src/model/date.js';
import { buildChecklist, type CheckItem, type ChecklistInput, type ChecklistView } from '../../src/views/checklist.js';
import { dongThapDir, loadPlanWs, phuThoDir, repoRoot, tienGiangDir } from '../helpers/plan-ws.js';

const checklist = (dir: string, asOf: string, opts: Partial<Pick<ChecklistInput, 'by' | 'unit'>> = {}): ChecklistView =>
  buildChecklist({ ...loadPlanWs(dir), asOf: parseDate(asOf)!, ...opts });
const all = (v: ChecklistView): CheckItem[] => v.groups.flatMap((g) => g.items);
const one = (v: ChecklistView, kind: CheckItem['kind'], id: string, owner?: string): CheckItem => {
  const found = all(v).filter((i) => i.kind === kind && i.id === id && (owner === undefined || i.owner?.id === owner));
  if (found.length !== 1) throw new Error(`${found.length} items ${kind}/${id}/${owner}`);
  return found[0]!;
};

describe('checklist of the founding plan (Tiền Giang 2018)', () => {
  it('for one district office: its own quota, ticked with the commune and form it reported, and nothing of others', () => {
    const v = checklist(tienGiangDir, '2018-07-15', { unit: 'ptp-cai-be' });
    expect(v.unit).toEqual({ id: 'ptp-cai-be', name: 'Phòng Tư pháp huyện Cái Bè', kind: 'phong-tu-phap' });
    const items = all(v);
    expect(items.map((i) => `${i.kind}/${i.id}/${i.owner?.id}`)).toEqual(['quota/phong-tu-phap-giup-xa/ptp-cai-be']);
    const q = items[0]!;
    expect([q.done, q.progress, q.overdue, q.select, q.min, q.withinOwner]).toEqual([true, { done: 1, of: 1 }, false, 'xa', 1, true]);
    expect(q.forms!.map((f) => f.id)).toEqual(['tuyen-truyen-pbgdpl', 'ho-tro-dieu-kien-lam-viec', 'trao-qua-hoc-bong', 'tu-sach-phap-luat']);
    expect(q.evidence).toEqual([
      { chosen: { id: 'xa-hoa-khanh', name: 'Xã Hòa Khánh' }, form: { id: 'tu-sach-phap-luat', title: 'Hỗ trợ xây dựng tủ sách pháp luật' }, reported: parseDate('2018-07-15') },
    ]);
    expect(v.totals).toEqual({ items: 1, done: 1, overdue: 0 });
  });

  it('does not tick what was reported after the as-of day', () => {
    const q = one(checklist(tienGiangDir, '2018-03-01', { unit: 'ptp-cai-be' }), 'quota', 'phong-tu-phap-giup-xa');
    expect([q.done, q.progress, q.evidence]).toEqual([false, { done: 0, of: 1 }, []]);
  });

  it('gives each {kind} owner its own box and counts [2/3] for the legal-aid communes', () => {
    const v = checklist(tienGiangDir, '2018-07-15');
    const ptp = all(v).filter((i) => i.id === 'phong-tu-phap-giup-xa');
    expect(ptp).toHaveLength(11);
    expect(ptp.filter((i) => !i.done).map((i) => i.owner?.id)).toEqual(['ptp-tan-phuoc']);
    const legalAid = one(v, 'quota', 'tro-giup-phap-ly');
    expect([legalAid.done, legalAid.progress, legalAid.evidence.map((e) => e.chosen?.id)]).toEqual([false, { done: 2, of: 3 }, ['xa-phu-dong', 'xa-an-huu']]);
    const target = one(v, 'target', 'nhiem-vu-trong-tam');
    // A target without an owner is the issuer's.
    expect([target.owner?.id, target.progress, target.done]).toEqual(['so-tu-phap', { done: 5, of: 8 }, false]);
  });

  it('groups by phase: the commemorations of each phase, and year-end quotas in the last phase', () => {
    const v = checklist(tienGiangDir, '2018-07-15');
    expect(v.groups.map((g) => g.id)).toEqual(['dot-1', 'dot-2']);
    const [p1, p2] = v.groups;
    expect(p1!.items.map((i) => `${i.kind}/${i.id}`)).toEqual([
      'commemorate/thanh-lap-dang',
      'commemorate/thong-nhat-dat-nuoc',
      'commemorate/sinh-nhat-bac',
      'commemorate/loi-keu-goi-thi-dua',
    ]);
    expect(p1!.items.every((i) => i.done)).toBe(true);
    expect(p2!.items.filter((i) => i.kind === 'commemorate').map((i) => [i.id, i.done, i.years])).toEqual([
      ['truyen-thong-tu-phap', false, 73],
      ['quoc-khanh', false, 73],
    ]);
    expect(one(v, 'commemorate', 'loi-keu-goi-thi-dua').round).toBe(true);
  });

  it('makes what is past due and not done overdue', () => {
    const v = checklist(tienGiangDir, '2018-09-01');
    expect(one(v, 'commemorate', 'truyen-thong-tu-phap').overdue).toBe(true);
    expect(one(v, 'commemorate', 'truyen-thong-tu-phap').days).toBe(-4);
    expect(one(v, 'commemorate', 'quoc-khanh').overdue).toBe(false);
    expect(v.totals.overdue).toBe(1);
  });

  it('groups by unit, the issuer first', () => {
    const v = checklist(tienGiangDir, '2018-07-15', { by: 'unit' });
    expect(v.groups[0]!.id).toBe('so-tu-phap');
    expect(v.groups).toHaveLength(12);
    expect(v.groups.every((g) => g.items.every((i) => i.owner?.id === g.id))).toBe(true);
  });
});

describe('checklist of a made-up workspace (Phú Thọ 2030)', () => {
  it("for one division: the quota, target and milestones its kind gives it, and nothing of the Sở's", () => {
    const v = checklist(phuThoDir, '2030-07-01', { unit: 'phong-ktcl' });
    expect(all(v).map((i) => `${i.kind}/${i.id}`).sort()).toEqual(['milestone/bao-cao-6-thang', 'milestone/dang-ky', 'quota/do-dau-truong', 'target/chuyen-de']);
    expect(all(v).every((i) => i.owner?.id === 'phong-ktcl')).toBe(true);
    const reg = one(v, 'milestone', 'dang-ky');
    expect([reg.done, reg.evidence]).toEqual([true, [{ date: parseDate('2030-03-20') }]]);
    const quota = one(v, 'quota', 'do-dau-truong');
    expect([quota.done, quota.overdue, quota.days, quota.tags]).toEqual([false, true, -92, ['vung-kho-khan']]);
    expect(one(v, 'target', 'chuyen-de').progress).toEqual({ done: 2, of: 2 });
    expect(one(v, 'milestone', 'bao-cao-6-thang').overdue).toBe(true);
  });

  it('never gives work to a division abolished before the plan was issued', () => {
    const v = checklist(phuThoDir, '2030-07-01');
    expect(all(v).some((i) => i.owner?.id === 'phong-gdth')).toBe(false);
    expect(all(v).filter((i) => i.id === 'dang-ky').map((i) => i.owner?.id)).toEqual(['phong-gdtx', 'phong-ktcl']);
  });

  it('ticks a quota with the school, the form and the date of the selection', () => {
    const q = one(checklist(phuThoDir, '2030-07-01'), 'quota', 'do-dau-truong', 'phong-gdtx');
    expect(q.done).toBe(true);
    expect(q.evidence).toEqual([{ chosen: { id: 'truong-tan-son', name: 'Trường THPT Tân Sơn' }, form: { id: 'boi-duong-giao-vien', title: 'Bồi dưỡng kỹ năng số cho giáo viên' }, date: parseDate('2030-03-20') }]);
  });

  it('groups three phases by due day', () => {
    const v = checklist(phuThoDir, '2030-07-01');
    expect(v.groups.map((g) => g.id)).toEqual(['dot-xuan', 'dot-he', 'dot-cuoi-nam']);
    expect(v.groups[2]!.items.map((i) => `${i.kind}/${i.id}/${i.owner?.id}`)).toEqual([
      'target/chuyen-de/phong-gdtx',
      'target/chuyen-de/phong-ktcl',
      'commemorate/nha-giao/so-gddt',
      'milestone/tong-ket/so-gddt',
      'target/ty-le-tot-nghiep/so-gddt',
    ]);
    expect(toISO(one(v, 'commemorate', 'nha-giao').due)).toBe('2030-11-19');
  });
});

describe('checklist of the post-2025 example (Đồng Tháp 2026)', () => {
  it('counts targets per owner from their latest report and ticks milestones per unit', () => {
    const v = checklist(dongThapDir, '2026-06-30', { unit: 'phong-pbgdpl' });
    expect(one(v, 'target', 'hoi-nghi-pbgdpl').progress).toEqual({ done: 11, of: 24 });
    expect(one(v, 'target', 'sang-kien').done).toBe(true);
    expect(one(v, 'milestone', 'bao-cao-so-ket').done).toBe(true);
    expect(one(v, 'milestone', 'bao-cao-tong-ket').done).toBe(false);
    expect(all(v).some((i) => i.id === 'tham-dinh-van-ban')).toBe(false);
  });
});

describe('checklist and report count the same selections', () => {
  it('ticks a quota only with selections that qualify (tag, within the owner)', async () => {
    const { fakeIO } = await import('../helpers/fake-io.js');
    const { main } = await import('../../src/cli/main.js');
    const f = fakeIO({ cwd: repoRoot });
    const code = await main(['checklist', 'test/fixtures/report/workspace', '--unit', 'phong-a', '--as-of', '2025-12-31', '--format', 'json'], f.io);
    expect(code).toBe(0);
    const view = JSON.parse(f.out()) as { groups: { items: { kind: string; id: string; progress?: { done: number }; evidence?: { chosen?: { id: string } }[] }[] }[] };
    const q = view.groups.flatMap((g) => g.items).find((i) => i.kind === 'quota' && i.id === 'q-ven-bien')!;
    // xa-a2 lacks the ven-bien tag and xa-b1 lies under phong-b: only xa-a1 counts, once.
    expect(q.evidence!.map((e) => e.chosen!.id)).toEqual(['xa-a1']);
    expect(q.progress!.done).toBe(1);
  });
});
