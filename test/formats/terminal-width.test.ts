import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { displayWidth, fitWidths, wrapText } from '../../src/formats/terminal-table.js';
import { fakeIO } from '../helpers/fake-io.js';

const TG = resolve(__dirname, '../../examples/tien-giang-2018');
const DT = resolve(__dirname, '../../examples/dong-thap-2026');

// Figures that must come out whole: a fund in đồng, a weighted rate, a decimal score.
const dir = mkdtempSync(join(tmpdir(), 'thidua-width-'));
writeFileSync(join(dir, 'units.yaml'), 'thidua: 1\nkind: units\nunits:\n  - { id: so-gd, name: Sở Giáo dục và Đào tạo tỉnh Hưng Yên, kind: so }\n');
writeFileSync(
  join(dir, 'plan.yaml'),
  `thidua: 1
kind: plan
id: 12/KH-SGDĐT
title: Kế hoạch thi đua năm học với một tiêu đề đủ dài để phải xuống dòng trên màn hình hẹp
issuer: so-gd
issued: 2025-09-10
year: 2025
movements:
  - id: nam-hoc
    form: regular
    title: Thi đua năm học
    targets:
      - { id: quy-khuyen-hoc-cua-so, title: Quỹ khuyến học, measure: amount, value: 71500000, unit: triệu đồng, owner: so-gd, due: 2026-05-31 }
      - { id: ty-le, title: Tỷ lệ giáo viên đạt chuẩn, measure: rate, value: 97.5, owner: so-gd, due: 2026-05-31 }
`,
);
writeFileSync(
  join(dir, 'progress.yaml'),
  'thidua: 1\nkind: progress\nplan: 12/KH-SGDĐT\nasOf: 2025-12-31\nreporter: so-gd\ntargets:\n  - { target: quy-khuyen-hoc-cua-so, by: so-gd, achieved: 71250000.5 }\n  - { target: ty-le, by: so-gd, achieved: 96.25 }\n',
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function onTerminal(columns: number, args: string[]): Promise<string[]> {
  const f = fakeIO({ tty: true, columns, env: { NO_COLOR: '1' } });
  const code = await main([...args, '--format', 'table'], f.io);
  expect(f.err()).toBe('');
  expect(code).toBeLessThan(2);
  return f.out().split('\n');
}

// Each table at 60, 80 and 120 columns; the larger examples at 80 only (the machine is shared, tables take a while).
const runs: [string, string[], number[]][] = [
  ['report of the figures', ['report', dir, '--as-of', '2025-12-31'], [60, 80, 120]],
  ['report Tiền Giang', ['report', TG, '--as-of', '2018-12-31'], [60, 80, 120]],
  ['report Đồng Tháp', ['report', DT, '--as-of', '2026-12-31'], [80]],
  ['checklist of the figures', ['checklist', dir, '--as-of', '2025-12-31'], [60, 80, 120]],
  ['checklist Tiền Giang', ['checklist', TG, '--as-of', '2018-12-31'], [80]],
  ['checklist Đồng Tháp by unit', ['checklist', DT, '--as-of', '2026-12-31', '--by', 'unit'], [80]],
  ['schedule Tiền Giang', ['schedule', TG, '--as-of', '2018-07-15'], [60, 80, 120]],
  ['schedule Đồng Tháp', ['schedule', DT, '--as-of', '2026-11-20'], [80]],
  ['anniversaries', ['anniversaries', '--year', '2026'], [60, 80, 120]],
];

describe('terminal tables fit the terminal', () => {
  for (const columns of [60, 80, 120]) {
    it.each(runs.filter((r) => r[2].includes(columns)).map(([name, args]) => [name, args] as const))(`%s: every line at most ${columns} columns`, async (_name, args) => {
      const lines = await onTerminal(columns, args);
      expect(lines.length).toBeGreaterThan(5);
      for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(columns);
    });
  }

  it.each([60, 80, 120])('at %i columns the figures are whole: never cut, never broken inside a number', async (columns) => {
    const text = (await onTerminal(columns, ['report', dir, '--as-of', '2025-12-31'])).join('\n');
    expect(text).not.toContain('…');
    // A progress cell may break after its "/", nowhere else.
    for (const figure of ['71.250.000,5/', '71.500.000 triệu đồng', '96,25\u00a0%/', '97,5\u00a0%', '31/05/2026']) expect(text, figure).toContain(figure);
    const checklist = (await onTerminal(columns, ['checklist', dir, '--as-of', '2025-12-31'])).join('\n');
    for (const figure of ['[71.250.000,5/', '71.500.000]', '31/05/2026']) expect(checklist, figure).toContain(figure);
  });

  it('a pipe gets the table at 80 columns', async () => {
    const f = fakeIO({ env: { NO_COLOR: '1' } });
    await main(['report', TG, '--as-of', '2018-12-31', '--format', 'table'], f.io);
    const widths = f.out().split('\n').map(displayWidth);
    expect(Math.max(...widths)).toBe(80);
  });
});

describe('fitWidths and wrapText', () => {
  it('keeps natural widths when they fit, else narrows text before figures', () => {
    expect(fitWidths([10, 5], [4, 5], [false, true], 80)).toEqual([10, 5]);
    // 3 columns: 10 of borders and padding, 30 left. Text first down to 16, then the figures to their longest piece, then text again.
    expect(fitWidths([40, 10, 20], [8, 10, 12], [false, true, true], 56)).toEqual([16, 10, 20]);
    expect(fitWidths([40, 10, 20], [8, 10, 12], [false, true, true], 46)).toEqual([14, 10, 12]);
    expect(fitWidths([40, 10, 20], [8, 10, 12], [false, true, true], 40)).toEqual([8, 10, 12]);
    // Figures never below their longest piece, even when the table cannot fit.
    expect(fitWidths([30, 25], [12, 25], [false, true], 20)[1]).toBe(25);
  });

  it('wraps at spaces, cuts an over-long word after a dash or slash', () => {
    expect(wrapText('Sở Tư pháp tỉnh Tiền Giang', 12)).toEqual(['Sở Tư pháp', 'tỉnh Tiền', 'Giang']);
    expect(wrapText('phong-tu-phap-giup-xa', 12)).toEqual(['phong-tu-', 'phap-giup-xa']);
    expect(wrapText('', 5)).toEqual(['']);
  });
});
