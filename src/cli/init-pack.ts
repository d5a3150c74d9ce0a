/**
 * The thidua a new plan repository depends on: this very thidua, packed with
 * `npm pack` into the repository's vendor/ folder and named there as
 * `file:vendor/thidua-X.Y.Z.tgz`. A version range (`^0.1.0`) would need the
 * package on a registry, where it is not (E404 on step 1 of the README); an
 * absolute `file:` path would work on this machine only, not on a colleague's
 * or in CI. The tarball is committed with the repository, so `npm install`
 * and `npm ci` find thidua offline, whether it came from a registry or a
 * clone, and every machine validates with the same version.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../model/package-root.js';

export interface PackedThidua {
  /** `thidua-0.1.0.tgz`. */
  name: string;
  bytes: Uint8Array;
}

let packed: PackedThidua | undefined;

/**
 * The package as `npm pack` makes it (scripts skipped: dist/ is already
 * built wherever thidua runs from), packed once per process; undefined when
 * npm is missing or fails, with its first line of error.
 */
export function packThidua(): PackedThidua | { error: string } {
  if (packed) return packed;
  const dest = mkdtempSync(join(tmpdir(), 'thidua-init-pack-'));
  try {
    // npm is a .cmd on Windows, which only a shell runs.
    const r = spawnSync('npm', ['pack', packageRoot(), '--ignore-scripts', '--silent', '--pack-destination', dest], { encoding: 'utf8', shell: process.platform === 'win32', timeout: 120_000 });
    const name = r.status === 0 ? r.stdout.trim().split('\n').pop() : undefined;
    if (!name) return { error: (r.error?.message ?? r.stderr ?? '').trim().split('\n')[0] || `npm pack: exit ${String(r.status)}` };
    packed = { name, bytes: readFileSync(join(dest, name)) };
    return packed;
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}
