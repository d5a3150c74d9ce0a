import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ValidateResult } from '../../src/formats/validate-result.js';

export const planFile = 'plans/kế hoạch 2025.yaml';
export const unitsFile = 'units/đơn-vị.yaml';
export const cleanFile = 'plans/sạch.yaml';

// Line 3 has Vietnamese text before the value the first finding points at;
// line 5 carries a raw ESC sequence that would recolour a terminal.
export const planSource = [
  'ten: "Phong trào thi đua yêu nước"',
  'nam: 2025',
  'mo_ta: "Chào mừng Đại hội <&\\">"',
  '',
  'ghi_chu: "\x1b[31mđỏ\x1b[0m"',
  'cong_thuc: "=cmd|\' /C calc\'!A0"',
].join('\n');

export const diagnostics: Diagnostic[] = [
  {
    code: 'anniversary-years-match',
    severity: 'error',
    message: 'Kỷ niệm "Chào mừng Đại hội <&">" không khớp số năm',
    hint: 'Sửa thành 80 năm',
    file: planFile,
    line: 3,
    column: 10,
    endLine: 3,
    endColumn: 34,
    related: [{ file: unitsFile, line: 2, column: 3, message: 'đơn vị được khai báo ở đây' }],
  },
  {
    code: 'dates-exist',
    severity: 'warning',
    message: 'Giá trị "\x1b[31mđỏ\x1b[0m" lạ\ndòng thứ hai 100%',
    file: planFile,
    line: 5,
    column: 10,
    endLine: 5,
    endColumn: 24,
  },
  {
    code: 'yaml/duplicate-key',
    severity: 'error',
    message: 'Công thức =cmd|\' /C calc\'!A0',
    hint: 'xoá khoá trùng',
    file: unitsFile,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 4,
  },
  {
    code: 'schema/required',
    severity: 'info',
    message: 'thiếu trường "ghi_chu"',
    file: planFile,
    line: 1,
    column: 1,
    endLine: 2,
    endColumn: 1,
  },
];

export function result(over: Partial<ValidateResult> = {}): ValidateResult {
  return {
    files: [planFile, unitsFile, cleanFile],
    diagnostics,
    sources: new Map([
      [planFile, planSource],
      [unitsFile, 'ten: a\n  ten: b\n'],
      [cleanFile, 'ten: ok\n'],
    ]),
    toolVersion: '0.1.0',
    rules: new Map([
      ['anniversary-years-match', { description: 'Số năm kỷ niệm khớp', helpUri: 'https://example.test/rules/anniversary-years-match.md' }],
      ['dates-exist', { description: 'Ngày tồn tại', helpUri: 'https://example.test/rules/dates-exist.md' }],
    ]),
    ...over,
  };
}
