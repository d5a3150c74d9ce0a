import { describe, expect, it } from 'vitest';
import { findEntry, occurrence } from '../../src/model/catalogue.js';
import { parseDate, toISO, type CalDate } from '../../src/model/date.js';
import { buildSchedule, type ScheduleItem, type ScheduleView } from '../../src/views/schedule.js';
import { dongThapDir, loadPlanWs, phuThoDir, tienGiangDir } from '../helpers/plan-ws.js';

const d = (s: string): CalDate => parseDate(s)!;
const schedule = (dir: string, asOf: string, range: { from?: string; to?: string } = {}): ScheduleView =>
  buildSchedule({ ...loadPlanWs(dir), asOf: d(asOf), ...(range.from && { from: d(range.from) }), ...(range.to && { to: d(range.to) }) });
const item = (v: ScheduleView, type: ScheduleItem['type'], id: string): ScheduleItem => {
  const found = v.items.filter((i) => i.type === type && i.id === id);
  if (found.length !== 1) throw new Error(`${found.length} items ${type}/${id}: ${v.items.map((i) => `${i.type}/${i.id}`).join(', ')}`);
  return found[0]!;
};

describe('schedule of the founding plan (Tiền Giang 2018)', () => {
  const v = schedule(tienGiangDir, '2018-07-15');

  it('lists the six anniversaries on their 2018 dates with computed ordinals, inside Đợt 1 and Đợt 2', () => {
    const anns = v.items.filter((i) => i.type === 'anniversary').map((i) => [toISO(i.start), i.years, i.round, i.phase]);
    expect(anns).toEqual([
      ['2018-02-03', 88, false, 'dot-1'],
      ['2018-04-30', 43, false, 'dot-1'],
      ['2018-05-19', 128, false, 'dot-1'],
      ['2018-06-11', 70, true, 'dot-1'],
      ['2018-08-28', 73, false, 'dot-2'],
      ['2018-09-02', 73, false, 'dot-2'],
    ]);
    expect(v.items.filter((i) => i.type === 'anniversary' && i.five)).toEqual([]);
  });

  it('starts with the plan year and keeps every item in date order', () => {
    expect([toISO(v.from), toISO(v.to), v.year]).toEqual(['2018-01-01', '2018-12-31', 2018]);
    const starts = v.items.map((i) => toISO(i.start));
    expect(starts).toEqual([...starts].sort());
    expect(item(v, 'plan-issued', '06/KH-STP').start).toEqual(d('2018-01-10'));
  });

  it('shows the movements whose period touches 2018, multi-year ones with their real period', () => {
    const ntm = item(v, 'movement', 'nong-thon-moi');
    expect([toISO(ntm.start), toISO(ntm.end), ntm.state, ntm.movementForm]).toEqual(['2016-01-01', '2020-12-31', 'open', 'regular']);
    // Movements with no period are undated: they have no place on a calendar.
    expect(v.items.some((i) => i.id === 'loi-keu-goi-70-nam')).toBe(false);
  });

  it.each([
    ['2017-12-20', 'upcoming', 12, 'upcoming', 193],
    ['2018-01-01', 'open', 180, 'upcoming', 181],
    ['2018-06-30', 'open', 0, 'upcoming', 1],
    ['2018-07-01', 'closed', -1, 'open', 183],
    ['2019-01-05', 'closed', -189, 'closed', -5],
  ])('phase states as of %s', (asOf, s1, d1, s2, d2) => {
    const at = schedule(tienGiangDir, asOf);
    const p1 = item(at, 'phase', 'dot-1');
    const p2 = item(at, 'phase', 'dot-2');
    expect([p1.state, p1.days, p2.state, p2.days]).toEqual([s1, d1, s2, d2]);
  });

  it('marks anniversaries as past, today or upcoming as of the day', () => {
    const at = schedule(tienGiangDir, '2018-06-11');
    expect([item(at, 'anniversary', 'sinh-nhat-bac').state, item(at, 'anniversary', 'loi-keu-goi-thi-dua').state, item(at, 'anniversary', 'quoc-khanh').state]).toEqual([
      'past',
      'today',
      'upcoming',
    ]);
    expect(item(at, 'anniversary', 'quoc-khanh').days).toBe(83);
  });

  it('narrows to --from/--to, keeping windows that overlap the range', () => {
    const n = schedule(tienGiangDir, '2018-07-15', { from: '2018-05-01', to: '2018-06-30' });
    expect(n.items.filter((i) => i.type === 'anniversary').map((i) => i.id)).toEqual(['sinh-nhat-bac', 'loi-keu-goi-thi-dua']);
    expect(n.items.some((i) => i.type === 'phase' && i.id === 'dot-1')).toBe(true);
    expect(n.items.some((i) => i.type === 'phase' && i.id === 'dot-2')).toBe(false);
    expect(n.items.some((i) => i.type === 'plan-issued')).toBe(false);
  });
});

describe('schedule of a post-2025 plan (Đồng Tháp 2026)', () => {
  it('takes the title and origin of a `ref` anniversary from the catalogue, and leaves ordinal-less days without one', () => {
    const v = schedule(dongThapDir, '2026-06-12');
    const gp = item(v, 'anniversary', 'giai-phong-mien-nam');
    expect([toISO(gp.start), gp.years, gp.five, gp.title]).toEqual(['2026-04-30', 51, false, findEntry('giai-phong-mien-nam')!.title]);
    const pl = item(v, 'anniversary', 'ngay-phap-luat');
    expect([toISO(pl.start), pl.years, pl.round, pl.phase]).toEqual(['2026-11-09', undefined, false, 'dot-2']);
  });

  it('gives each milestone its owners and says done, due or overdue from the progress files', () => {
    const v = schedule(dongThapDir, '2026-06-12');
    const reg = item(v, 'milestone', 'dang-ky-thi-dua');
    expect(reg.owners!.map((o) => o.id).sort()).toEqual(['phong-bo-tro-tu-phap', 'phong-hanh-chinh-tu-phap', 'phong-pbgdpl', 'phong-van-ban', 'van-phong-so']);
    expect([reg.state, reg.doneBy]).toEqual(['done', 5]);
    const review = item(v, 'milestone', 'so-ket-giua-dot');
    expect([review.state, review.days, review.movement]).toEqual(['upcoming', 8, 'xa-tiep-can-phap-luat']);
    // As of 25/06 the review was reported done on 19/06; as of 18/06 it was not yet due.
    expect(item(schedule(dongThapDir, '2026-06-25'), 'milestone', 'so-ket-giua-dot').state).toBe('done');
    expect(item(schedule(dongThapDir, '2026-06-18'), 'milestone', 'so-ket-giua-dot').state).toBe('upcoming');
    const late = item(schedule(dongThapDir, '2026-11-20'), 'milestone', 'bao-cao-tong-ket');
    expect([late.state, late.days]).toEqual(['overdue', -7]);
  });
});

describe('schedule of a made-up workspace (Phú Thọ 2030)', () => {
  const v = schedule(phuThoDir, '2030-04-15');

  it('computes every anniversary: 29 February, a stated date, a lunar feast, round and five years', () => {
    const ann = (id: string): unknown[] => {
      const i = item(v, 'anniversary', id);
      return [toISO(i.start), i.years, i.round, i.five, i.phase];
    };
    expect(ann('thanh-lap-dang')).toEqual(['2030-02-03', 100, true, false, 'dot-xuan']);
    // Born on 29/02/1996: in a common year it falls on 28 February.
    expect(ann('thanh-lap-truong')).toEqual(['2030-02-28', 34, false, false, 'dot-xuan']);
    expect(ann('giai-phong-mien-nam')).toEqual(['2030-04-30', 55, false, true, 'dot-xuan']);
    expect(ann('sinh-nhat-bac')).toEqual(['2030-05-19', 140, true, false, 'dot-he']);
    // `date:` wins over the origin's day; the ordinal still comes from the catalogue's origin (1982).
    expect(ann('nha-giao')).toEqual(['2030-11-19', 48, false, false, 'dot-cuoi-nam']);
    const gioTo = item(v, 'anniversary', 'gio-to');
    expect(gioTo.start).toEqual(occurrence(findEntry('gio-to-hung-vuong')!, 2030).date);
    expect([gioTo.start.m, gioTo.years, gioTo.title]).toEqual([4, undefined, 'Giỗ Tổ Hùng Vương']);
  });

  it('keeps movements touching the year and drops one that ended before it', () => {
    expect(v.items.filter((i) => i.type === 'movement').map((i) => i.id).sort()).toEqual(['chuyen-doi-so', 'day-tot-hoc-tot']);
  });

  it('expands a {kind} owner to the units valid on the issue date, not an abolished one', () => {
    const reg = item(v, 'milestone', 'dang-ky');
    expect(reg.owners!.map((o) => o.id)).toEqual(['phong-gdtx', 'phong-ktcl']);
    expect(reg.owner).toEqual({ kind: 'phong-chuyen-mon' });
    expect([reg.state, reg.doneBy]).toEqual(['done', 2]);
    // As of 15/03 only one division had registered: the deadline is today, not done.
    const early = item(schedule(phuThoDir, '2030-03-15'), 'milestone', 'dang-ky');
    expect([early.state, early.doneBy]).toEqual(['today', 1]);
  });

  it('uses three phases, none hard-wired to two', () => {
    expect(v.phases.map((p) => p.id)).toEqual(['dot-xuan', 'dot-he', 'dot-cuoi-nam']);
    expect(v.items.filter((i) => i.type === 'phase').map((i) => i.state)).toEqual(['open', 'upcoming', 'upcoming']);
  });
});
