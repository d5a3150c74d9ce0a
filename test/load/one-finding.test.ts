import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/load.js';

const example = readFileSync('examples/dong-thap-2026/plan.yaml', 'utf8');
const lines = example.split('\n');
const edit = (n: number, f: (l: string) => string): string => lines.map((l, i) => (i === n - 1 ? f(l) : l)).join('\n');
const load = (text: string, lang: Lang = 'vi') => loadFile('-', { lang, cwd: process.cwd(), stdin: text }).diagnostics;

describe('one finding per mistake', () => {
  it('a tab in an indentation is one finding, at the tab, and the plan still loads', () => {
    const text = edit(20, (l) => l.replace(/^ {2}/, '\t'));
    const f = loadFile('-', { lang: 'vi', cwd: process.cwd(), stdin: text });
    expect(f.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['yaml/tab-as-indent', 20, 1]]);
    expect(f.diagnostics[0]!.hint).toMatch(/^Thay dấu tab bằng dấu cách/);
    expect(f.docs[0]?.kind).toBe('plan');
  });

  it('two tabs on two lines are two findings; a file indented with tabs of 4 reads as 4', () => {
    const text = 'thidua: 1\nkind: units\nunits:\n\t- id: a\n\t  name: A\n\t  kind: so\n';
    const f = loadFile('-', { lang: 'en', cwd: process.cwd(), stdin: text });
    expect(f.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['yaml/tab-as-indent', 4, 1], ['yaml/tab-as-indent', 5, 1], ['yaml/tab-as-indent', 6, 1]]);
    expect(f.diagnostics[0]!.hint).toMatch(/^Replace the tab with spaces/);
    const four = loadFile('-', { lang: 'en', cwd: process.cwd(), stdin: 'thidua: 1\nkind: units\nunits:\n  - id: a\n\tname: A\n\tkind: so\n' });
    expect(four.diagnostics.map((d) => d.code)).toEqual(['yaml/tab-as-indent', 'yaml/tab-as-indent']);
    expect(four.docs[0]?.valid).toBe(true);
  });

  it('a line pushed one space right is explained at that line, not as "quote the value" above', () => {
    const d = load(edit(19, (l) => ' ' + l));
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([['yaml/indent-slip', 19, 6]]);
    expect(d[0]!.message).toContain('5 dấu cách');
    expect(d[0]!.hint).toContain('đúng 4 dấu cách');
  });

  it('a line pulled one space left, and a top-level key pushed right, each get one finding at the line', () => {
    expect(load(edit(19, (l) => l.slice(1))).map((x) => [x.code, x.line, x.column])).toEqual([['yaml/indent-slip', 19, 4]]);
    const top = load(edit(14, (l) => ' ' + l), 'en');
    expect(top.map((x) => [x.code, x.line, x.column])).toEqual([['yaml/indent-slip', 14, 2]]);
    expect(top[0]!.hint).toMatch(/top level/);
  });

  it('a colon inside a value keeps its own advice', () => {
    const d = load('thidua: 1\nkind: plan\ntitle: Kỷ niệm: 88 năm\n');
    expect(d.map((x) => [x.code, x.line])).toEqual([['yaml/block-as-implicit-key', 3]]);
    expect(d[0]!.hint).toMatch(/dấu nháy/);
  });
});

/** Broken inputs a clerk produces, one per kind of parser complaint. */
const broken = [
  'a: b: c\n',
  'title: "Kế hoạch\nyear: 2018\n',
  "title: 'Kế hoạch\n",
  'ids: [a, b\n',
  'map: {a: 1, b: 2\n',
  'map: {a: 1 b: 2}\n',
  'map: {a:1}\n',
  'list: [a,, b]\n',
  'a: 1\n b: 2\n',
  'a:\n  - x\n - y\n',
  'a:\n  b: 1\n   c: 2\n',
  'just some text\nkey: value\n',
  'a: @mention\n',
  'a: `tick`\n',
  'a: |x\n  text\n',
  'a: "bad \\q escape"\n',
  'a: &\n',
  'a: *\n',
  'a: !custom x\n',
  '- a\nb: 1\n',
  'a: 1\na: 2\n',
  '? [a\n',
  'a:\n\t- b\n',
  'key\nother: 1\n',
  'x: [a\n  - b]\n',
  '"a\nb": 1\n',
  `${'k'.repeat(1100)}: 1\n`,
];

// Phrases of the parser (yaml's messages); none may reach a clerk in either language.
const parserEnglish = /implicit|flow (map|seq|collection)|scalar|token|indicator|directive|compact|at line \d+|mapping|sequence item|must be unique|Unexpected|Missing (closing|,|space|directives)|Alias cannot|Anchor|collection/i;

describe('every parser message has our own sentence', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: no parser text in any message or hint`, () => {
      let count = 0;
      for (const text of broken) {
        for (const d of load(text, lang).filter((x) => x.code.startsWith('yaml/'))) {
          count++;
          expect(`${d.message} ${d.hint ?? ''}`, text).not.toMatch(parserEnglish);
          if (lang === 'vi') expect(`${d.message} ${d.hint ?? ''}`, text).not.toMatch(/\b(the|is|are|line|value|key|must|not)\b/i);
        }
      }
      expect(count).toBeGreaterThanOrEqual(broken.length - 2);
    });
  }
});
