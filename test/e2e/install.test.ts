import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('the packed package, installed anywhere', () => {
  it('runs from a folder whose name has a space and Vietnamese letters', () => {
    // Packed and installed once for every e2e file (test/helpers/pack.ts), under …/Nguyễn Văn A/thư viện.
    const dir = inject('installed');
    expect(dir).toMatch(/Nguyễn Văn A/);
    for (const f of ['units.yaml', 'plan.yaml']) copyFileSync(join(root, 'examples', 'tien-giang-2018', f), join(dir, f));
    const r = spawnSync('npx', ['--no-install', 'thidua', 'validate', 'plan.yaml', '--lang', 'en'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('✔ 1 file valid\n');
    expect(r.status).toBe(0);
  }, 180_000);
});
