import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const TG = join(root, 'examples', 'tien-giang-2018');
const bin = join(root, 'bin', 'thidua.js');

interface Finding {
  file: string;
  code: string;
  line: number;
  column: number;
  message: string;
}

async function run(args: string[], cwd: string, stdin?: string | Uint8Array) {
  const f = fakeIO({ cwd, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await main([...args, '--lang', 'en'], f.io);
  return { code, out: f.out(), err: f.err() };
}

async function findings(args: string[], cwd: string, stdin?: string | Uint8Array): Promise<{ code: number; list: Finding[] }> {
  const r = await run([...args, '--format', 'json'], cwd, stdin);
  return { code: r.code, list: (JSON.parse(r.out) as { diagnostics: Finding[] }).diagnostics };
}

/** The Tiền Giang plan and units in a fresh folder outside any git repository. */
function copyTG(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-hostile-'));
  for (const f of ['units.yaml', 'plan.yaml']) copyFileSync(join(TG, f), join(dir, f));
  return dir;
}

const mkfifo = (p: string): void => {
  expect(spawnSync('mkfifo', [p]).status).toBe(0);
};

describe('files that are not files', () => {
  it('a FIFO beside the file named is never opened (the run ends)', async () => {
    const dir = copyTG();
    mkfifo(join(dir, 'pipe.yaml'));
    const r = await run(['validate', 'plan.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('✔ 1 file valid\n');
  });

  it('a FIFO named or met in a walked folder is a located finding', async () => {
    const dir = copyTG();
    mkfifo(join(dir, 'pipe.yaml'));
    const named = await findings(['validate', 'pipe.yaml'], dir);
    expect(named.code).toBe(1);
    expect(named.list.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual(['pipe.yaml:1:1 load/not-a-file Not a regular file (a FIFO (named pipe)); not opened for reading.']);
    const walked = await findings(['validate', '.'], dir);
    expect(walked.list.map((d) => `${d.file} ${d.code}`)).toEqual(['pipe.yaml load/not-a-file']);
    // Nothing was read from it, so the default output shows no code frame (no empty line 1).
    const shown = await run(['validate', 'pipe.yaml'], dir);
    expect(shown.out).toContain('load/not-a-file');
    expect(shown.out).not.toMatch(/> *1 \|/);
  });

  it('a device named is refused without reading it', async () => {
    const r = await findings(['validate', '/dev/zero'], root);
    expect(r.list.map((d) => d.code)).toEqual(['load/not-a-file']);
    expect(r.list[0]!.message).toContain('a device');
  });

  it('a symlink loop is named as one, not "not found"', async () => {
    const dir = copyTG();
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    const named = await findings(['validate', 'loop.yaml'], dir);
    expect(named.code).toBe(1);
    expect(named.list.map((d) => `${d.code} ${d.message}`)).toEqual(['load/symlink-loop A symbolic link loop: the link leads back to itself, never to a file.']);
    expect((await findings(['validate', '.'], dir)).list.map((d) => `${d.file} ${d.code}`)).toEqual(['loop.yaml load/symlink-loop']);
  });

  it('an unreadable sub-folder is a finding, not silently skipped', () => {
    const dir = copyTG();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    copyFileSync(join(TG, 'plan.yaml'), join(dir, 'locked', 'plan.yaml'));
    chmodSync(join(dir, 'locked'), 0);
    // Root reads any folder: the check runs as nobody there.
    const cmd = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const r = spawnSync(cmd[0]!, [...cmd.slice(1), bin, 'validate', '.', '--lang', 'en', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    chmodSync(join(dir, 'locked'), 0o755);
    expect(r.status).toBe(1);
    const list = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
    expect(list.map((d) => `${d.file} ${d.code} ${d.message}`)).toEqual(['locked load/folder-unreadable Cannot read the folder (EACCES): the files in it were not checked.']);
  });
});

describe('a file named from outside the current folder', () => {
  it('keeps its neighbours: validate, schedule and new --from', async () => {
    const dir = copyTG();
    const elsewhere = mkdtempSync(join(tmpdir(), 'thidua-elsewhere-'));
    const plan = join(dir, 'plan.yaml');
    const v = await run(['validate', plan], elsewhere);
    expect(v.err).toBe('');
    expect(v.code).toBe(0);
    expect((await run(['schedule', plan, '--as-of', '2018-07-15', '--format', 'json'], elsewhere)).code).toBe(0);
    expect((await run(['new', '--from', plan, '--year', '2019'], elsewhere)).code).toBe(0);
  });

  it('a symlinked plan reads the neighbours of the file it leads to', async () => {
    const dir = copyTG();
    const other = mkdtempSync(join(tmpdir(), 'thidua-link-'));
    symlinkSync(join(dir, 'plan.yaml'), join(other, 'plan.yaml'));
    expect((await run(['validate', 'plan.yaml'], other)).code).toBe(0);
  });
});

describe('encodings and bytes', () => {
  it('stdin is decoded strictly, like a file, and located', async () => {
    const bytes = Buffer.from('thidua: 1\nkind: units\nunits:\n  - { id: a, name: "Tr\xe0 Vinh", kind: so }\n', 'latin1');
    const r = await findings(['validate', '-'], tmpdir(), bytes);
    expect(r.code).toBe(1);
    expect(r.list.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '<stdin>:4:23 load/not-utf8 The file is not UTF-8 encoded: the byte at offset 51 is not UTF-8.',
    ]);
  });

  it('UTF-16 is named as UTF-16, not binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-utf16-'));
    writeFileSync(join(dir, 'be.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('thidua: 1\n', 'utf16le').swap16()]));
    const r = await findings(['validate', 'be.yaml'], dir);
    expect(r.list.map((d) => `${d.code} ${d.message}`)).toEqual(['load/utf16 The file is UTF-16 BE encoded (it starts with a byte-order mark), not UTF-8.']);
  });

  it('stdin past 10 MiB is refused after reading just past the cap', () => {
    const big = 'thidua: 1\n' + '#'.repeat(11 * 1024 * 1024) + '\n';
    const r = spawnSync(process.execPath, [bin, 'validate', '-', '--lang', 'en', '--format', 'json'], { input: big, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status).toBe(1);
    const list = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
    expect(list.map((d) => `${d.code} ${d.message}`)).toEqual(['load/too-large File too large (more than 10485760 bytes; at most 10 MiB): not a plan file.']);
  });

  it('control characters are findings at the character, and the fast path does not pass them', async () => {
    const dir = copyTG();
    const text = readFileSync(join(dir, 'units.yaml'), 'utf8');
    const lines = text.split('\n');
    const n = lines.findIndex((l) => l.includes('name:'));
    const col = lines[n]!.indexOf('name:') + 7;
    lines[n] = lines[n]!.slice(0, col - 1) + '\u202e' + lines[n]!.slice(col - 1);
    writeFileSync(join(dir, 'units.yaml'), lines.join('\n'));
    const r = await findings(['validate', 'units.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.list.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([`${n + 1}:${col} load/control-char A bidirectional control U+202E (RLO) here: the line reads differently from what it holds.`]);
  });
});
