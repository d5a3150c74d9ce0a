import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nextYear } from '../../src/authoring/next-year.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const founding = 'examples/tien-giang-2018/plan.yaml';

async function run(args: string[], opts: Parameters<typeof fakeIO>[0] = {}) {
  const f = fakeIO({ cwd: root, ...opts });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

/** A folder holding a copy of the founding units and plan, so files can be written beside them. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-new-cli-'));
  for (const f of ['units.yaml', 'plan.yaml']) copyFileSync(join(root, 'examples', 'tien-giang-2018', f), join(dir, f));
  return dir;
}

describe('thidua new', () => {
  it('prints the 2019 plan on stdout and what changed on stderr', async () => {
    const r = await run(['new', '--from', founding, '--year', '2019']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(nextYear(readFileSync(join(root, founding), 'utf8'), { year: 2019 }).text);
    expect(r.err).toContain('Số, ký hiệu "06/KH-STP" đổi thành "__/KH-STP"');
    expect(r.err).toContain('thanh-lap-dang 88 → 89');
    expect(r.err).toContain('movements[5].title ghi "70 năm"');
    expect(r.err).toMatch(/07\/05\/2019 {2}65 năm \(năm lẻ 5\) {2}chien-thang-dien-bien-phu/);
    expect(r.err).not.toMatch(/Bỏ phong trào/);
  });

  it('drops the 2016–2020 movements for 2021 and says so, in English too', async () => {
    const r = await run(['new', '--from', founding, '--year', '2021', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Dropped movement "nong-thon-moi": it ended on 31/12/2020, before 2021.');
    expect(r.err).toContain('Dropped movement "hoc-tap-lam-theo-bac": it ended on 31/12/2020, before 2021.');
    expect(r.out).not.toContain('nong-thon-moi');
  });

  it('writes -o atomically, refuses to overwrite without --force, and the file validates', async () => {
    const dir = workspace();
    const first = await run(['new', '--from', 'plan.yaml', '--year', '2019', '-o', 'plan-2019.yaml', '--suggest'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.out).toBe('');
    expect(first.err).toContain('Đã ghi 6 ngày kỷ niệm gợi ý vào tệp');
    const written = readFileSync(join(dir, 'plan-2019.yaml'), 'utf8');
    expect(written).toContain('# - { id: quan-doi-nhan-dan, ref: quan-doi-nhan-dan, years: 75 }');

    writeFileSync(join(dir, 'plan-2019.yaml'), 'kept\n');
    const again = await run(['new', '--from', 'plan.yaml', '--year', '2019', '-o', 'plan-2019.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/plan-2019.yaml: tệp đã có; dùng --force/);
    expect(readFileSync(join(dir, 'plan-2019.yaml'), 'utf8')).toBe('kept\n');
    const forced = await run(['new', '--from', 'plan.yaml', '--year', '2019', '-o', 'plan-2019.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'plan-2019.yaml'), 'utf8')).toBe(nextYear(readFileSync(join(dir, 'plan.yaml'), 'utf8'), { year: 2019 }).text);

    const v = await run(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.out).errors).toBe(0);
    expect(v.code).toBe(0);
  });

  it('refuses a broken source with its findings, and bad years with a usage error', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'plan.yaml'), readFileSync(join(dir, 'plan.yaml'), 'utf8').replace('years: 88', 'years: 87'));
    const broken = await run(['new', '--from', 'plan.yaml', '--year', '2019'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.out).toBe('');
    expect(broken.err).toContain('anniversary-years-match');

    expect((await run(['new', '--from', founding, '--year', '2018'])).code).toBe(2);
    expect((await run(['new', '--from', founding, '--year', '19'])).code).toBe(2);
    expect((await run(['new', '--from', founding])).code).toBe(2);
    const missing = await run(['new', '--from', 'no/such/plan.yaml', '--year', '2019']);
    expect(missing.code).toBe(2);
    expect(existsSync(join(root, 'no'))).toBe(false);
  });

  it('--period, --round and --year on the real shapes: what is said, and exit 1 for a date moved past its drive\'s end', async () => {
    const shape = (name: string) => join(root, 'test', 'fixtures', 'new', name);
    const drive = await run(['new', '--from', 'plan.yaml', '--period', '10/03/2026..30/04/2027'], { cwd: shape('drive-tong-tuyen-cu') });
    expect(drive.code).toBe(0);
    expect(drive.err).toContain('Cửa sổ kế hoạch: 02/06/2024–06/01/2026 → 10/03/2026–30/04/2027.');
    expect(drive.err).toContain('title ghi "80 năm"');
    expect(drive.out).toContain('period: { from: 2026-03-10, to: 2027-04-30 }');

    const short = await run(['new', '--from', 'plan.yaml', '--period', '2026-03-10..2026-03-22', '--lang', 'en'], { cwd: shape('drive-tong-tuyen-cu') });
    expect(short.code).toBe(1);
    expect(short.err).toContain('Error: milestones[0].due ("trien-khai") moved to 23/03/2026, after the end 22/03/2026 of movement "chao-mung-80-nam-tong-tuyen-cu": correct the date.');

    const round = await run(['new', '--from', 'plan.yaml', '--round'], { cwd: shape('drive-tong-tuyen-cu') });
    expect(round.code).toBe(0);
    expect(round.err).toContain('Hướng tới lần kỷ niệm 85 năm của "tong-tuyen-cu" (kế hoạch trước: 80 năm)');
    expect(round.err).toContain('  title: "80 năm" → "85 năm"');

    const school = await run(['new', '--from', 'plan.yaml', '--year', '2026'], { cwd: shape('school-year-2025') });
    expect(school.code).toBe(0);
    expect(school.err).toContain('Sửa câu chữ (4):');
    expect(school.err).toContain('Số liệu chép từ kế hoạch trước, cần xác nhận');
    expect(school.err).toContain('  movements[0].targets[0].value (gv-khac-phuc): 80');
    expect(school.err).toContain('Sự kiện "hoi-thao" (04/10/2025) không lặp lại');

    const commune = await run(['new', '--from', 'plan.yaml', '--year', '2026'], { cwd: shape('commune-2025') });
    expect(commune.err).toContain('Giữ ngày 20/08/2025 của mốc "phat-dong-dot": phong trào "chao-mung-dai-hoi" vẫn đang diễn ra, không dời.');
  });

  it('takes exactly one of --year, --period, --round, and a --period of two dates in order', async () => {
    const cwd = join(root, 'test', 'fixtures', 'new', 'drive-dai-hoi-xiv');
    const refused = async (args: string[]) => {
      const r = await run(['new', '--from', 'plan.yaml', ...args], { cwd });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      return r.err.trim();
    };
    expect(await refused([])).toBe('thidua: cần --year, --period hoặc --round');
    expect(await refused(['--year', '2026', '--round'])).toBe('thidua: chỉ dùng một trong --year, --round');
    expect(await refused(['--period', '2026-01-01'])).toMatch(/--period 2026-01-01: cần hai ngày TỪ\.\.ĐẾN/);
    expect(await refused(['--period', '2027-01-01..2026-12-31'])).toMatch(/cần hai ngày/);
    expect(await refused(['--period', '2025-10-01..2026-12-31'])).toMatch(/cửa sổ mới phải bắt đầu sau cửa sổ cũ/);
    expect(await refused(['--year', '2026'])).toMatch(/kết thúc theo một sự kiện \(dai-hoi-xiv\).*--period/);
    expect(await refused(['--round'])).toMatch(/không có ngày kỷ niệm nào/);
  });
});

