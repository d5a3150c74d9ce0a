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
});
