/**
 * The package as `npm publish` would ship it, packed and installed ONCE per
 * test run for every e2e file (vitest's globalSetup of the e2e project in
 * vitest.config.ts): packing and installing are most of what these files cost,
 * and each file asks the installed copy a different question.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed tarball, `…/thidua-X.Y.Z.tgz`. */
    tarball: string;
    /** `…/Nguyễn Văn A/thư viện`: a project with the tarball installed, read-only for the tests but for files they add. */
    installed: string;
  }
}

const root = join(import.meta.dirname, '..', '..');

export default function setup(project: TestProject): () => void {
  // `npm test` builds first; a bare `vitest run` on a fresh clone builds here.
  if (!existsSync(join(root, 'dist', 'thidua.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const base = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
  // Scripts are skipped: dist/ is built, and `prepare` would build it again.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', base], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
  const tarball = join(base, name);
  // A folder whose name has a space and Vietnamese letters: the bin and the library must run from there.
  const installed = join(base, 'Nguyễn Văn A', 'thư viện');
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'plans', version: '1.0.0', private: true }));
  // Dependencies come from npm's cache when they are there: the tests are about paths, not the registry.
  const r = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball], { cwd: installed, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm install ${tarball}: exit ${String(r.status)}\n${r.stderr}`);
  project.provide('tarball', tarball);
  project.provide('installed', installed);
  return () => rmSync(base, { recursive: true, force: true });
}
