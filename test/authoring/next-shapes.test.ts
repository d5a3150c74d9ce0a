/**
 * `thidua new` on the shapes of real plans (test/fixtures/new/*, each after a
 * plan in the research notes): a school year, a drive toward an anniversary
 * in a later year, a drive that ends at an event, a commune's yearly plan
 * with a drive that runs into the next year. Each output validates with only
 * the not-yet-numbered warning, and says exactly what the clerk must confirm.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../../src/check/check.js';
import { loadWorkspace } from '../../src/load/load.js';
import { nextYear, NextYearError, type NextYearOptions } from '../../src/authoring/next-year.js';
import { date } from '../../src/model/date.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'new');
const source = (shape: string): string => readFileSync(join(fixtures, shape, 'plan.yaml'), 'utf8');

/** Every finding of the new plan beside a copy of the shape's units, as `severity code line`. */
function validate(shape: string, text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-new-shape-'));
  copyFileSync(join(fixtures, shape, 'units.yaml'), join(dir, 'units.yaml'));
  writeFileSync(join(dir, 'plan.yaml'), text);
  const ws = loadWorkspace([join(dir, 'plan.yaml')], { lang: 'en', cwd: dir }, [join(dir, 'units.yaml')]);
  return check(ws).map((d) => `${d.severity} ${d.code} ${d.line}`);
}

const run = (shape: string, opts: NextYearOptions) => {
  const r = nextYear(source(shape), opts);
  return { r, out: parse(r.text) as Record<string, any> };
};
const prose = (r: ReturnType<typeof nextYear>) => r.prose.map((p) => `${p.path.join('.')}: ${p.from} → ${p.to}`);

describe('the next school year (05/09/2025–31/05/2026 → 2026–2027)', () => {
  const { r, out } = run('school-year-2025', { year: 2026 });

  it('moves the window, its dates and "năm học 2025-2026" by one year, keeping day and month', () => {
    expect(r.window).toEqual({ from: { from: '2025-09-05', to: '2026-05-31' }, to: { from: '2026-09-05', to: '2027-05-31' } });
    expect(out.year).toBe(2026);
    expect(out.period).toEqual({ from: '2026-09-05', to: '2027-05-31' });
    expect(out.movements[0].period).toEqual({ from: '2026-09-05', to: '2027-05-31' });
    expect(out.movements[0].targets[0].due).toBe('2027-05-31');
    expect(out.milestones.map((m: { due: string }) => m.due)).toEqual(['2026-10-14', '2027-01-15', '2027-06-15']);
  });

  it('lists every prose edit, and leaves the stage "giai đoạn 2027-2030" alone', () => {
    expect(prose(r)).toEqual([
      'title: năm học 2025-2026 → năm học 2026-2027',
      'objectives.0: năm học 2025-2026 → năm học 2026-2027',
      'movements.0.title: năm học 2025-2026 → năm học 2026-2027',
      'milestones.2.title: năm học 2025-2026 → năm học 2026-2027',
    ]);
    expect(out.objectives[0]).toContain('đến giai đoạn 2027-2030');
  });

  it('lists the 80 % carried over, marks it in the file, and says the workshop does not recur', () => {
    expect(r.figures).toEqual([{ path: ['movements', 0, 'targets', 0, 'value'], id: 'gv-khac-phuc', key: 'value', value: 80 }]);
    expect(r.text).toContain('        value: 80  # TODO xác nhận: value 80 (số liệu của kế hoạch trước)\n');
    expect(r.kept).toEqual([{ kind: 'event', path: ['events', 0], id: 'hoi-thao', date: '2025-10-04' }]);
    expect(r.beyond).toEqual([]);
  });

  it('validates with only the not-yet-numbered warning', () => {
    expect(validate('school-year-2025', r.text)).toEqual(['warning plan-numbered 5']);
  });
});

describe("a commune's yearly plan whose drive runs into the next year (the issue's reproduction)", () => {
  const { r, out } = run('commune-2025', { year: 2026 });

  it('keeps the running drive and its launch milestone where they are, and says so', () => {
    expect(out.movements[1].period).toEqual({ from: '2025-08-15', to: '2026-01-31' });
    expect(out.milestones[0].due).toBe('2025-08-20');
    expect(r.kept).toEqual([{ kind: 'milestone', path: ['milestones', 0], id: 'phat-dong-dot', date: '2025-08-20', movement: 'chao-mung-dai-hoi' }]);
    expect(r.beyond).toEqual([]);
    // The year's own movement moves, with its milestone.
    expect(out.movements[0].period).toEqual({ from: '2026-08-01', to: '2026-12-31' });
    expect(out.milestones[1].due).toBe('2026-12-20');
  });

  it('moves "năm 2025" but not the stage "2021 - 2025", and lists each edit', () => {
    expect(out.title).toBe('Kế hoạch phát động phong trào thi đua năm 2026 và giai đoạn 2021 - 2025');
    expect(prose(r)).toEqual(['title: năm 2025 → năm 2026', 'movements.0.title: năm 2025 → năm 2026', 'milestones.1.title: năm 2025 → năm 2026']);
  });

  it('keeps "80 năm … (02/9/1945 - 02/9/2025)" together and reports the ordinal, never "…2026" beside "80 năm"', () => {
    expect(out.movements[1].title).toContain('80 năm Quốc khánh (02/9/1945 - 02/9/2025)');
    expect(r.stale).toEqual([{ path: ['movements', 1, 'title'], stated: 80, anniversary: 'quoc-khanh', expected: 81 }]);
    expect(out.anniversaries[0].years).toBe(81);
  });

  it('lists the rate and the amount carried over with its unit', () => {
    expect(r.figures.map((f) => `${f.id} ${f.value}${f.unit ? ` ${f.unit}` : ''}`)).toEqual(['thu-nhap 74.2 triệu đồng', 'bhyt 95.6']);
    expect(validate('commune-2025', r.text)).toEqual(['warning plan-numbered 6']);
  });
});

describe('a drive toward 80 năm Ngày Tổng tuyển cử (06/01/1946 – 06/01/2026)', () => {
  it('--round moves to 85 năm: the span, the ordinal, the date and the window move together', () => {
    const { r, out } = run('drive-tong-tuyen-cu', { round: true });
    expect(r.round).toEqual({ id: 'tong-tuyen-cu', from: 80, to: 85 });
    expect(out.period).toEqual({ from: '2029-06-02', to: '2031-01-06' });
    expect(out.anniversaries[0]).toMatchObject({ years: 85, date: '2031-01-06' });
    expect(out.title).toContain('"Kỷ niệm 85 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam" (06/01/1946 - 06/01/2031)');
    expect(prose(r)).toEqual([
      'title: 06/01/1946 - 06/01/2026 → 06/01/1946 - 06/01/2031',
      'title: 80 năm → 85 năm',
      'movements.0.title: 06/01/1946 - 06/01/2026 → 06/01/1946 - 06/01/2031',
      'movements.0.title: 80 năm → 85 năm',
    ]);
    expect(r.stale).toEqual([]);
    expect(out.milestones.map((m: { due: string }) => m.due)).toEqual(['2029-06-15', '2030-12-20', '2031-01-20']);
    expect(validate('drive-tong-tuyen-cu', r.text)).toEqual(['warning plan-numbered 5']);
  });

  it('--period gives the next drive its own window: dates move with the nearer edge, the ordinal follows the occurrence inside', () => {
    const { r, out } = run('drive-tong-tuyen-cu', { period: { from: date(2026, 3, 10), to: date(2027, 4, 30) } });
    expect(out.period).toEqual({ from: '2026-03-10', to: '2027-04-30' });
    // 13 days after the start, 17 days before the end, 14 days after the end — as before.
    expect(out.milestones.map((m: { due: string }) => m.due)).toEqual(['2026-03-23', '2027-04-13', '2027-05-14']);
    expect(out.anniversaries[0]).toMatchObject({ years: 81, date: '2027-01-06' });
    // The title keeps "80 năm" with its span (neither moves) and says so.
    expect(out.title).toContain('80 năm');
    expect(out.title).toContain('06/01/2026');
    expect(r.stale.map((s) => `${s.path.join('.')} ${s.stated}→${s.expected}`)).toEqual(['title 80→81', 'movements.0.title 80→81']);
    expect(validate('drive-tong-tuyen-cu', r.text)).toEqual(['warning plan-numbered 5']);
  });

  it('a milestone moved past its drive\'s end is a finding: on the last day it is not, one day less and it is', () => {
    const at = (to: number) => nextYear(source('drive-tong-tuyen-cu'), { period: { from: date(2026, 3, 10), to: date(2026, 3, to) } });
    expect(at(23).beyond).toEqual([]);
    expect(at(22).beyond).toEqual([
      { path: ['milestones', 0, 'due'], id: 'trien-khai', due: '2026-03-23', end: '2026-03-22', movement: 'chao-mung-80-nam-tong-tuyen-cu' },
    ]);
  });
});

describe('a drive that ends at an event (until Đại hội XIV)', () => {
  it('--period replaces the event end by the clerk\'s window, in the plan and its movement', () => {
    const { r, out } = run('drive-dai-hoi-xiv', { period: { from: date(2030, 10, 1), to: date(2031, 1, 31) } });
    expect(out.period).toEqual({ from: '2030-10-01', to: '2031-01-31' });
    expect(out.movements[0].period).toEqual({ from: '2030-10-01', to: '2031-01-31' });
    expect(r.text).toContain('\nperiod: { from: 2030-10-01, to: 2031-01-31 }\n\nobjectives:');
    // The review 36 days after the congress closed (23/01/2026) stays 36 days after the new end.
    expect(out.milestones.map((m: { due: string }) => m.due)).toEqual(['2030-10-05', '2031-03-08']);
    expect(r.kept.map((k) => `${k.kind} ${k.id} ${k.date}`)).toEqual(['event dai-hoi-xiv 2026-01-19']);
    expect(validate('drive-dai-hoi-xiv', r.text)).toEqual(['warning plan-numbered 5']);
  });

  it('refuses --year and --round: the event does not recur', () => {
    expect(() => nextYear(source('drive-dai-hoi-xiv'), { year: 2026 })).toThrow(NextYearError);
    expect(() => nextYear(source('drive-dai-hoi-xiv'), { year: 2026 })).toThrow(/--period/);
    expect(() => nextYear(source('drive-dai-hoi-xiv'), { round: true })).toThrow(/no anniversary/);
  });

  it('refuses a window that does not start after the old one', () => {
    const opts = (m: number, d: number) => ({ period: { from: date(2025, m, d), to: date(2026, 12, 31) } });
    expect(() => nextYear(source('drive-dai-hoi-xiv'), opts(10, 1))).toThrow(/not after/);
    expect(nextYear(source('drive-dai-hoi-xiv'), opts(10, 2)).window.to.from).toBe('2025-10-02');
  });
});

describe('the next stage (giai đoạn 2019 - 2025 → 2026 - 2030)', () => {
  const { r, out } = run('stage-2019-2025', { period: { from: date(2026, 1, 1), to: date(2030, 12, 31) } });

  it("moves the stage's own years in prose and its review with the end (five whole years): 80 → 85 năm Quốc khánh", () => {
    expect(r.window.to).toEqual({ from: '2026-01-01', to: '2030-12-31' });
    expect(prose(r)).toEqual(['title: 2019 - 2025 → 2026 - 2030', 'movements.0.title: 2019 - 2025 → 2026 - 2030']);
    // Launch 200 days after the start; mid-term review and closing review keep their distance to the end.
    expect(out.milestones.map((m: { due: string }) => m.due)).toEqual(['2026-07-20', '2027-12-31', '2030-09-02']);
    expect(out.anniversaries[0]).toMatchObject({ years: 85, date: '2030-09-02' });
    expect(r.stale).toEqual([{ path: ['milestones', 2, 'title'], stated: 80, anniversary: 'quoc-khanh', expected: 85 }]);
    expect(validate('stage-2019-2025', r.text)).toEqual(['warning plan-numbered 5']);
  });
});

describe('prose rewrites that touch the same words', () => {
  it('applies both where an ordinal and a year share "năm" ("80 năm 2026" → "85 năm 2031")', () => {
    const text = source('drive-tong-tuyen-cu').replace('bầu Quốc hội Việt Nam (06/01/1946 - 06/01/2026)\n    period', 'bầu Quốc hội Việt Nam, kỷ niệm 80 năm 2026\n    period');
    const r = nextYear(text, { round: true });
    expect(parse(r.text).movements[0].title).toContain('chào mừng kỷ niệm 85 năm Ngày Tổng tuyển cử');
    expect(parse(r.text).movements[0].title).toMatch(/, kỷ niệm 85 năm 2031$/);
    expect(r.prose.filter((p) => p.path.join('.') === 'movements.0.title').map((p) => `${p.from} → ${p.to}`)).toEqual(['năm 2026 → năm 2031', '80 năm → 85 năm', '80 năm → 85 năm']);
  });
});
