import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { pickFormat, renderOut } from '../../src/cli/format-args.js';
import type { Format } from '../../src/formats/render-context.js';
import { fakeIO } from '../helpers/fake-io.js';

const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0a]);
const zipLike: Format<string> = { name: 'zip', extensions: ['zip'], machine: true, binary: true, render: async () => bytes };
const seen: { color?: boolean; output?: string }[] = [];
const table: Format<string> = {
  name: 'table',
  extensions: ['txt'],
  machine: false,
  terminal: true,
  render: (v, ctx) => {
    seen.push({ color: ctx.color, ...(ctx.output !== undefined && { output: ctx.output }) });
    return `${v}\n`;
  },
};

describe('rendering to stdout or -o', () => {
  it('writes an async renderer’s bytes to the file unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-bytes-'));
    const { io } = fakeIO({ cwd: dir });
    await renderOut(zipLike, 'x', { output: 'báo cáo.zip' }, io, 'vi');
    expect(new Uint8Array(readFileSync(join(dir, 'báo cáo.zip')))).toEqual(bytes);
  });

  it('refuses bytes on a terminal, and on a pipe it cannot write bytes to', async () => {
    await expect(renderOut(zipLike, 'x', {}, fakeIO({ tty: true }).io, 'en')).rejects.toThrow(UsageError);
    const { stdoutBytes: _bytes, ...textOnly } = fakeIO({ tty: false }).io;
    await expect(renderOut(zipLike, 'x', {}, textOnly, 'en')).rejects.toThrow(/binary format; write it to a file with -o/);
    const got: Uint8Array[] = [];
    const { io } = fakeIO({ tty: false });
    await renderOut(zipLike, 'x', {}, { ...io, stdoutBytes: (b) => got.push(b) }, 'en');
    expect(got).toEqual([bytes]);
  });

  it('colours a terminal format only on a terminal stdout, and tells it the file it goes to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-ctx-'));
    seen.length = 0;
    await renderOut(table, 'a', {}, fakeIO({ tty: true }).io, 'vi');
    await renderOut(table, 'a', {}, fakeIO({ tty: true, env: { NO_COLOR: '1' } }).io, 'vi');
    await renderOut(table, 'a', { output: 'out.txt' }, fakeIO({ tty: true, cwd: dir }).io, 'vi');
    expect(seen).toEqual([{ color: true }, { color: false }, { color: false, output: 'out.txt' }]);
  });

  it('picks by --format, else by the -o extension, else table on a terminal and markdown elsewhere', () => {
    const { io } = fakeIO({ tty: true });
    expect(pickFormat('report', 'html', undefined, io, 'vi').name).toBe('html');
    expect(pickFormat('report', undefined, 'r.HTM', io, 'vi').name).toBe('html');
    expect(pickFormat('report', undefined, undefined, io, 'vi').name).toBe('table');
    expect(pickFormat('report', undefined, '-', fakeIO({ tty: false }).io, 'vi').name).toBe('markdown');
    expect(pickFormat('report', undefined, 'no-extension', io, 'vi').name).toBe('markdown');
    expect(() => pickFormat('report', 'toString', undefined, io, 'en')).toThrow(/--format toString: choose one of table, markdown, html, json, csv, junit/);
    expect(() => pickFormat('report', undefined, 'r.pdf', io, 'en')).toThrow(/-o r\.pdf: no format has this extension/);
  });
});
