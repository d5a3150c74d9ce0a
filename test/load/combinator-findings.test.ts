import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/diagnostics/diagnostic.js';
import { loadFile } from '../../src/load/load.js';

// Shared definitions that ajv compiles as functions of their own ($defs/due, owners, period, daySpan,
// waiver): their findings are one per mistake, with the hint and the known fields of that definition.

const plan = (lines: string[]): string =>
  ['thidua: 1', 'kind: plan', 'id: 01/KH-UBND', 'title: Kế hoạch thử', 'issuer: ubnd', 'issued: 2025-01-10', ...lines, ''].join('\n');
const movement = (target: string[]): string =>
  plan(['year: 2025', 'movements:', '  - id: pt', '    form: regular', '    title: Phong trào thử', '    targets:', '      - id: t1', '        title: Một', ...target]);
const load = (text: string, lang: Lang = 'en') => loadFile('-', { lang, cwd: process.cwd(), stdin: text });
const found = (text: string, lang: Lang = 'en') => load(text, lang).diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint]);

const schema = JSON.parse(readFileSync('schemas/plan.schema.json', 'utf8')) as { $defs: Record<string, { description: string }> };
const described = (def: string, lang: Lang): string => {
  const [vi, en] = schema.$defs[def]!.description.split(' — ');
  return (lang === 'vi' ? vi : en)!.trim();
};

describe('a value that fits none of the forms of a shared definition is one finding', () => {
  it.each([
    ['{year: 2019}', '"{"year":2019}"'],
    ['[2025-01-01]', '"["2025-01-01"]"'],
    ['{by: 2025-01-01, before: 2025-02-01}', '"{"by":"2025-01-01","before":"2025-02-01"}"'],
    ['{before: xyz}', '"{"before":"xyz"}"'],
  ])('due: %s gives one schema/shape finding at the value, hinted with the forms of a deadline', (value, shown) => {
    const text = movement([`        due: ${value}`]);
    expect(found(text)).toEqual([['schema/shape', 15, 14, `Field "due" has the wrong shape: ${shown}.`, described('due', 'en')]]);
    expect(found(text, 'vi')).toEqual([['schema/shape', 15, 14, `Trường "due" không đúng dạng: ${shown}.`, described('due', 'vi')]]);
  });

  it('the forms that do fit give no finding: a day, {before: day}, {by: day}', () => {
    for (const value of ['2025-06-30', '30/06/2025', '{before: 2025-06-30}', '{by: 30/06/2025}']) {
      expect(found(movement([`        due: ${value}`]))).toEqual([]);
    }
  });

  it('an owner list with a wrong kind is one finding, however deep the forms nest (owners → owner → slug)', () => {
    expect(found(movement(['        owner: [{kind: 5}]']))).toEqual([
      ['schema/shape', 15, 16, 'Field "owner" has the wrong shape: "[{"kind":5}]".', described('owners', 'en')],
    ]);
  });

  it('a mistake beside a combinator is still found on its own: a basis entry with neither ref nor title, and a bad date', () => {
    const d = load(plan(['year: 2025', 'basis:', '  - date: abc'])).diagnostics;
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([
      ['schema/required', 9, 5],
      ['schema/date-format', 9, 11],
    ]);
  });
});

describe('an unknown key inside a shared definition is matched against that definition', () => {
  it('period: "tu" is "to" misspelt, not "id"', () => {
    const d = load(plan(['period: {from: 2025-01-01, tu: 2025-12-31}'])).diagnostics;
    expect(d.map((x) => [x.code, x.line, x.column, x.hint])).toEqual([['schema/unknown-property', 7, 28, 'Did you mean "to"?']]);
  });

  it("an event's planned days list from and to as the known fields, not the plan's", () => {
    const d = load(plan(['year: 2025', 'events:', '  - id: dai-hoi', '    planned: {from: 2025-03-01, until: 2025-03-03}'])).diagnostics;
    expect(d.map((x) => [x.code, x.line, x.column, x.hint])).toEqual([['schema/unknown-property', 10, 33, 'Known fields: from, to.']]);
  });

  it("a waiver's missing reason is hinted with the waiver's own field", () => {
    const d = load(plan(['year: 2025', 'waivers:', '  - rule: plan-numbered', '    document: 12/CV-UBND'])).diagnostics;
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([['schema/required', 9, 5]]);
    expect(d[0]!.hint).toMatch(/^Add "reason": /);
  });

  it('salvage renames the misspelt key to the right field for the rules', () => {
    const f = load(plan(['period: {from: 2025-01-01, tu: 2025-12-31}']));
    expect(f.docs[0]!.salvaged).toBe(true);
    expect((f.docs[0]!.data as { period?: unknown }).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
