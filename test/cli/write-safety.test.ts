import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, linkSync, lstatSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const TG = join(root, 'examples', 'tien-giang-2018');

async function run(args: string[], cwd: string, lang = 'en') {
  const f = fakeIO({ cwd });
  const code = await main([...args, '--lang', lang], f.io);
  return { code, out: f.out(), err: f.err() };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-write-'));
  for (const f of ['units.yaml', 'plan.yaml']) copyFileSync(join(TG, f), join(dir, f));
  return dir;
}

const mkfifo = (p: string): void => {
  expect(spawnSync('mkfifo', [p]).status).toBe(0);
};

/** No temporary file is left behind, whatever happened. */
const noTemp = (dir: string): void => expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

beforeAll(() => {
  expect(existsSync('/dev/null')).toBe(true);
});

describe('writing only where it is safe', () => {
  it('refuses a device even with --force, and leaves it a device', async () => {
    const dir = workspace();
    const r = await run(['schedule', 'plan.yaml', '--as-of', '2018-07-15', '--format', 'json', '-o', '/dev/null', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('thidua: /dev/null: not a regular file (a device, FIFO, socket or folder); not written\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a FIFO and a folder as -o, without opening the FIFO', async () => {
    const dir = workspace();
    mkfifo(join(dir, 'pipe.json'));
    const r = await run(['validate', 'plan.yaml', '-o', 'json=pipe.json', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('pipe.json: not a regular file');
    expect(lstatSync(join(dir, 'pipe.json')).isFIFO()).toBe(true);
    const d = await run(['checklist', 'plan.yaml', '--as-of', '2018-07-15', '-o', '.', '--format', 'json', '--force'], dir);
    expect(d.code).toBe(2);
    expect(d.err).toContain('.: not a regular file');
  });

  it('checks every -o target before writing any', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'existing.sarif'), 'keep');
    const r = await run(['validate', 'plan.yaml', '-o', 'json=new.json', '-o', 'sarif=existing.sarif'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('existing.sarif: file exists; use --force to overwrite');
    expect(existsSync(join(dir, 'new.json'))).toBe(false);
    expect(r.out).toBe('');
    const twice = await run(['validate', 'plan.yaml', '-o', 'json=a.json', '-o', 'sarif=./a.json'], dir);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('named twice');
  });

  it('treats a dangling symlink as existing: --force is needed', async () => {
    const dir = workspace();
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'link.md'));
    const r = await run(['schedule', 'plan.yaml', '--as-of', '2018-07-15', '-o', 'link.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('link.md: file exists');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect((await run(['schedule', 'plan.yaml', '--as-of', '2018-07-15', '-o', 'link.md', '--force'], dir)).code).toBe(0);
  });

  it('keeps mode, owner and hard links of a file replaced with --force', async () => {
    const dir = workspace();
    const out = join(dir, 'report.md');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    try {
      chownSync(out, 4321, 4321);
    } catch {
      /* not root: the file stays ours, and must stay ours */
    }
    const before = statSync(out);
    linkSync(out, join(dir, 'same-report.md'));
    const r = await run(['schedule', 'plan.yaml', '--as-of', '2018-07-15', '-o', 'report.md', '--force'], dir);
    expect(r.code).toBe(0);
    const after = statSync(out);
    expect(after.mode & 0o777).toBe(0o600);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect(after.ino).toBe(before.ino);
    expect(readFileSync(join(dir, 'same-report.md'), 'utf8')).toBe(readFileSync(out, 'utf8'));
    expect(readFileSync(out, 'utf8')).not.toBe('old');
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    noTemp(dir);
  });

  it('keeps the mode of a single-link file replaced by rename', async () => {
    const dir = workspace();
    const out = join(dir, 'cal.ics');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    expect((await run(['schedule', 'plan.yaml', '--as-of', '2018-07-15', '-o', 'cal.ics', '--force'], dir)).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    noTemp(dir);
  });

  it('never names the temporary file when a write fails', async () => {
    const dir = workspace();
    const r = await run(['schedule', 'plan.yaml', '--as-of', '2018-07-15', '-o', 'no-such-folder/x.md'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('thidua: no-such-folder/x.md: could not write: the folder does not exist\n');
    expect(r.err).not.toMatch(/\.tmp/);
  });

  it('refuses new -o onto its own --from, even with --force', async () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    const r = await run(['new', '--from', 'plan.yaml', '--year', '2019', '-o', './plan.yaml', '--force'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('plan.yaml: is the source file itself (--from)');
    linkSync(join(dir, 'plan.yaml'), join(dir, 'alias.yaml'));
    expect((await run(['new', '--from', 'plan.yaml', '--year', '2019', '-o', 'alias.yaml', '--force'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(before);
  });

  it('init --force names the files it replaces; init on a file says so in a sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-init-force-'));
    writeFileSync(join(dir, 'README.md'), 'mine');
    const flags = ['init', '.', '--issuer', 'Sở Tư pháp tỉnh Đồng Tháp', '--year', '2026', '--force'];
    const r = await run(flags, dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('README.md (replaced the existing file)');
    expect(r.out).not.toContain('units.yaml (replaced');
    const again = await run(flags, dir, 'vi');
    expect(again.out).toContain('units.yaml (ghi đè tệp đã có)');
    const file = join(dir, 'README.md');
    const f = await run(['init', file, '--issuer', 'X'], dir, 'vi');
    expect(f.code).toBe(2);
    expect(f.err).toBe(`thidua: ${file}: không phải thư mục; chọn một thư mục (mới hoặc trống) cho kho kế hoạch\n`);
  });
});

describe('a stdout that cannot be written', () => {
  const bin = join(root, 'bin', 'thidua.js');
  it('/dev/full gives one line and exit 2, not a stack trace', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, 'validate', TG], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('thidua: không ghi được kết quả ra stdout (ENOSPC)\n');
    } finally {
      closeSync(fd);
    }
  });

  it('output larger than a pipe holds arrives whole, with the exit code of its findings', async () => {
    // The bin leaves by process.exit once stdout has taken everything (src/cli/entry.ts).
    const dir = mkdtempSync(join(tmpdir(), 'thidua-pipe-'));
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `kh-${String(i).padStart(3, '0')}.yaml`), 'thidua: 1\nkind: plan\n');
    const child = spawn(process.execPath, [bin, 'validate', dir, '--format', 'json', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    const text = Buffer.concat(out).toString('utf8');
    expect(text.length).toBeGreaterThan(1 << 16);
    const json = JSON.parse(text) as { files: number; diagnostics: { file: string; code: string }[] };
    expect(json.files).toBe(400);
    expect(new Set(json.diagnostics.map((d) => d.file)).size).toBe(400);
    expect(code).toBe(1);
  });

  it('a closed pipe (a reader like head that stopped early) ends the run quietly', async () => {
    const child = spawn(process.execPath, [bin, 'validate', TG, '--format', 'json', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before thidua writes a byte.
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});
