import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
let tarball: string | undefined;

/**
 * The package as `npm publish` would ship it, packed once per test process.
 * Scripts are skipped: `npm test` has built dist/ already, and `prepare` would
 * build it again.
 */
export function packOnce(): string {
  if (tarball) return tarball;
  const dest = mkdtempSync(join(tmpdir(), 'thidua-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dest], { cwd: root, encoding: 'utf8' });
  tarball = join(dest, out.trim().split('\n').pop()!);
  return tarball;
}

/**
 * A project folder at `tmp/<random>/<...names>` with the packed thidua
 * installed from the tarball. Dependencies come from npm's cache when they are
 * there (`--prefer-offline`): the test is about paths, not the registry.
 */
export function installPacked(...names: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'thidua-install-')), ...names);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plans', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', packOnce()], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return dir;
}
