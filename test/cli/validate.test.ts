import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { brokenCases, awkwardCases, writeBrokenWorkspace } from '../helpers/broken-files.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');

interface JsonOut {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string; hint: string }[];
}

async function run(args: string[], opts: Parameters<typeof fakeIO>[0] = {}) {
  const f = fakeIO({ cwd: root, ...opts });
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

describe('thidua validate', () => {
  it('passes the bundled examples in Vietnamese and in English', async () => {
    const vi = await run(['validate', 'examples/']);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/tệp hợp lệ/);
    const en = await run(['validate', 'examples/', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/files valid/);
    const env = await run(['validate', 'examples/'], { env: { THIDUA_LANG: 'en' } });
    expect(env.out).toMatch(/files valid/);
  });

  it('locates every kind of broken input and still checks the other files', async () => {
    const dir = writeBrokenWorkspace();
    const r = await run(['validate', dir, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as JsonOut;
    expect(json.files).toBe(2 + brokenCases.length + awkwardCases.length);
    for (const c of brokenCases) {
      const first = json.diagnostics.find((d) => d.file === c.name && d.severity === 'error');
      expect(first, c.name).toBeDefined();
      expect(`${c.name} ${first!.code} ${first!.line}:${first!.column}`).toBe(`${c.name} ${c.code} ${c.line}:${c.column}`);
      expect(first!.message.length).toBeGreaterThan(5);
      // Vietnamese sentences, not the YAML parser's English.
      expect(first!.message, c.name).not.toMatch(/Missing closing|Flow (map|sequence)|Nested mappings/);
    }
    for (const c of awkwardCases) {
      const ds = json.diagnostics.filter((d) => d.file === c.name);
      expect(ds.filter((d) => d.severity === 'error'), c.name).toEqual([]);
      expect(ds.map((d) => d.code), c.name).toEqual(c.code ? [c.code] : []);
    }
    expect(json.diagnostics.filter((d) => d.file === 'plan.yaml' || d.file === 'units.yaml')).toEqual([]);
  });

  it('refuses a huge file with a located error, without reading it all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-huge-'));
    writeFileSync(join(dir, 'huge.yaml'), 'thidua: 1\nkind: units\n' + '# filler\n'.repeat(1_500_000));
    writeFileSync(join(dir, 'units.yaml'), 'thidua: 1\nkind: units\nunits:\n  - { id: so, name: Sở, kind: so }\n');
    const r = await run(['validate', dir, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as JsonOut;
    expect(json.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['huge.yaml:1:1 load/too-large']);
  });

  it('says which path does not exist, and exits 2', async () => {
    const r = await run(['validate', 'examples/', 'no/such/plan.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no/such/plan.yaml');
    expect(r.out).toBe('');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['validate', '--bogus'])).code).toBe(2);
    expect((await run(['validate', '--format', 'xml', 'examples'])).code).toBe(2);
    expect((await run(['validate', '--rule', 'no-such-rule', 'examples'])).code).toBe(2);
    expect((await run(['validate', '--max-warnings', 'many', 'examples'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('prints help with an example and the version', async () => {
    const h = await run(['validate', '--help', '--lang', 'en']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('$ thidua validate examples/');
    const v = await run(['--version']);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reads a document from stdin', async () => {
    const text = readFileSync(join(root, 'examples/tien-giang-2018/plan.yaml'), 'utf8').replace('years: 88', 'years: 87');
    const r = await run(['validate', '-', '--format', 'json'], { stdin: text, cwd: join(root, 'examples/tien-giang-2018') });
    const json = JSON.parse(r.out) as JsonOut;
    expect(r.code).toBe(1);
    expect(json.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['<stdin> anniversary-years-match']);
  });

  it('counts warnings against --max-warnings and hides them with --quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-warn-'));
    writeFileSync(join(dir, 'units.yaml'), '\ufeffthidua: 1\nkind: units\nunits:\n  - { id: so, name: Sở, kind: so }\n');
    expect((await run(['validate', dir], { cwd: dir })).code).toBe(0);
    expect((await run(['validate', dir, '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    const q = await run(['validate', dir, '--quiet', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(q.out) as JsonOut).diagnostics).toEqual([]);
  });

  it('turns rules off by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-rule-'));
    const text = readFileSync(join(root, 'examples/tien-giang-2018/plan.yaml'), 'utf8').replace('years: 88', 'years: 87');
    writeFileSync(join(dir, 'plan.yaml'), text);
    writeFileSync(join(dir, 'units.yaml'), readFileSync(join(root, 'examples/tien-giang-2018/units.yaml')));
    expect((await run(['validate', dir], { cwd: dir })).code).toBe(1);
    expect((await run(['validate', dir, '--disable', 'anniversary-years-match'], { cwd: dir })).code).toBe(0);
  });

  it('writes extra formats with --output-file, never over an existing file without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-out-'));
    const out = join(dir, 'result.json');
    const r1 = await run(['validate', 'examples/', '-o', `json=${out}`, '-o', `sarif=${join(dir, 'r.sarif')}`]);
    expect(r1.code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonOut).files).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'r.sarif'))).toBe(true);
    writeFileSync(out, 'mine');
    const r2 = await run(['validate', 'examples/', '-o', `json=${out}`]);
    expect(r2.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const r3 = await run(['validate', 'examples/', '-o', `json=${out}`, '--force']);
    expect(r3.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('mine');
    expect((await run(['validate', 'examples/', '-o', 'yaml=x'])).code).toBe(2);
  });

  it('takes a bare --output-file path whose extension names the format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-out-'));
    expect((await run(['validate', 'examples/', '-o', join(dir, 'kết quả.sarif')])).code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'kết quả.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    const bad = await run(['validate', 'examples/', '-o', join(dir, 'r.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/ĐỊNH_DẠNG=ĐƯỜNG_DẪN.*stylish, json, sarif, junit, github/);
    expect(existsSync(join(dir, 'r.yaml'))).toBe(false);
  });

  it('colours only a terminal, and honours NO_COLOR and FORCE_COLOR', async () => {
    const dir = writeBrokenWorkspace();
    const esc = '\u001b[';
    expect((await run(['validate', dir], { cwd: dir, tty: false })).out).not.toContain(esc);
    expect((await run(['validate', dir], { cwd: dir, tty: true })).out).toContain(esc);
    expect((await run(['validate', dir], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).out).not.toContain(esc);
    expect((await run(['validate', dir], { cwd: dir, tty: false, env: { FORCE_COLOR: '1' } })).out).toContain(esc);
    expect((await run(['validate', dir, '--format', 'json'], { cwd: dir, tty: true, env: { FORCE_COLOR: '1' } })).out).not.toContain(esc);
  });

  it('lets an explicit --color or --no-color win over NO_COLOR and FORCE_COLOR, never in a machine format', async () => {
    const dir = writeBrokenWorkspace();
    const esc = '\u001b[';
    expect((await run(['validate', dir, '--color'], { cwd: dir, tty: false, env: { NO_COLOR: '1' } })).out).toContain(esc);
    expect((await run(['validate', dir, '--no-color'], { cwd: dir, tty: true, env: { FORCE_COLOR: '1' } })).out).not.toContain(esc);
    expect((await run(['validate', dir, '--color', '--format', 'json'], { cwd: dir, tty: true })).out).not.toContain(esc);
  });
});
