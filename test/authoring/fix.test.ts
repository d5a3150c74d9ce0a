import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { MAX_PLACED_BYTES } from '../../src/load/read.js';
import { fakeIO } from '../helpers/fake-io.js';
import { dongThapDir } from '../helpers/plan-ws.js';

const original = readFileSync(join(dongThapDir, 'plan.yaml'), 'utf8');

/** The Đồng Tháp example broken the ways the issue lists; returns the folder. */
function broken(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-fix-'));
  cpSync(dongThapDir, dir, { recursive: true });
  const lines = original.split('\n');
  const title = lines.findIndex((l) => l.startsWith('title:'));
  lines[title] = 'title: "KÕ ho¹ch thi ®ua n¨m 2026" # dán từ văn bản cũ';
  const tab = lines.findIndex((l) => l === '    title: Luật Thi đua, khen thưởng');
  lines[tab] = '\t  title: Luật Thi đua, khen thưởng';
  const years = lines.findIndex((l) => l === '    years: 96');
  lines[years] = '    years: 95';
  const obj = lines.findIndex((l) => l.startsWith('objectives:'));
  lines[obj - 1] = (lines[obj - 1] ?? '').normalize('NFD') + '# Mục tiêu'.normalize('NFD');
  writeFileSync(join(dir, 'plan.yaml'), lines.join('\n'));
  writeFileSync(join(dir, 'units.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(dongThapDir, 'units.yaml'))]));
  return dir;
}

async function run(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  const { io, out } = fakeIO({ cwd });
  const code = await main(args, io);
  return { code, out: out() };
}

describe('thidua fix', () => {
  it('--dry-run shows a unified diff of every fix and writes nothing', async () => {
    const dir = broken();
    const before = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    const r = await run(['fix', '--dry-run', '.'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(before);
    expect(r.out).toContain('--- a/plan.yaml\n+++ b/plan.yaml\n');
    expect(r.out).toContain('-title: "KÕ ho¹ch thi ®ua n¨m 2026" # dán từ văn bản cũ\n+title: "Kế hoạch thi đua năm 2026" # dán từ văn bản cũ\n');
    expect(r.out).toContain('-\t  title: Luật Thi đua, khen thưởng\n+    title: Luật Thi đua, khen thưởng\n');
    expect(r.out).toContain('-    years: 95\n+    years: 96\n');
    expect(r.out).toMatch(/units\.yaml:\n  - bỏ BOM\n/);
  });

  it('fixes in place, keeping comments and layout; validate is then clean; a second run changes nothing', async () => {
    const dir = broken();
    expect((await run(['validate', '.'], dir)).code).toBe(1);
    const r = await run(['fix', '.'], dir);
    expect(r.out).toContain('đã sửa plan.yaml:\n  - thay dấu tab bằng dấu cách\n  - chuyển chữ TCVN3/VNI sang Unicode\n  - sửa số năm kỷ niệm theo năm kế hoạch\n  - chuẩn hoá Unicode dựng sẵn (NFC)\n');
    const fixed = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    const expected = original.split('\n');
    expected[expected.findIndex((l) => l.startsWith('title:'))] = 'title: "Kế hoạch thi đua năm 2026" # dán từ văn bản cũ';
    const obj = expected.findIndex((l) => l.startsWith('objectives:'));
    expected[obj - 1] += '# Mục tiêu';
    expect(fixed).toBe(expected.join('\n'));
    expect(readFileSync(join(dir, 'units.yaml'))).toEqual(readFileSync(join(dongThapDir, 'units.yaml')));
    expect((await run(['validate', '.'], dir)).code).toBe(0);
    const again = await run(['fix', '.'], dir);
    expect(again.out).toBe('Không có gì để sửa.\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(fixed);
  });

  it("applies a rule's fix in a plan over 1 MiB, placed by the fast reader, keeping every other byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-fix-large-'));
    cpSync(dongThapDir, dir, { recursive: true });
    // A comment at column 0 brings the plan over the full parser's cap.
    const pad = `#${' '.repeat(MAX_PLACED_BYTES)}\n`;
    const good = original + pad;
    writeFileSync(join(dir, 'plan.yaml'), good.replace('\n    years: 96\n', '\n    years: 95\n'));
    expect(Buffer.byteLength(good)).toBeGreaterThan(MAX_PLACED_BYTES);
    const r = await run(['fix', '.'], dir);
    expect(r.out).toBe('đã sửa plan.yaml:\n  - sửa số năm kỷ niệm theo năm kế hoạch\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(good);
    expect((await run(['validate', '.'], dir)).code).toBe(0);
  });

  it('a file that does not parse is touched only for its encoding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-fix-'));
    const text = '\ufeffthidua: 1\nkind: plan\ntitle: KÕ ho¹ch: n¨m 2026\n\tyear: 2026\n';
    writeFileSync(join(dir, 'plan.yaml'), text);
    const r = await run(['fix', 'plan.yaml'], dir);
    expect(r.out).toMatch(/chỉ sửa mã hoá/);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(text.slice(1));
  });

  it('a whole file in raw TCVN3 bytes is saved as UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-fix-'));
    writeFileSync(join(dir, 'plan.yaml'), Buffer.from('thidua: 1\nkind: units\nunits:\n  - { id: a, name: "Së T­ ph¸p", kind: so }\n', 'latin1'));
    const r = await run(['fix', '--lang', 'en', '.'], dir);
    expect(r.out).toMatch(/whole file converted/);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('thidua: 1\nkind: units\nunits:\n  - { id: a, name: "Sở Tư pháp", kind: so }\n');
  });
});

describe('validate --fix', () => {
  it('fixes first (said on stderr) and then reports on the fixed files', async () => {
    const dir = broken();
    const { io, out, err } = fakeIO({ cwd: dir });
    expect(await main(['validate', '--fix', '--format', 'json', '.'], io)).toBe(0);
    expect(JSON.parse(out()).errors).toBe(0);
    expect(err()).toMatch(/đã sửa plan\.yaml/);
  });
});
