import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { capPerFile, MAX_PER_FILE } from '../../src/diagnostics/cap.js';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { registry } from '../../src/formats/registry.js';
import { fakeIO } from '../helpers/fake-io.js';

const EXTRA = 5;
const head = 'thidua: 1\nkind: units\nunits:\n';
// A unit a line, each with a parent that does not exist: MAX_PER_FILE + EXTRA findings of one rule.
const units = Array.from({ length: MAX_PER_FILE + EXTRA }, (_, i) => `  - { id: u${i}, name: U, kind: so, parent: p${i} }\n`).join('');
const dir = mkdtempSync(join(tmpdir(), 'thidua-more-'));
writeFileSync(join(dir, 'units.yaml'), head + units);
const summary = {
  en: `${EXTRA} more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).`,
  vi: `Còn ${EXTRA} vấn đề nữa trong tệp này không được liệt kê (chỉ hiện ${MAX_PER_FILE} vấn đề đầu tiên của mỗi tệp).`,
};
// Where the first finding left out sits: the unit on line 4 + MAX_PER_FILE, at its parent's value.
const line = 4 + MAX_PER_FILE;
const column = `  - { id: u${MAX_PER_FILE}, name: U, kind: so, parent: `.length + 1;

async function validate(format: string, lang: 'vi' | 'en'): Promise<string> {
  const f = fakeIO({ cwd: dir });
  expect(await main(['validate', 'units.yaml', '--format', format, '--lang', lang], f.io)).toBe(1);
  return f.out();
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testsuite' || n === 'testcase' });

/** The summary finding as each format carries it: message, line and column, read back from the output. */
const readBack: Record<string, (out: string) => { message: string; line: number; column: number; count: number }> = {
  json(out) {
    const list = (JSON.parse(out) as { diagnostics: Diagnostic[] }).diagnostics;
    const d = list.find((x) => x.code === 'more-findings')!;
    return { message: d.message, line: d.line, column: d.column, count: list.length };
  },
  sarif(out) {
    type R = { ruleId: string; message: { text: string }; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] };
    const results = (JSON.parse(out) as { runs: { results: R[] }[] }).runs[0]!.results;
    const r = results.find((x) => x.ruleId === 'more-findings')!;
    const { startLine, startColumn } = r.locations[0]!.physicalLocation.region;
    return { message: r.message.text.split('\n')[0]!, line: startLine, column: startColumn, count: results.length };
  },
  junit(out) {
    expect(XMLValidator.validate(out)).toBe(true);
    type Case = { name: string; failure: { message: string } };
    const cases = (xml.parse(out) as { testsuites: { testsuite: { testcase: Case[] }[] } }).testsuites.testsuite.flatMap((s) => s.testcase);
    const c = cases.find((x) => x.name.startsWith('more-findings '))!;
    const [l, col] = c.name.split(' ')[1]!.split(':').map(Number);
    return { message: c.failure.message, line: l!, column: col!, count: cases.length };
  },
  github(out) {
    const lines = out.trim().split('\n');
    const m = lines.map((l) => /^::error file=[^,]+,line=(\d+),col=(\d+),.*title=more-findings::(.*)$/.exec(l)).find(Boolean)!;
    // The hint follows the message in brackets.
    return { message: decodeURIComponent(m[3]!).replace(/ \([^(]*\)$/, ''), line: Number(m[1]), column: Number(m[2]), count: lines.filter((l) => l.startsWith('::')).length };
  },
  stylish(out) {
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.includes('more-findings'));
    const m = /^\s*(\d+):(\d+)\s/.exec(lines[at]!)!;
    return { message: lines.slice(at, at + 3).join(' ').replace(/\s+/g, ' '), line: Number(m[1]), column: Number(m[2]), count: lines.filter((l) => /^\s*\d+:\d+\s/.test(l)).length };
  },
};

describe('the summary of findings past the cap, in every validate format', () => {
  it('covers every validate format', () => {
    expect(registry.validate.map((f) => f.name).sort()).toEqual(Object.keys(readBack).sort());
  });

  for (const format of Object.keys(readBack)) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${format}, ${lang}: MAX_PER_FILE findings and one summary, located at the first left out`, async () => {
        const got = readBack[format]!(await validate(format, lang));
        expect(got.count).toBe(MAX_PER_FILE + 1);
        if (format === 'stylish') expect(got.message.replace(/\s+/g, ' ')).toContain(summary[lang].split(' ').slice(0, 6).join(' '));
        else expect(got.message).toBe(summary[lang]);
        expect([got.line, got.column]).toEqual([line, column]);
      });
    }
  }
});

describe('capPerFile', () => {
  const at = (file: string, line: number, code = 'r'): Diagnostic => ({ code, severity: 'error', message: `m${line}`, file, line, column: 1, endLine: line, endColumn: 2 });
  const uncapped = sortDiagnostics([...Array.from({ length: MAX_PER_FILE + 30 }, (_, i) => at('a.yaml', i + 1)), at('b.yaml', 3), at('b.yaml', 1)]);

  it('keeps the first MAX_PER_FILE of a file exactly as an uncapped run gives them', () => {
    const capped = capPerFile(uncapped, 'en');
    const a = capped.filter((d) => d.file === 'a.yaml');
    expect(a.slice(0, MAX_PER_FILE)).toEqual(uncapped.slice(0, MAX_PER_FILE));
    expect(a[MAX_PER_FILE]).toMatchObject({ code: 'more-findings', line: MAX_PER_FILE + 1, column: 1, message: `30 more problems in this file are not listed (only the first ${MAX_PER_FILE} of each file are shown).` });
    expect(a).toHaveLength(MAX_PER_FILE + 1);
    // Another file under the cap is left whole.
    expect(capped.filter((d) => d.file === 'b.yaml')).toEqual(uncapped.filter((d) => d.file === 'b.yaml'));
  });

  it('at exactly MAX_PER_FILE nothing is summarised; one more is', () => {
    const exact = uncapped.filter((d) => d.file === 'a.yaml').slice(0, MAX_PER_FILE);
    expect(capPerFile(exact, 'vi')).toEqual(exact);
    const over = uncapped.filter((d) => d.file === 'a.yaml').slice(0, MAX_PER_FILE + 1);
    const capped = capPerFile(over, 'vi');
    expect(capped.map((d) => d.code).slice(-1)).toEqual(['more-findings']);
    expect(capped.at(-1)!.message).toBe(`Còn 1 vấn đề nữa trong tệp này không được liệt kê (chỉ hiện ${MAX_PER_FILE} vấn đề đầu tiên của mỗi tệp).`);
  });

  it('keeps the note that explains where findings are placed, past the cap, and does not count it', () => {
    const note: Diagnostic = { ...at('a.yaml', MAX_PER_FILE + 20, 'load/not-placed'), severity: 'info' };
    const capped = capPerFile(sortDiagnostics([...uncapped, note]), 'en');
    const a = capped.filter((d) => d.file === 'a.yaml');
    expect(a.map((d) => d.code).slice(-2)).toEqual(['load/not-placed', 'more-findings']);
    expect(a.at(-1)!.message).toMatch(/^30 more problems/);
  });
});
