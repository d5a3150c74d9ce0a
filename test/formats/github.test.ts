import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { github } from '../../src/formats/github.js';
import { result } from './fixtures.js';

const opts = { color: false, lang: 'vi' } as const;

describe('github', () => {
  const out = github(result(), opts);
  const lines = out.split('\n');

  it('writes one workflow command per finding, one per line', () => {
    expect(out.endsWith('\n')).toBe(true);
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::/);
    expect(lines.map((l) => /^::(\w+)/.exec(l)![1])).toEqual(['notice', 'error', 'warning', 'error']);
  });

  it('puts the location and the rule id in the properties and the hint after the message', () => {
    expect(lines[1]).toBe(
      '::error file=plans/kế hoạch 2025.yaml,line=3,col=10,endLine=3,endColumn=34,title=anniversary-years-match::' +
        'Kỷ niệm "Chào mừng Đại hội <&">" không khớp số năm (Sửa thành 80 năm)%0Aunits/đơn-vị.yaml:2:3: đơn vị được khai báo ở đây',
    );
  });

  it('encodes newline and % in the message and defuses ESC', () => {
    expect(lines[2]).toMatch(/::Giá trị "\\x1b\[31mđỏ\\x1b\[0m" lạ%0Adòng thứ hai 100%25$/);
    expect(out).not.toContain('\x1b');
  });

  it('encodes : and , in properties so they cannot end the property list', () => {
    const d: Diagnostic = { code: 'a,b', severity: 'warning', message: 'x', file: 'c:d,e\\f.yaml', line: 1, column: 2, endLine: 1, endColumn: 3 };
    expect(github(result({ diagnostics: [d] }), opts)).toBe('::warning file=c%3Ad%2Ce/f.yaml,line=1,col=2,endLine=1,endColumn=3,title=a%2Cb::x\n');
  });

  it('prints nothing for a clean run', () => {
    expect(github(result({ diagnostics: [] }), opts)).toBe('');
  });
});
