import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { JsonReport } from '../../src/formats/report-json.js';
import { csvRecords } from '../helpers/csv.js';
import { fakeIO } from '../helpers/fake-io.js';
import { repoRoot, removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';

afterAll(removeTempWorkspaces);

const TG = 'examples/tien-giang-2018';

async function run(args: string[], opts: Parameters<typeof fakeIO>[0] = {}): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIO({ cwd: repoRoot, ...opts });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

const json = (s: string): JsonReport => JSON.parse(s) as JsonReport;
const lineOf = (j: JsonReport, id: string, owner?: string) => j.obligations.find((o) => o.id === id && (owner === undefined || o.owner === owner))!;

describe('thidua report', () => {
  it('exits 1 as of 2019-01-01, with both gaps failing', async () => {
    const r = await run(['report', TG, '--as-of', '2019-01-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const j = json(r.out);
    expect(j.asOf).toBe('2019-01-01');
    expect(lineOf(j, 'tro-giup-phap-ly').outcome).toBe('fail');
    expect(lineOf(j, 'phong-tu-phap-giup-xa', 'ptp-tan-phuoc').outcome).toBe('fail');
  });

  it('exits 0 mid-year when nothing has failed, and 1 when --fail-on includes pending', async () => {
    const ok = await run(['report', TG, '--as-of', '2018-07-15', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(lineOf(json(ok.out), 'tro-giup-phap-ly')).toMatchObject({ outcome: 'pending', progress: '2/3' });
    expect((await run(['report', TG, '--as-of', '2018-07-15', '--format', 'json', '--fail-on', 'fail,pending'])).code).toBe(1);
    expect((await run(['report', TG, '--as-of', '2018-07-15', '--format', 'json', '--fail-on', 'late'])).code).toBe(0);
  });

  it('treats the legal contents as advisory unless --fail-on contents', async () => {
    const r = await run(['report', TG, '--as-of', '2018-07-15', '--format', 'json', '--fail-on', 'contents']);
    expect(r.code).toBe(1);
    expect(json(r.out).contents.some((c) => c.outcome === 'fail')).toBe(true);
  });

  it('defaults --as-of to today in Vietnam', async () => {
    // 18:00 UTC on 14 July is already 15 July in Vietnam.
    const r = await run(['report', TG, '--format', 'json'], { now: Date.UTC(2018, 6, 14, 18, 0, 0) });
    expect(json(r.out).asOf).toBe('2018-07-15');
  });

  it('prints a table on a terminal and markdown into a pipe', async () => {
    const tty = await run(['report', TG, '--as-of', '2018-07-15'], { tty: true });
    expect(tty.out).toContain('┌');
    expect(tty.out).toContain('\x1b[');
    const pipe = await run(['report', TG, '--as-of', '2018-07-15']);
    expect(pipe.out).toMatch(/^# Báo cáo/);
    expect(pipe.out).toContain('Tính đến ngày 15/07/2018');
    const noColour = await run(['report', TG, '--as-of', '2018-07-15', '--no-color'], { tty: true });
    expect(noColour.out).not.toContain('\x1b[');
    expect((await run(['report', TG, '--as-of', '2018-07-15'], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\x1b[');
  });

  it('writes -o, taking the format from the extension, and never over a file without --force', async () => {
    const dir = tempWorkspace({});
    const out = join(dir, 'so-ket.html');
    expect((await run(['report', TG, '--as-of', '2018-07-15', '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const again = await run(['report', TG, '--as-of', '2018-07-15', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    const xml = join(dir, 'report.xml');
    expect((await run(['report', TG, '--as-of', '2019-01-01', '-o', xml, '--lang', 'en'])).code).toBe(1);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(xml, 'utf8')) as { testsuites: unknown };
    expect(parsed.testsuites).toBeDefined();
    writeFileSync(out, 'old');
    expect((await run(['report', TG, '--as-of', '2018-07-15', '-o', out, '--force', '--format', 'markdown'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Báo cáo/);
  });

  it("limits the report to one unit's lines with --unit", async () => {
    const r = await run(['report', TG, '--as-of', '2018-07-15', '--format', 'json', '--unit', 'ptp-tan-phuoc']);
    const j = json(r.out);
    expect(j.obligations.map((o) => `${o.id}/${o.owner}`)).toEqual(['phong-tu-phap-giup-xa/ptp-tan-phuoc']);
    expect(j.unit).toBe('ptp-tan-phuoc');
  });

  it('exits 2 on bad arguments', async () => {
    for (const args of [
      ['--format', 'pdf'],
      ['--fail-on', 'fial'],
      ['--as-of', '31/02/2019'],
      ['--unit', 'ptp-tan-phuco'],
      ['--plan', '99/KH-X'],
      ['--sep', '|'],
      ['--sep', ',,'],
    ]) {
      const r = await run(['report', TG, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^thidua: /);
    }
    expect((await run(['report', TG, '--unit', 'ptp-tan-phuco', '--lang', 'en'])).err).toContain('did you mean ptp-tan-phuoc');
    expect((await run(['report', TG, '--sep', '|'])).err).toBe('thidua: --sep "|": chỉ nhận dấu phẩy (,), dấu chấm phẩy (;) hoặc tab\n');
    expect((await run(['report', TG, '--sep', '|', '--lang', 'en'])).err).toContain('only a comma (,), a semicolon (;) or a tab is accepted');
    // A separator the chosen format would ignore is refused, not dropped in silence.
    for (const format of ['json', 'markdown', 'html']) {
      const r = await run(['report', TG, '--format', format, '--sep', ';']);
      expect([r.code, r.err]).toEqual([2, `thidua: --sep: chỉ dùng với định dạng csv, không dùng với ${format}\n`]);
    }
    expect((await run(['report', TG, '--as-of', '2018-07-15', '--format', 'csv', '--sep', ';'])).code).toBe(0);
  });

  it('writes a CSV for Excel: a BOM, Vietnamese headers, ; with --sep, one row per obligation and owner', async () => {
    const r = await run(['report', TG, '--as-of', '2018-07-15', '--format', 'csv', '--sep', ';']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\ufeffPhong trào;Mã nghĩa vụ;')).toBe(true);
    const rows = csvRecords(r.out, ';');
    const j = json((await run(['report', TG, '--as-of', '2018-07-15', '--format', 'json'])).out);
    expect(rows.map((x) => [x['Mã nghĩa vụ'], x['Mã đơn vị']])).toEqual(j.obligations.map((o) => [o.id, o.owner]));
    expect(new Set(rows.map((x) => x['Tính đến ngày']))).toEqual(new Set(['15/07/2018']));
  });

  it('shows a selection that does not qualify as not counted, with the reason, and a repeated record as a finding', async () => {
    const r = await run(['report', 'test/fixtures/report/workspace', '--as-of', '2025-07-10', '--format', 'markdown', '--lang', 'en']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Not counted: Xã An Hai — test\/fixtures\/report\/workspace\/progress-phong-a\.yaml:\d+: .*lacks the tag ven-bien/);
    expect(r.out).toContain('does not sit under');
    expect(r.out).toContain('counted once');
  });

  it('refuses a workspace with errors, printing them to stderr', async () => {
    const dir = tempWorkspace({
      'units.yaml': 'thidua: 1\nkind: units\nunits:\n  - { id: so, name: Sở, kind: so }\n',
      'plan.yaml':
        'thidua: 1\nkind: plan\nid: 01/KH-S\ntitle: Kế hoạch\nissuer: so\nissued: 2018-01-05\nyear: 2018\nanniversaries:\n  - { id: thanh-lap-dang, title: Ngày thành lập Đảng, origin: 1930-02-03, years: 87 }\n',
    });
    const r = await run(['report', dir, '--as-of', '2018-07-15', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('anniversary-years-match');
  });

  it('has a bilingual --help with an example', async () => {
    const vi = await run(['report', '--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('thidua report examples/tien-giang-2018 --as-of 2018-07-15');
    expect(vi.out).toContain('--fail-on');
    expect((await run(['report', '--help', '--lang', 'en'])).out).toContain('advisory unless --fail-on includes contents');
  });

  it('is listed among the commands', async () => {
    expect((await run(['--help'])).out).toMatch(/report/);
    expect(existsSync(join(repoRoot, 'docs', 'report.md'))).toBe(true);
  });
});
