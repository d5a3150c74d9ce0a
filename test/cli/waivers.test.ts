import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'dong-thap-2026');

/**
 * The Đồng Tháp example with a wrong ordinal (80 for 81 years of Quốc khánh:
 * an anniversary-years-match error at plan.yaml:178) and, optionally, a waiver.
 */
function workspace(waiver?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-waivers-'));
  for (const f of ['units.yaml', 'progress-2026-06-30.yaml']) copyFileSync(join(example, f), join(dir, f));
  let plan = readFileSync(join(example, 'plan.yaml'), 'utf8').replace('    origin: 1945-09-02\n    years: 81', '    origin: 1945-09-02\n    years: 80');
  if (waiver) plan += `\nwaivers:\n${waiver}`;
  writeFileSync(join(dir, 'plan.yaml'), plan);
  return dir;
}

const WAIVER = `  - rule: anniversary-years-match
    item: quoc-khanh
    reason: Kỷ niệm theo văn bản của Tỉnh ủy
    document: 15/QĐ-STP
    expires: 30/06/2026
`;

async function run(dir: string, args: string[]) {
  const f = fakeIO({ cwd: dir });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

interface Json {
  errors: number;
  diagnostics: { code: string; line: number }[];
  waived?: { code: string; line: number; waiver: { rule: string; item?: string; document: string; expires?: string; line: number } }[];
}

describe('rule waivers in validate', () => {
  it('without a waiver the finding is an error', async () => {
    const r = await run(workspace(), ['validate', '.', '--format', 'json', '--as-of', '2026-06-30']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as Json;
    expect(j.diagnostics.map((d) => [d.code, d.line])).toEqual([['anniversary-years-match', 178]]);
    expect(j.waived).toBeUndefined();
  });

  it('honours a waiver naming the rule and the item up to and including its expiry, and lists the finding as waived', async () => {
    const dir = workspace(WAIVER);
    const on = await run(dir, ['validate', '.', '--format', 'json', '--as-of', '2026-06-30']);
    expect(on.code).toBe(0);
    const j = JSON.parse(on.out) as Json;
    expect(j.errors).toBe(0);
    expect(j.diagnostics).toEqual([]);
    expect(j.waived?.map((w) => [w.code, w.line, w.waiver.rule, w.waiver.item, w.waiver.document, w.waiver.expires])).toEqual([
      ['anniversary-years-match', 178, 'anniversary-years-match', 'quoc-khanh', '15/QĐ-STP', '2026-06-30'],
    ]);
    const after = await run(dir, ['validate', '.', '--format', 'json', '--as-of', '2026-07-01']);
    expect(after.code).toBe(1);
    expect((JSON.parse(after.out) as Json).diagnostics.map((d) => d.code)).toEqual(['anniversary-years-match']);
  });

  it('a waiver for another item does not cover the finding', async () => {
    const r = await run(workspace(WAIVER.replace('item: quoc-khanh', 'item: thanh-lap-dang')), ['validate', '.', '--format', 'json', '--as-of', '2026-01-01']);
    expect(r.code).toBe(1);
  });

  it('accepts a rule id in obligation, as the schema has always said', async () => {
    const r = await run(workspace(WAIVER.replace('  - rule: anniversary-years-match\n    item: quoc-khanh', '  - obligation: anniversary-years-match')), ['validate', '.', '--format', 'json', '--as-of', '2026-01-01']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Json).waived).toHaveLength(1);
  });

  it('an unknown rule is a located finding with a suggestion', async () => {
    const r = await run(workspace(WAIVER.replace('rule: anniversary-years-match', 'rule: anniversary-year-match')), ['validate', '.', '--format', 'json', '--lang', 'en', '--as-of', '2026-01-01']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out) as { diagnostics: { code: string; message: string; hint: string }[] };
    const ref = j.diagnostics.find((d) => d.code === 'plan-references-resolve')!;
    expect(ref.message).toContain('"anniversary-year-match"');
    expect(ref.hint).toContain('anniversary-years-match');
  });

  it('SARIF keeps the waived finding with a suppression; stylish names it', async () => {
    const dir = workspace(WAIVER);
    const s = await run(dir, ['validate', '.', '--format', 'sarif', '--as-of', '2026-01-01']);
    expect(s.code).toBe(0);
    const log = JSON.parse(s.out) as { runs: { results: { ruleId: string; suppressions?: { kind: string; status: string; justification: string }[] }[] }[] };
    expect(log.runs[0]!.results).toHaveLength(1);
    expect(log.runs[0]!.results[0]!.ruleId).toBe('anniversary-years-match');
    expect(log.runs[0]!.results[0]!.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted', justification: expect.stringContaining('15/QĐ-STP') })]);
    const st = await run(dir, ['validate', '.', '--as-of', '2026-01-01']);
    expect(st.out).toMatch(/1 phát hiện được miễn trừ:\n.*plan\.yaml:178:\d+ +anniversary-years-match +theo 15\/QĐ-STP \(đến hết 30\/06\/2026\): Kỷ niệm theo văn bản của Tỉnh ủy/);
  });
});

describe('schedule, checklist and report: waivers and --disable', () => {
  for (const cmd of ['schedule', 'checklist', 'report']) {
    it(`${cmd} refuses the plan, honours the waiver in force, and takes --disable`, async () => {
      const asOf = ['--as-of', '2026-06-30', '--format', 'json'];
      expect((await run(workspace(), [cmd, '.', ...asOf])).code).toBe(1);
      expect((await run(workspace(WAIVER), [cmd, '.', ...asOf])).code).toBe(0);
      expect((await run(workspace(WAIVER), [cmd, '.', '--as-of', '2026-07-01', '--format', 'json'])).code).toBe(1);
      expect((await run(workspace(), [cmd, '.', ...asOf, '--disable', 'anniversary-years-match'])).code).toBe(0);
      const bad = await run(workspace(), [cmd, '.', ...asOf, '--disable', 'no-such-rule']);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('no-such-rule');
    });
  }

  it('report lists the waived finding in every human format and in JSON', async () => {
    const dir = workspace(WAIVER);
    const md = await run(dir, ['report', '.', '--as-of', '2026-06-30', '--format', 'markdown']);
    expect(md.out).toMatch(/## Phát hiện được miễn trừ\n\n- plan\.yaml:178 anniversary-years-match: .* — miễn theo 15\/QĐ-STP \\\(đến hết 30\/06\/2026\\\): Kỷ niệm theo văn bản của Tỉnh ủy/);
    const js = JSON.parse((await run(dir, ['report', '.', '--as-of', '2026-06-30', '--format', 'json'])).out) as { waivedFindings: unknown[] };
    expect(js.waivedFindings).toEqual([expect.objectContaining({ rule: 'anniversary-years-match', line: 178, document: '15/QĐ-STP', expires: '2026-06-30' })]);
    const plain = JSON.parse((await run(workspace(), ['report', '.', '--as-of', '2026-06-30', '--format', 'json', '--disable', 'anniversary-years-match'])).out) as { waivedFindings: unknown[] };
    expect(plain.waivedFindings).toEqual([]);
  });
});
