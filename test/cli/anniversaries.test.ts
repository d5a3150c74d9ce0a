import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { JsonAnniversaries } from '../../src/formats/anniversaries-json.js';
import { anniversaryReport } from '../../src/views/anniversaries.js';
import { toISO } from '../../src/model/date.js';
import { csvRecords } from '../helpers/csv.js';
import { fakeIO } from '../helpers/fake-io.js';

async function run(args: string[], opts: Parameters<typeof fakeIO>[0] = {}) {
  const f = fakeIO(opts);
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

async function json(args: string[]): Promise<JsonAnniversaries> {
  const r = await run(['anniversaries', '--format', 'json', ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as JsonAnniversaries;
}

const byId = (j: JsonAnniversaries, id: string) => j.anniversaries.find((a) => a.id === id);

describe('thidua anniversaries', () => {
  it('2025 --round: 95 years of the Party, 50 of 30/4, 135 of Hồ Chí Minh\'s birth, 80 of 02/9, each marked', async () => {
    const j = await json(['--year', '2025', '--round']);
    const pick = (id: string) => {
      const a = byId(j, id);
      return a && { date: a.date, years: a.years, round: a.round, five: a.five };
    };
    expect(pick('thanh-lap-dang')).toEqual({ date: '2025-02-03', years: 95, round: false, five: true });
    expect(pick('giai-phong-mien-nam')).toEqual({ date: '2025-04-30', years: 50, round: true, five: false });
    expect(pick('sinh-nhat-bac')).toEqual({ date: '2025-05-19', years: 135, round: false, five: true });
    expect(pick('quoc-khanh')).toEqual({ date: '2025-09-02', years: 80, round: true, five: false });
    // Not round and not ending in 5 in 2025: left out (71 years of Điện Biên Phủ; Tết has no ordinal).
    expect(byId(j, 'chien-thang-dien-bien-phu')).toBeUndefined();
    expect(byId(j, 'tet-nguyen-dan')).toBeUndefined();
    expect(j.anniversaries.every((a) => a.round || a.five)).toBe(true);
    expect(j.anniversaries.map((a) => a.date)).toEqual([...j.anniversaries.map((a) => a.date)].sort());
  });

  it('gives lunar days their Vietnamese solar date, including 1985 when China differs', async () => {
    const tet = async (year: number) => byId(await json(['--year', String(year)]), 'tet-nguyen-dan')?.date;
    expect(await tet(2024)).toBe('2024-02-10');
    expect(await tet(2025)).toBe('2025-01-29');
    expect(await tet(2026)).toBe('2026-02-17');
    expect(await tet(1985)).toBe('1985-01-21');
    const gioTo = byId(await json(['--year', '2025']), 'gio-to-hung-vuong');
    expect(gioTo).toMatchObject({ date: '2025-04-07', calendar: 'lunar', lunar: '10/3', years: null, round: false, five: false });
    // The builder the command uses says the same.
    expect(toISO(anniversaryReport(1985).rows.find((r) => r.id === 'tet-nguyen-dan')!.date)).toBe('1985-01-21');
  });

  it('renders the table with its marks and the Markdown with escaped cells', async () => {
    const table = await run(['anniversaries', '--year', '2025', '--round', '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^03\/02\/2025 {2}95 +năm lẻ 5 +thanh-lap-dang +Ngày thành lập Đảng/m);
    expect(table.out).toMatch(/^30\/04\/2025 {2}50 +năm tròn +giai-phong-mien-nam /m);
    const md = await run(['anniversaries', '--year', '2025', '--format', 'markdown', '--lang', 'en']);
    expect(md.out).toContain('| Date | Day | Years | Round/5 | Kind | Source |');
    expect(md.out).toMatch(/^\| 07\/04\/2025 \| Giỗ Tổ Hùng Vương \\\(10\/3 lunar\\\) \| {2}\| {2}\| major holiday \|/m);
    // Non-TTY default is markdown, like the other report commands.
    expect((await run(['anniversaries', '--year', '2025'])).out).toMatch(/^# Ngày kỷ niệm năm 2025/);
  });

  it('picks a sector\'s days, writes CSV by the file extension, and refuses to overwrite', async () => {
    const j = await json(['--year', '2025', '--sector', 'tu-phap']);
    expect(j.sector).toBe('tu-phap');
    expect(j.anniversaries.map((a) => a.id)).toContain('truyen-thong-tu-phap');
    expect(j.anniversaries.every((a) => a.sector === 'tu-phap')).toBe(true);
    expect(byId(j, 'truyen-thong-tu-phap')).toMatchObject({ years: 80, round: true });

    const dir = mkdtempSync(join(tmpdir(), 'thidua-ann-'));
    const r = await run(['anniversaries', '--year', '2025', '--round', '-o', 'ngay.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const csv = readFileSync(join(dir, 'ngay.csv'), 'utf8');
    // A BOM, so Excel reads the Vietnamese as UTF-8 (issue 12: "NgÃ y thÃ nh láº­p").
    expect(csv.startsWith('\ufeffNgày,Mã,Tên,Số năm,')).toBe(true);
    const rows = csvRecords(csv);
    expect(rows.find((r) => r['Mã'] === 'giai-phong-mien-nam')).toEqual({
      'Ngày': '30/04/2025', 'Mã': 'giai-phong-mien-nam', 'Tên': 'Ngày giải phóng miền Nam, thống nhất đất nước', 'Số năm': '50', 'Năm tròn/lẻ 5': 'năm tròn',
      'Loại': 'ngày lễ lớn', 'Ngành': '', 'Lịch': 'dương lịch', 'Ngày âm lịch': '', 'Ngày gốc': '30/04/1975', 'Nguồn': 'NĐ 145/2013/NĐ-CP Điều 4', 'Độ tin cậy': 'đã kiểm chứng',
    });
    const en = await run(['anniversaries', '--year', '2025', '--round', '--format', 'csv', '--sep', 'tab', '--lang', 'en']);
    const enRows = csvRecords(en.out, '\t');
    expect(enRows.find((r) => r.ID === 'giai-phong-mien-nam')).toMatchObject({ Date: '30/04/2025', 'Round/ends in 5': 'round', Kind: 'major holiday', Calendar: 'solar', Confidence: 'verified' });
    expect((await run(['anniversaries', '--year', '2025', '-o', 'ngay.csv'], { cwd: dir })).code).toBe(2);
  });

  it('rejects an unknown sector with a suggestion, and years the lunar code is not checked for', async () => {
    const s = await run(['anniversaries', '--sector', 'tu-phapp']);
    expect(s.code).toBe(2);
    expect(s.err).toContain('có phải tu-phap?');
    expect((await run(['anniversaries', '--year', '1700'])).code).toBe(2);
    expect((await run(['anniversaries', '--year', 'năm'])).code).toBe(2);
    expect((await run(['anniversaries', '--format', 'pdf'])).code).toBe(2);
  });

  it('defaults to this year in Vietnam', async () => {
    // 2026-12-31T18:00Z is already 1 January 2027 in Vietnam.
    const f = fakeIO({ now: Date.UTC(2026, 11, 31, 18, 0, 0) });
    expect(await main(['anniversaries', '--format', 'json'], f.io)).toBe(0);
    expect((JSON.parse(f.out()) as JsonAnniversaries).year).toBe(2027);
  });
});
