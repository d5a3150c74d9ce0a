import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');

/** A plan repository that also holds other tools' YAML, as real repositories do. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-ignore-'));
  for (const f of ['units.yaml', 'plan.yaml']) copyFileSync(join(root, 'examples', 'tien-giang-2018', f), join(dir, f));
  writeFileSync(join(dir, 'docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
  writeFileSync(join(dir, 'mkdocs.yml'), 'site_name: Kế hoạch\n');
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), 'on: push\njobs: {}\n');
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'config.yaml'), 'theme: x\n');
  return dir;
}

async function run(args: string[], cwd: string) {
  const f = fakeIO({ cwd });
  const code = await main([...args, '--lang', 'en'], f.io);
  return { code, out: f.out(), err: f.err() };
}

const codes = async (args: string[], cwd: string) => {
  const r = await run([...args, '--format', 'json'], cwd);
  return { code: r.code, list: (JSON.parse(r.out) as { diagnostics: { file: string; code: string; severity: string }[] }).diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`) };
};

describe("other tools' YAML in a walked folder", () => {
  it('is skipped with an info note, and the run passes', { timeout: 120_000 }, async () => {
    const r = await codes(['validate', '.'], repo());
    expect(r.code).toBe(0);
    // .github is a dot-folder: never walked.
    expect(r.list).toEqual(['docker-compose.yml info load/skipped', 'mkdocs.yml info load/skipped', 'site/config.yaml info load/skipped']);
  });

  it('named on the command line it is still an error', async () => {
    const r = await codes(['validate', 'docker-compose.yml'], repo());
    expect(r.code).toBe(1);
    expect(r.list).toEqual(['docker-compose.yml error load/not-thidua']);
  });

  it('--ignore and .thiduaignore leave files and folders out of the walk', async () => {
    const dir = repo();
    const r = await codes(['validate', '.', '--ignore', 'docker-compose.yml', '--ignore', 'site/'], dir);
    expect(r.list).toEqual(['mkdocs.yml info load/skipped']);
    writeFileSync(join(dir, '.thiduaignore'), '# other tools\nmkdocs.yml\n/site/\n\n*.yml\n');
    const quiet = await run(['validate', '.'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.out).toBe('✔ 2 files valid\n');
    // An ignored file named explicitly is still checked.
    expect((await codes(['validate', 'mkdocs.yml'], dir)).list).toEqual(['mkdocs.yml error load/not-thidua']);
  });

  it('a .thiduaignore in a sub-folder holds below it only', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'site', '.thiduaignore'), 'config.yaml\n');
    writeFileSync(join(dir, 'config.yaml'), 'a: 1\n');
    const r = await codes(['validate', '.'], dir);
    expect(r.list).toContain('config.yaml info load/skipped');
    expect(r.list).not.toContain('site/config.yaml info load/skipped');
  });
});
