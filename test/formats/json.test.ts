import { describe, expect, it } from 'vitest';
import { json, type JsonOutput } from '../../src/formats/json.js';
import { diagnostics, planFile, result, unitsFile } from './fixtures.js';

const opts = { color: false, lang: 'vi' } as const;

describe('json', () => {
  const text = json(result(), opts);
  const out = JSON.parse(text) as JsonOutput;

  it('has the contract keys and counts', () => {
    expect(Object.keys(out)).toEqual(['files', 'errors', 'warnings', 'diagnostics']);
    expect(out.files).toBe(3);
    expect(out.errors).toBe(2);
    expect(out.warnings).toBe(1);
    expect(out.diagnostics).toHaveLength(diagnostics.length);
  });

  it('writes each diagnostic with the contract keys in order, hint always a string', () => {
    for (const d of out.diagnostics) {
      const keys = Object.keys(d);
      expect(keys.slice(0, 9)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'hint']);
      expect(typeof d.hint).toBe('string');
    }
    expect(text).not.toContain('null');
    const warning = out.diagnostics.find((d) => d.code === 'dates-exist');
    expect(warning?.hint).toBe('');
  });

  it('keeps user text verbatim, sorted by file then position', () => {
    expect(out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      `${planFile}:1:1`,
      `${planFile}:3:10`,
      `${planFile}:5:10`,
      `${unitsFile}:1:1`,
    ]);
    const err = out.diagnostics[1]!;
    expect(err.message).toBe('Kỷ niệm "Chào mừng Đại hội <&">" không khớp số năm');
    expect(err.hint).toBe('Sửa thành 80 năm');
    expect(out.diagnostics[2]!.message).toContain('\x1b[31m');
    expect(out.diagnostics[3]!.message).toBe("Công thức =cmd|' /C calc'!A0");
    expect(err).toMatchObject({ endLine: 3, endColumn: 34, severity: 'error', code: 'anniversary-years-match' });
  });

  it('adds related only where there is some', () => {
    expect(out.diagnostics[1]!.related).toEqual([{ file: unitsFile, line: 2, column: 3, message: 'đơn vị được khai báo ở đây' }]);
    expect(out.diagnostics.filter((d) => 'related' in d)).toHaveLength(1);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    expect(text.split('\n')[1]).toBe('  "files": 3,');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reports a clean run', () => {
    expect(JSON.parse(json(result({ diagnostics: [] }), opts))).toEqual({ files: 3, errors: 0, warnings: 0, diagnostics: [] });
  });
});
