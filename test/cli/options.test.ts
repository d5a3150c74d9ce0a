import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const TG = 'examples/tien-giang-2018';

async function run(args: string[], env: Record<string, string> = {}, cwd = root) {
  const f = fakeIO({ cwd, env });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

describe('unknown or empty option values: exit 2 with a sentence', () => {
  for (const [args, env, err] of [
    [['validate', TG, '--lang', 'xx'], {}, 'thidua: --lang "xx": chọn vi hoặc en (choose vi or en)\n'],
    [['validate', TG, '--lang', 'constructor'], {}, 'thidua: --lang "constructor": chọn vi hoặc en (choose vi or en)\n'],
    [['validate', TG, '--lang='], {}, 'thidua: --lang "": chọn vi hoặc en (choose vi or en)\n'],
    [['validate', TG], { THIDUA_LANG: 'xx' }, 'thidua: THIDUA_LANG "xx": chọn vi hoặc en (choose vi or en)\n'],
    [['validate', TG], { THIDUA_LANG: '' }, 'thidua: THIDUA_LANG "": chọn vi hoặc en (choose vi or en)\n'],
    [['schedule', TG, '--as-of', '0000-01-01'], {}, 'thidua: --as-of 0000-01-01: năm phải từ 1900 đến 2199\n'],
    [['schedule', TG, '--as-of', '1800-01-01'], {}, 'thidua: --as-of 1800-01-01: năm phải từ 1900 đến 2199\n'],
    [['schedule', TG, '--plan', ''], {}, 'thidua: --plan: cần mã kế hoạch, ví dụ 06/KH-STP hoặc 06/KH-STP@2018\n'],
    [['validate', TG, '--max-warnings', ''], {}, 'thidua: --max-warnings "": cần một số nguyên không âm, ví dụ 0\n'],
    [['validate', TG, '--max-warnings', '1.5', '--lang', 'en'], {}, 'thidua: --max-warnings "1.5": a whole number of 0 or more is needed, e.g. 0\n'],
    [['schedule', TG, '--as-of', '2018-07-15', '-o', ''], {}, 'thidua: -o: cần đường dẫn tệp (hoặc - cho stdout)\n'],
    [['validate', TG, '-o', ''], {}, undefined],
    [['schedule', TG, '--as-of', '2018-07-15', '-o', 'x.foo', '--lang', 'en'], {}, undefined],
  ] as const) {
    it(`${args.join(' ')} ${JSON.stringify(env)}`, async () => {
      const r = await run([...args], { ...env });
      expect(r.code).toBe(2);
      if (err) expect(r.err).toBe(err);
      else expect(r.err).toMatch(/^thidua: (-o x\.foo: no format has this extension; pick one with --format: [a-z, ]+|--output-file : expected FORMAT=PATH.*|--output-file : cần dạng ĐỊNH_DẠNG=ĐƯỜNG_DẪN.*)\n$/);
      expect(r.out).toBe('');
    });
  }

  it('accepts vi, en and locales of them, in any case', async () => {
    for (const l of ['en', 'EN', 'en_US.UTF-8', 'vi-VN']) expect((await run(['validate', TG], { THIDUA_LANG: l })).code).toBe(0);
    expect((await run(['validate', TG, '--lang', 'en-GB'])).out).toMatch(/files? valid/);
  });
});

describe('new never suggests an option it does not have', () => {
  it('a --from file with several plans says so in terms of --from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-new-two-'));
    copyFileSync(join(root, TG, 'units.yaml'), join(dir, 'units.yaml'));
    const plan = readFileSync(join(root, TG, 'plan.yaml'), 'utf8');
    writeFileSync(join(dir, 'two.yaml'), `${plan}\n---\n${plan.replaceAll('06/KH-STP', '07/KH-STP')}`);
    const r = await run(['new', '--from', 'two.yaml', '--year', '2019', '--lang', 'en'], {}, dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^thidua: --from two\.yaml holds several plans; new needs a file with one plan: /);
    expect(r.err).not.toContain('--plan');
  });
});

describe('values in messages as the clerk wrote them', () => {
  it('.inf, !!binary, !!set and !!float', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-values-'));
    writeFileSync(join(dir, 'units.yaml'), 'thidua: 1\nkind: units\nunits:\n  - id: a\n    name: !!binary aGVsbG8=\n    kind: !!set {a, b}\n    validFrom: .inf\n    validTo: !!float 2018\n');
    const r = await run(['validate', 'units.yaml', '--format', 'json', '--lang', 'en'], {}, dir);
    const messages = (JSON.parse(r.out) as { diagnostics: { message: string }[] }).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'Field "name" must be text, not "!!binary aGVsbG8=".',
      'Field "kind" must be text, not "!!set {a, b}".',
      'Field "validFrom" must be text, not ".inf".',
      'The tag !!float cannot read the value "2018" here.',
      'Field "validTo" is "2018", not a date.',
    ]);
  });
});

describe('a number out of range, as written', () => {
  it('is shown bare with the sign a reader writes, in both languages; a quoted one is text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-range-'));
    const plan = (year: string) => `thidua: 1\nkind: plan\nid: p\ntitle: T\nyear: ${year}\nissuer: x\nissued: 2018-01-01\n`;
    const messages = async (year: string, lang: string) => {
      writeFileSync(join(dir, 'plan.yaml'), plan(year));
      const r = await run(['validate', 'plan.yaml', '--format', 'json', '--lang', lang], {}, dir);
      // The rules' findings on this bare plan (its number, its issuer) are not what is tested here.
      const all = (JSON.parse(r.out) as { diagnostics: { code: string; message: string }[] }).diagnostics;
      return all.filter((d) => d.code.startsWith('schema/')).map((d) => `${d.code} ${d.message}`);
    };
    expect(await messages('1899', 'en')).toEqual(['schema/range Field "year" is 1899; it must be ≥ 1900.']);
    expect(await messages('1899', 'vi')).toEqual(['schema/range Trường "year" có giá trị 1899, phải ≥ 1900.']);
    expect(await messages('1900', 'en')).toEqual([]);
    expect(await messages('2200', 'en')).toEqual([]);
    expect(await messages('2201', 'en')).toEqual(['schema/range Field "year" is 2201; it must be ≤ 2200.']);
    expect(await messages('"1899"', 'en')).toEqual(['schema/type Field "year" must be a whole number, not "1899".']);
  });
});
