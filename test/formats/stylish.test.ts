import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { stylish } from '../../src/formats/stylish.js';
import { cleanFile, diagnostics, planFile, result, unitsFile } from './fixtures.js';

const plain = { color: false, lang: 'vi' } as const;

/** The line of the frame that shows source line `n`, and the caret line under it. */
function frame(out: string, n: number): { source: string; caret: string } {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => new RegExp(`^\\s*> +${n} \\|`).test(l));
  expect(i).toBeGreaterThanOrEqual(0);
  return { source: lines[i]!, caret: lines[i + 1]! };
}

/** The source text directly above the caret run (gutters have equal width). */
function underCaret(f: { source: string; caret: string }): string {
  const at = f.caret.indexOf('^');
  const len = /\^~*/.exec(f.caret)![0].length;
  expect(f.caret.slice(0, at)).toMatch(/^\s*\|\s*$/);
  return f.source.slice(at, at + len);
}

function one(d: Partial<Diagnostic>, source: string): string {
  const full: Diagnostic = { code: 'dates-exist', severity: 'error', message: 'm', file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, ...d };
  return stylish(result({ files: ['a.yaml'], diagnostics: [full], sources: new Map([['a.yaml', source]]) }), plain);
}

describe('stylish', () => {
  it('with colour off contains no ESC byte, even when messages and sources do', () => {
    const out = stylish(result(), plain);
    expect(out).not.toContain('\x1b');
    expect(out).toContain('\\x1b[31mđỏ\\x1b[0m');
  });

  it('with colour on paints, yet user text is still defused', () => {
    const out = stylish(result(), { color: true, lang: 'vi' });
    expect(out).toMatch(/\x1b\[3[1-4]m/);
    expect(out).not.toContain('\x1b[31mđỏ');
  });

  it('groups by file, with each finding as line:col, severity, message, rule id', () => {
    const out = stylish(result(), plain);
    const lines = out.split('\n');
    expect(lines[0]).toBe(planFile);
    expect(out.indexOf(unitsFile)).toBeGreaterThan(out.indexOf(planFile));
    expect(out).not.toContain(cleanFile);
    expect(lines).toContain('  3:10  lỗi        Kỷ niệm "Chào mừng Đại hội <&">" không khớp số năm  anniversary-years-match');
    const i = lines.findIndex((l) => l.includes('anniversary-years-match'));
    expect(lines[i + 1]?.trim()).toBe('→ Sửa thành 80 năm');
    expect(lines[i + 2]?.trim()).toBe('↳ units/đơn-vị.yaml:2:3 đơn vị được khai báo ở đây');
  });

  it('puts the caret under the reported column and spans to the end column', () => {
    const f = frame(one({ line: 2, column: 9, endLine: 2, endColumn: 24 }, 'a: 1\nđơn_vị: "Phòng Tổ chức"\nb: 2'), 2);
    expect(underCaret(f)).toBe('"Phòng Tổ chức"');
  });

  it('counts columns after an escaped control character in the source', () => {
    const f = frame(one({ column: 11, endColumn: 15 }, 'x: "\x1b[1m" đúng'), 1);
    expect(underCaret(f)).toBe('đúng');
  });

  it('keeps tabs in the caret lead so it aligns however tabs are drawn', () => {
    const out = one({ column: 3, endColumn: 6 }, '\t\tkhoá: 1');
    const { caret } = frame(out, 1);
    expect(caret).toMatch(/\| \t\t\^~~$/);
  });

  it('ignores combining marks when measuring (text typed in NFD)', () => {
    const nfd = 'tên: Phòng'.normalize('NFD');
    const col = nfd.indexOf('P') + 1;
    const f = frame(one({ column: col, endColumn: nfd.length + 1 }, nfd), 1);
    expect(f.caret.indexOf('^') - f.caret.indexOf('|')).toBe('| tên: '.length);
    expect(/\^~*/.exec(f.caret)![0]).toHaveLength('Phòng'.length);
  });

  it('shows at most one line of context each side and skips a missing source', () => {
    const out = one({ line: 3, column: 1, endLine: 3, endColumn: 2 }, 'l1\nl2\nl3\nl4\nl5');
    expect(out).toMatch(/ 2 \| l2\n.*> 3 \| l3\n.*\| \^\n.* 4 \| l4\n/);
    expect(out).not.toContain('l1');
    expect(out).not.toContain('l5');
    const noSource = stylish(result({ sources: new Map() }), plain);
    expect(noSource).not.toMatch(/ \d+ \| /);
    expect(noSource).toContain('anniversary-years-match');
  });

  it('splits lines at CRLF and LF only: a lone CR stays in its line (shown escaped), the last line needs no break', () => {
    const src = 'a1\r\nb\r2\r\r\nc3\nd4\r';
    const frameOf = (line: number): string[] => one({ line, column: 1, endLine: line, endColumn: 2 }, src).split('\n').filter((l) => / \d \| /.test(l));
    expect(frameOf(2)).toEqual(['      1 | a1', '    > 2 | b\\x0d2\\x0d', '      3 | c3']);
    expect(frameOf(4)).toEqual(['      3 | c3', '    > 4 | d4\\x0d']);
  });

  it('writes the footer and severities in Vietnamese', () => {
    const out = stylish(result({ diagnostics: diagnostics.slice(0, 3) }), plain);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 vấn đề (2 lỗi, 1 cảnh báo)');
    expect(out).toContain('cảnh báo');
    expect(stylish(result(), plain)).toContain('✖ 4 vấn đề (2 lỗi, 1 cảnh báo, 1 thông tin)');
  });

  it('writes the footer and severities in English', () => {
    const out = stylish(result(), { color: false, lang: 'en' });
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 4 problems (2 errors, 1 warning, 1 info)');
    expect(out).toMatch(/ 3:10 {2}error {3}/);
    expect(out).not.toContain('lỗi ');
  });

  it('says how many files are valid when there is nothing to report', () => {
    expect(stylish(result({ diagnostics: [] }), plain)).toBe('✔ 3 tệp hợp lệ\n');
    expect(stylish(result({ diagnostics: [], files: ['a.yaml'] }), { color: false, lang: 'en' })).toBe('✔ 1 file valid\n');
  });
});
