import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseWindow } from '../../src/cli/schedule-cmd.js';
import { fakeIO } from '../helpers/fake-io.js';
import { csvRecords } from '../helpers/csv.js';
import { phuThoDir, repoRoot } from '../helpers/plan-ws.js';

async function run(args: string[], opts: Parameters<typeof fakeIO>[0] = {}) {
  const f = fakeIO({ cwd: repoRoot, ...opts });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

const TG = 'examples/tien-giang-2018';
interface Json {
  plan: string;
  asOf: string;
  from: string;
  to: string;
  items: { type: string; id: string; start: string; years?: number; round?: boolean; state: string }[];
}

/** A copy of the made-up workspace with one error in it. */
function brokenCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-schedule-'));
  cpSync(phuThoDir, dir, { recursive: true });
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('years: 140', 'years: 139'));
  return dir;
}

describe('thidua schedule', () => {
  it('lists the six 2018 anniversaries with their ordinals, 70 a round year', async () => {
    const r = await run(['schedule', TG, '--as-of', '2018-07-15', '--format', 'json']);
    expect([r.code, r.err]).toEqual([0, '']);
    const j = JSON.parse(r.out) as Json;
    expect(j.items.filter((i) => i.type === 'anniversary').map((i) => `${i.start.slice(8)}/${i.start.slice(5, 7)} ${i.years}${i.round ? ' tròn' : ''}`)).toEqual([
      '03/02 88',
      '30/04 43',
      '19/05 128',
      '11/06 70 tròn',
      '28/08 73',
      '02/09 73',
    ]);
  });

  it('defaults to a table on a terminal and to Markdown otherwise, and prints the as-of day', async () => {
    const tty = await run(['schedule', TG, '--as-of', '15/07/2018'], { tty: true });
    expect(tty.out).toContain('┌');
    expect(tty.out).toContain('Tính đến ngày 15/07/2018');
    const pipe = await run(['schedule', TG, '--as-of', '15/07/2018', '--lang', 'en']);
    expect(pipe.out).toMatch(/^# 2018 schedule — plan 06\/KH-STP\n/);
    expect(pipe.out).toContain('_As of 15/07/2018');
    expect(pipe.out).not.toContain('\x1b');
  });

  it('colours the terminal table only when allowed', async () => {
    expect((await run(['schedule', TG, '--as-of', '2018-07-15'], { tty: true })).out).toContain('\x1b[');
    expect((await run(['schedule', TG, '--as-of', '2018-07-15', '--no-color'], { tty: true })).out).not.toContain('\x1b');
    expect((await run(['schedule', TG, '--as-of', '2018-07-15'], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\x1b');
    // Machine formats never carry colour, even when forced.
    expect((await run(['schedule', TG, '--as-of', '2018-07-15', '--format', 'csv', '--color'], { tty: true })).out).not.toContain('\x1b');
  });

  it('narrows with --window and with --from/--to', async () => {
    const w = JSON.parse((await run(['schedule', TG, '--as-of', '2018-08-20', '--window', '2w', '--format', 'json'])).out) as Json;
    expect([w.from, w.to]).toEqual(['2018-08-20', '2018-09-03']);
    expect(w.items.filter((i) => i.type === 'anniversary').map((i) => i.id)).toEqual(['truyen-thong-tu-phap', 'quoc-khanh']);
    const ft = JSON.parse((await run(['schedule', TG, '--as-of', '2018-08-20', '--from', '01/02/2018', '--to', '2018-02-28', '--format', 'json'])).out) as Json;
    expect(ft.items.filter((i) => i.type === 'anniversary').map((i) => i.id)).toEqual(['thanh-lap-dang']);
  });

  it('refuses a plan with an error, printing it as validate would (exit 1)', async () => {
    const dir = brokenCopy();
    const r = await run(['schedule', dir, '--as-of', '2030-04-15', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('anniversary-years-match');
    expect(r.err).toContain('plan.yaml');
  });

  it.each([
    [['--format', 'pdf'], /--format pdf/],
    [['--as-of', '31/02/2018'], /--as-of 31\/02\/2018/],
    [['--window', 'soon'], /--window soon/],
    [['--window', '30d', '--from', '2018-01-01'], /--window/],
    [['--from', '2018-05-01', '--to', '2018-04-01'], /--from/],
    [['-o', 'schedule.pdf'], /-o schedule\.pdf: .*--format: table, markdown, csv, json, ics, mermaid, html/],
  ])('rejects bad usage %j with exit 2', async (extra, message) => {
    const r = await run(['schedule', TG, '--as-of', '2018-07-15', ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('asks for --plan when the workspace holds several plans', async () => {
    const r = await run(['schedule', 'examples/', '--as-of', '2018-07-15']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--plan');
    const picked = await run(['schedule', 'examples/', '--as-of', '2026-06-12', '--plan', '12/KH-STP', '--format', 'json']);
    expect(picked.code).toBe(0);
    expect((JSON.parse(picked.out) as Json).plan).toBe('12/KH-STP');
  });

  it('writes -o atomically, infers the format from the extension, and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-schedule-out-'));
    const ics = join(dir, 'lich.ics');
    const first = await run(['schedule', TG, '--as-of', '2018-07-15', '-o', ics], { tty: true });
    expect([first.code, first.out]).toEqual([0, '']);
    const text = readFileSync(ics, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(10);
    const again = await run(['schedule', TG, '--as-of', '2018-07-15', '-o', ics, '--format', 'json']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect(readFileSync(ics, 'utf8')).toBe(text);
    const forced = await run(['schedule', TG, '--as-of', '2018-07-15', '-o', ics, '--format', 'json', '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(ics, 'utf8'))).toHaveProperty('plan', '06/KH-STP');
    // Mermaid source in a .mmd file, a Markdown block anywhere else.
    await run(['schedule', TG, '--as-of', '2018-07-15', '-o', join(dir, 'lich.mmd')]);
    expect(readFileSync(join(dir, 'lich.mmd'), 'utf8').startsWith('gantt\n')).toBe(true);
    const md = await run(['schedule', TG, '--as-of', '2018-07-15', '--format', 'mermaid']);
    expect(md.out.startsWith('```mermaid\ngantt\n')).toBe(true);
    await run(['schedule', TG, '--as-of', '2018-07-15', '-o', join(dir, 'lich.html')]);
    expect(readFileSync(join(dir, 'lich.html'), 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
    expect(existsSync(join(dir, 'lich.csv'))).toBe(false);
    await run(['schedule', TG, '--as-of', '2018-07-15', '-o', join(dir, 'lich.csv')]);
    expect(csvRecords(readFileSync(join(dir, 'lich.csv'), 'utf8')).length).toBeGreaterThan(10);
  });

  it('shows an example in --help, in both languages', async () => {
    const vi = await run(['schedule', '--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('$ thidua schedule examples/tien-giang-2018');
    expect(vi.out).toContain('--window');
    const en = await run(['schedule', '--help', '--lang', 'en']);
    expect(en.out).toContain("the plan's year at a glance");
  });
});

describe('thidua schedule, whatever the machine zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('gives the same bytes under Asia/Ho_Chi_Minh, America/Los_Angeles and Pacific/Kiritimati', async () => {
    const outputs: string[] = [];
    const offsets = new Set<number>();
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      offsets.add(new Date(Date.UTC(2018, 6, 14, 18, 30)).getTimezoneOffset());
      // 18:30 UTC on 14/07 is already 15/07 in Vietnam: the default as-of must say so everywhere.
      const now = Date.UTC(2018, 6, 14, 18, 30);
      const parts = [];
      for (const format of ['json', 'ics', 'csv', 'html', 'mermaid', 'markdown']) parts.push((await run(['schedule', TG, '--format', format], { now })).out);
      parts.push((await run(['checklist', TG, '--format', 'json'], { now })).out);
      outputs.push(parts.join('\n---\n'));
    }
    // The zone really changed between runs, or this test proves nothing.
    expect(offsets.size).toBe(3);
    expect(outputs[0]).toContain('"asOf": "2018-07-15"');
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});

describe('parseWindow', () => {
  it.each([
    ['30d', 30],
    ['30', 30],
    ['4w', 28],
    ['4W', 28],
  ])('%s is %d days', (text, days) => {
    expect(parseWindow(text, 'en')).toBe(days);
  });
});
