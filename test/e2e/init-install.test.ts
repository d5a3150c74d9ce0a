import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const npm = (args: string[], cwd: string) => spawnSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], { cwd, encoding: 'utf8' });
const validate = (cwd: string) => spawnSync('npx', ['--no-install', 'thidua', 'validate', '--lang', 'en'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('a repository `thidua init` wrote, on a machine with no thidua on any registry', () => {
  it('installs (npm install, then npm ci on the lockfile as its CI does) and validates', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'thidua-init-install-')), 'ke-hoach');
    const f = fakeIO({ cwd: tmpdir() });
    expect(await main(['init', dir, '--issuer', 'Sở Tư pháp tỉnh Đồng Tháp', '--agency', 'STP', '--sector', 'tu-phap', '--unit', 'Phòng Văn bản'], f.io)).toBe(0);
    // Step 1 of its README; thidua comes from vendor/, its dependencies from npm's cache when there.
    const install = npm(['install'], dir);
    expect(install.stderr).not.toMatch(/E404|ERR!/);
    expect(install.status).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    expect(lock.packages['node_modules/thidua']?.resolved).toMatch(/^file:vendor\/thidua-[\d.]+\.tgz$/);
    const first = validate(dir);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/plan-numbered/);
    expect(first.status).toBe(0);
    // CI: a fresh checkout, `npm ci` on the committed lockfile.
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    const ci = npm(['ci'], dir);
    expect(ci.status, ci.stderr).toBe(0);
    expect(validate(dir).status).toBe(0);
  }, 300_000);
});
