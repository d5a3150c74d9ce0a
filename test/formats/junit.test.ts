import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/formats/junit.js';
import { cleanFile, planFile, result, unitsFile } from './fixtures.js';

const opts = { color: false, lang: 'vi' } as const;

interface Failure {
  message: string;
  type: string;
  '#text': string;
}
interface Case {
  classname: string;
  name: string;
  failure?: Failure;
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  testcase: Case[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

function parse(xml: string): { attrs: Record<string, string>; suites: Suite[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { testsuites: Record<string, string> & { testsuite?: Suite[] } };
  const { testsuite = [], ...attrs } = doc.testsuites;
  return { attrs: attrs as Record<string, string>, suites: testsuite };
}

describe('junit', () => {
  const xml = junit(result(), opts);
  const { attrs, suites } = parse(xml);

  it('is well-formed XML without the control characters the input had', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
  });

  it('counts tests and failures on the root', () => {
    expect(attrs).toMatchObject({ name: 'thidua', tests: '5', failures: '4', errors: '0' });
  });

  it('has one suite per file, clean files included with a passing case', () => {
    expect(suites.map((s) => s.name)).toEqual([planFile, unitsFile, cleanFile]);
    expect(suites.map((s) => [s.tests, s.failures])).toEqual([['3', '3'], ['1', '1'], ['1', '0']]);
    const clean = suites[2]!.testcase;
    expect(clean).toHaveLength(1);
    expect(clean[0]).toMatchObject({ classname: cleanFile, name: 'validate' });
    expect(clean[0]!.failure).toBeUndefined();
  });

  it('names each case by rule id and position, with a failure typed by severity', () => {
    const cases = suites[0]!.testcase;
    expect(cases.map((c) => c.name)).toEqual(['schema/required 1:1', 'anniversary-years-match 3:10', 'dates-exist 5:10']);
    for (const c of cases) expect(c.classname).toBe(planFile);
    expect(cases.map((c) => c.failure?.type)).toEqual(['info', 'error', 'warning']);
  });

  it('round-trips markup-laden and formula-like text through escaping', () => {
    const f = suites[0]!.testcase[1]!.failure!;
    expect(f.message).toBe('Kỷ niệm "Chào mừng Đại hội <&">" không khớp số năm');
    expect(f['#text']).toBe(
      `${planFile}:3:10\nKỷ niệm "Chào mừng Đại hội <&">" không khớp số năm\nSửa thành 80 năm\n${unitsFile}:2:3: đơn vị được khai báo ở đây`,
    );
    const units = suites[1]!.testcase[0]!.failure!;
    expect(units.message).toBe("Công thức =cmd|' /C calc'!A0");
    expect(units['#text']).toContain('xoá khoá trùng');
  });

  it('keeps a multi-line message intact in the attribute', () => {
    const f = suites[0]!.testcase[2]!.failure!;
    expect(f.message).toBe('Giá trị "[31mđỏ[0m" lạ\ndòng thứ hai 100%');
  });

  it('lists every file as passing when there is nothing to report', () => {
    const clean = parse(junit(result({ diagnostics: [] }), opts));
    expect(clean.attrs).toMatchObject({ tests: '3', failures: '0' });
    expect(clean.suites.flatMap((s) => s.testcase.map((c) => c.name))).toEqual(['validate', 'validate', 'validate']);
  });
});
