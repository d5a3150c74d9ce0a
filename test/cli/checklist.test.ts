import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { csvRecords } from '../helpers/csv.js';
import { fakeIO } from '../helpers/fake-io.js';
import { phuThoDir, repoRoot } from '../helpers/plan-ws.js';

async function run(args: string[], opts: Parameters<typeof fakeIO>[0] = {}) {
  const f = fakeIO({ cwd: repoRoot, ...opts });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

const TG = 'examples/tien-giang-2018';
interface Json {
  by: string;
  unit?: { id: string };
  groups: { type: string; id?: string; items: { kind: string; id: string; owner?: { id: string }; done: boolean; overdue: boolean }[] }[];
}

describe('thidua checklist', () => {
  it("for one district office: its quota ticked with the commune and form, and nobody else's items", async () => {
    const r = await run(['checklist', TG, '--as-of', '2018-07-15', '--unit', 'ptp-cai-be']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('# Việc cần làm của Phòng Tư pháp huyện Cái Bè');
    expect(r.out).toContain('- [x] chọn ít nhất 01 xã trên địa bàn — Tham gia giúp đỡ xây dựng nông thôn mới');
    expect(r.out).toContain('  - Xã Hòa Khánh — hình thức: Hỗ trợ xây dựng tủ sách pháp luật — theo báo cáo ngày 15/07/2018');
    // Nothing of the Sở, the other offices or their communes.
    for (const other of ['Sở Tư pháp', 'Tân Phước', 'Xã Tam Bình', 'kỷ niệm', 'trợ giúp pháp lý']) expect(r.out).not.toContain(other);
    expect(r.out.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(1);
  });

  it('for one unit of a {kind} owner: its quota, target and milestones, overdue ones marked', async () => {
    const r = await run(['checklist', 'test/fixtures/report/phu-tho-2030', '--as-of', '2030-07-01', '--unit', 'phong-ktcl', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    const items = j.groups.flatMap((g) => g.items);
    expect(items.map((i) => `${i.kind}/${i.id}/${i.done ? 'x' : i.overdue ? '!' : ' '}`).sort()).toEqual([
      'milestone/bao-cao-6-thang/!',
      'milestone/dang-ky/x',
      'quota/do-dau-truong/!',
      'target/chuyen-de/x',
    ]);
    expect(items.every((i) => i.owner?.id === 'phong-ktcl')).toBe(true);
  });

  it('groups by unit on request and writes CSV that parses back', async () => {
    const r = await run(['checklist', TG, '--as-of', '2018-07-15', '--by', 'unit', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = csvRecords(r.out);
    expect(rows[0]!['Nhóm']).toBe('Sở Tư pháp tỉnh Tiền Giang');
    expect(rows.filter((row) => row['Mã đơn vị'] === 'ptp-tan-phuoc').map((row) => [row['Mã'], row['Đã xong'], row['Tiến độ']])).toEqual([['phong-tu-phap-giup-xa', 'không', '0 trên 1']]);
    expect(new Set(rows.map((row) => row['Tính đến ngày']))).toEqual(new Set(['15/07/2018']));
    const semi = await run(['checklist', TG, '--as-of', '2018-07-15', '--by', 'unit', '--format', 'csv', '--sep', ';']);
    expect(csvRecords(semi.out, ';')).toEqual(rows);
  });

  it('defaults to a table on a terminal, coloured, and to Markdown otherwise', async () => {
    const tty = await run(['checklist', TG, '--as-of', '2018-09-01'], { tty: true });
    expect(tty.out).toContain('┌');
    expect(tty.out).toContain('\x1b[');
    expect(tty.out).toContain('Tính đến ngày 01/09/2018');
    const pipe = await run(['checklist', TG, '--as-of', '2018-09-01', '--lang', 'en']);
    expect(pipe.out).toMatch(/^# Checklist — plan 06\/KH-STP \\\(2018\\\)\n/);
    expect(pipe.out).toContain('**⚠ 4 days overdue**');
    expect(pipe.out).not.toContain('\x1b');
  });

  it('refuses a plan with an error (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-checklist-'));
    cpSync(phuThoDir, dir, { recursive: true });
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('due: 2030-03-31', 'due: 2030-02-30'));
    const r = await run(['checklist', dir, '--as-of', '2030-04-15'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('2030-02-30');
  });

  it.each([
    [['--format', 'ics'], /--format ics/],
    [['--by', 'month'], /--by month/],
    [['--as-of', 'tomorrow'], /--as-of tomorrow/],
    [['--unit', 'ptp-cai-bee'], /ptp-cai-be\?/],
    [['-o', 'viec.html'], /-o viec\.html: .*--format: markdown, table, json, csv/],
  ])('rejects bad usage %j with exit 2', async (extra, message) => {
    const r = await run(['checklist', TG, '--as-of', '2018-07-15', ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('writes -o and will not overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-checklist-out-'));
    const md = join(dir, 'viec.md');
    expect((await run(['checklist', TG, '--as-of', '2018-07-15', '-o', md], { tty: true })).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text.startsWith('# Việc cần làm')).toBe(true);
    expect(text).not.toContain('\x1b');
    const again = await run(['checklist', TG, '--as-of', '2018-08-01', '-o', md]);
    expect(again.code).toBe(2);
    expect(readFileSync(md, 'utf8')).toBe(text);
    expect((await run(['checklist', TG, '--as-of', '2018-08-01', '-o', md, '--force'])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('01/08/2018');
  });
});
