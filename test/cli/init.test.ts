import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../../src/check/check.js';
import { main } from '../../src/cli/main.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { roundDays, scaffold, slugify, uniqueIds, unitFromSpec } from '../../src/authoring/init-scaffold.js';
import anniversaryMatchesCatalogue from '../../src/rules/anniversary-matches-catalogue.js';
import { rules } from '../../src/rules/index.js';
import planNumbered from '../../src/rules/plan-numbered.js';
import { fakeIO } from '../helpers/fake-io.js';

async function run(args: string[], opts: Parameters<typeof fakeIO>[0] = {}) {
  const f = fakeIO(opts);
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'thidua-init-'));
const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');
const flags = ['--issuer', 'Sở Tư pháp tỉnh Đồng Tháp', '--issuer-id', 'so-tu-phap', '--issuer-kind', 'so', '--agency', 'STP', '--sector', 'tu-phap', '--year', '2025'];
const allRules = [...rules.filter((r) => r.id !== planNumbered.id && r.id !== anniversaryMatchesCatalogue.id), planNumbered, anniversaryMatchesCatalogue];

describe('thidua init', () => {
  it('scaffolds a repository that `thidua validate` passes', async () => {
    const dir = tmp();
    const r = await run(['init', 'ke-hoach', ...flags, '--unit', 'Phòng Văn bản', '--unit', 'tgpl=Trung tâm Trợ giúp pháp lý: chi nhánh #1'], { cwd: dir });
    expect(r.code).toBe(0);
    const repo = join(dir, 'ke-hoach');
    const tarball = `vendor/thidua-${(JSON.parse(read(join(import.meta.dirname, '../..'), 'package.json')) as { version: string }).version}.tgz`;
    for (const f of ['units.yaml', 'plan-2025.yaml', 'progress/progress-template.yaml', 'README.md', '.github/workflows/thidua.yml', '.pre-commit-config.yaml', 'package.json', tarball]) {
      expect(existsSync(join(repo, f)), f).toBe(true);
      expect(r.out).toContain(f);
    }
    // thidua itself, packed beside the plans: the dependency resolves without a registry.
    expect((JSON.parse(read(repo, 'package.json')) as { devDependencies: unknown }).devDependencies).toEqual({ thidua: `file:${tarball}` });
    expect(readFileSync(join(repo, tarball)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const v = await run(['validate', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(v.out).errors).toBe(0);
    expect(v.code).toBe(0);
    // validate --cache's file, written in the repository by default, stays out of git.
    expect((await run(['validate', '--cache'], { cwd: repo })).code).toBe(0);
    expect(existsSync(join(repo, '.thiduacache'))).toBe(true);
    expect(readFileSync(join(repo, '.gitignore'), 'utf8').split('\n')).toContain('.thiduacache');
    // With this rules too: no error, and the draft number is the one warning.
    const ws = loadWorkspace(expandPaths(['.'], repo).files, { lang: 'en', cwd: repo });
    const ds = check(ws, {}, undefined, allRules);
    expect(ds.map((d) => `${d.severity} ${d.code} ${d.file}`)).toEqual(['warning plan-numbered plan-2025.yaml']);
  });

  it('writes the units, two phases and the year\'s round days, each in its phase', async () => {
    const dir = tmp();
    expect((await run(['init', ...flags, '--unit', 'Phòng Văn bản', '--unit', 'Phòng Văn bản'], { cwd: dir })).code).toBe(0);
    const units = parse(read(dir, 'units.yaml')) as { units: { id: string; name: string; parent?: string }[] };
    expect(units.units.map((u) => `${u.id} ${u.parent ?? '-'}`)).toEqual(['so-tu-phap -', 'phong-van-ban so-tu-phap', 'phong-van-ban-2 so-tu-phap']);
    const text = read(dir, 'plan-2025.yaml');
    const plan = parse(text) as { id: string; phases: { id: string; from: string; to: string; commemorates?: string[] }[]; anniversaries: { id: string; ref: string; years: number }[] };
    expect(plan.id).toBe('__/KH-STP');
    expect(plan.phases.map((p) => `${p.id} ${p.from} ${p.to}`)).toEqual(['dot-1 2025-01-01 2025-06-30', 'dot-2 2025-07-01 2025-12-31']);
    expect(plan.phases[0]!.commemorates).toEqual(['thanh-lap-dang', 'giai-phong-mien-nam', 'sinh-nhat-bac']);
    expect(plan.phases[1]!.commemorates).toEqual(['cach-mang-thang-tam', 'truyen-thong-tu-phap', 'quoc-khanh', 'truyen-thong-luat-su']);
    expect(plan.anniversaries.map((a) => `${a.ref} ${a.years}`)).toContain('quoc-khanh 80');
    expect(plan.anniversaries.map((a) => `${a.ref} ${a.years}`)).toContain('thanh-lap-dang 95');
    // Other organisations' round days are offered as comments, not imposed.
    expect(text).toContain('  # - { id: cong-an-nhan-dan, ref: cong-an-nhan-dan, years: 80 }  # Ngày truyền thống Công an nhân dân (19/08/1945)\n');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=node_modules/thidua/schemas/plan.schema.json');
    expect(read(dir, 'progress/progress-template.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/thidua/schemas/progress.schema.json');
    expect(read(dir, '.pre-commit-config.yaml')).toMatch(/entry: npx thidua validate\n\s+language: system\n\s+files: \\\.ya\?ml\$/);
    expect(read(dir, '.github/workflows/thidua.yml')).toContain('npx thidua validate');
    expect(read(dir, 'README.md')).toContain('npx thidua new --from plan-2025.yaml --year 2026 -o plan-2026.yaml');
  });

  it('refuses a non-empty folder without --force, and writes into it with --force', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ghi-chu.txt'), 'của tôi\n');
    const r = await run(['init', ...flags], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain('thư mục đã có tệp; dùng --force');
    expect(existsSync(join(dir, 'units.yaml'))).toBe(false);
    expect((await run(['init', ...flags, '--force'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'units.yaml'))).toBe(true);
    expect(read(dir, 'ghi-chu.txt')).toBe('của tôi\n');
    // A fresh `git init` alone does not make a folder non-empty.
    const git = tmp();
    mkdirSync(join(git, '.git'));
    expect((await run(['init', ...flags], { cwd: git })).code).toBe(0);
  });

  it('asks on a terminal for what the flags did not give', async () => {
    const dir = tmp();
    const r = await run(['init'], { cwd: dir, tty: true, answers: ['Phòng Tư pháp huyện Cái Bè', '2026', 'Tổ Hộ tịch; Tổ Phổ biến pháp luật'] });
    expect(r.code).toBe(0);
    const units = parse(read(dir, 'units.yaml')) as { units: { id: string; name: string }[] };
    expect(units.units.map((u) => u.id)).toEqual(['phong-tu-phap-huyen-cai-be', 'to-ho-tich', 'to-pho-bien-phap-luat']);
    expect(units.units[0]!.name).toBe('Phòng Tư pháp huyện Cái Bè');
    expect(existsSync(join(dir, 'plan-2026.yaml'))).toBe(true);
    expect((await run(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('never asks without a terminal: scripts pass flags, and a missing issuer is a usage error', async () => {
    const dir = tmp();
    const r = await run(['init', '--year', '2025'], { cwd: dir, tty: false, answers: ['should not be read'] });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--issuer');
    // The year defaults to this year in Vietnam (the fake clock is in 2026).
    expect((await run(['init', '--issuer', 'Sở Nội vụ'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'plan-2026.yaml'))).toBe(true);
    expect((await run(['init', tmp(), '--issuer', 'X', '--issuer-id', 'Không Hợp Lệ'])).code).toBe(2);
    // --thidua names the dependency instead of packing one.
    const named = tmp();
    expect((await run(['init', named, '--issuer', 'X', '--thidua', '^0.2.0'])).code).toBe(0);
    expect((JSON.parse(read(named, 'package.json')) as { devDependencies: unknown }).devDependencies).toEqual({ thidua: '^0.2.0' });
    expect(existsSync(join(named, 'vendor'))).toBe(false);
    expect((await run(['init', tmp(), '--issuer', 'X', '--agency', 'S T P'])).code).toBe(2);
  });
});

describe('thidua init: the year', () => {
  it('proposes next year in December, this year before; --as-of is today', async () => {
    const asked: string[] = [];
    const december = tmp();
    const f = fakeIO({ cwd: december, tty: true, answers: ['Sở Nội vụ', '', ''] });
    const prompt = f.io.prompt!;
    f.io.prompt = async (q) => (asked.push(q), prompt(q));
    expect(await main(['init', '--as-of', '2026-12-01', '--thidua', '^0.1.0'], f.io)).toBe(0);
    expect(asked[1]).toBe('Năm kế hoạch [2027]: ');
    expect(existsSync(join(december, 'plan-2027.yaml'))).toBe(true);
    // Without a terminal too, and the day before December is still this year.
    const november = tmp();
    expect((await run(['init', november, '--issuer', 'X', '--as-of', '30/11/2026', '--thidua', '^0.1.0'])).code).toBe(0);
    expect(existsSync(join(november, 'plan-2026.yaml'))).toBe(true);
    const lastDay = tmp();
    expect((await run(['init', lastDay, '--issuer', 'X', '--as-of', '2026-12-31', '--thidua', '^0.1.0'])).code).toBe(0);
    expect(existsSync(join(lastDay, 'plan-2027.yaml'))).toBe(true);
  });

  it('CI: npm ci on the committed lockfile, once per change (push to main, pull requests)', async () => {
    const dir = tmp();
    await run(['init', dir, '--issuer', 'X', '--thidua', '^0.1.0']);
    const wf = parse(read(dir, '.github/workflows/thidua.yml')) as { on: Record<string, unknown>; jobs: { validate: { steps: { run?: string }[] } } };
    expect(wf.on).toEqual({ push: { branches: ['main'] }, pull_request: null });
    expect(wf.jobs.validate.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npx thidua validate --format github']);
    const readme = read(dir, 'README.md');
    const order = ['npx thidua validate', 'npx thidua schedule -o lich.ics', 'npx thidua checklist', 'npx thidua report -o bao-cao.html'].map((c) => readme.indexOf(c));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('init-scaffold', () => {
  it('makes ASCII slugs and unique ids', () => {
    expect(slugify('Phòng Tư pháp huyện Cái Bè')).toBe('phong-tu-phap-huyen-cai-be');
    expect(slugify('Đội Quản lý thị trường số 1')).toBe('doi-quan-ly-thi-truong-so-1');
    expect(slugify('***')).toBe('don-vi');
    expect(unitFromSpec('ptp-cb=Phòng Tư pháp Cái Bè', 'phong')).toEqual({ id: 'ptp-cb', name: 'Phòng Tư pháp Cái Bè', kind: 'phong' });
    expect(uniqueIds([{ id: 'a', name: 'A', kind: 'k' }, { id: 'a', name: 'A', kind: 'k' }], ['a']).map((u) => u.id)).toEqual(['a-2', 'a-3']);
  });

  it('puts only the major days and the sector\'s own days into the plan', () => {
    const { plan, other } = roundDays(2025, undefined);
    expect(plan.map((d) => d.id)).toEqual(['thanh-lap-dang', 'giai-phong-mien-nam', 'sinh-nhat-bac', 'cach-mang-thang-tam', 'quoc-khanh']);
    expect(other.map((d) => d.id)).toContain('truyen-thong-tu-phap');
    const files = scaffold({ issuer: { id: 'so', name: 'Sở "Nội vụ": #1', kind: 'so' }, year: 2025, units: [], agency: 'SNV', dependency: 'file:vendor/thidua-0.1.0.tgz' });
    const units = parse(files.find((f) => f.path === 'units.yaml')!.content) as { units: { name: string }[] };
    expect(units.units[0]!.name).toBe('Sở "Nội vụ": #1');
    expect(JSON.parse(files.find((f) => f.path === 'package.json')!.content).devDependencies).toEqual({ thidua: 'file:vendor/thidua-0.1.0.tgz' });
  });
});
