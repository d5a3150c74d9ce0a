import { describe, expect, it } from 'vitest';
import { findFormat, formatForFile, formatNames, registry, render, type FormatCommand } from '../../src/formats/registry.js';
import { result } from './fixtures.js';

const commands = Object.keys(registry) as FormatCommand[];

describe('the format registry', () => {
  it('lists each command’s formats in help order', () => {
    expect(formatNames('validate')).toEqual(['stylish', 'json', 'sarif', 'junit', 'github']);
    expect(formatNames('schedule')).toEqual(['table', 'markdown', 'csv', 'json', 'ics', 'mermaid', 'html', 'xlsx']);
    expect(formatNames('checklist')).toEqual(['markdown', 'table', 'json', 'csv', 'docx', 'xlsx']);
    expect(formatNames('report')).toEqual(['table', 'markdown', 'html', 'json', 'csv', 'junit', 'docx', 'xlsx']);
    expect(formatNames('anniversaries')).toEqual(['table', 'markdown', 'csv', 'json', 'xlsx']);
    expect(formatNames('document')).toEqual(['docx']);
  });

  it('finds a format by its exact name only', () => {
    expect(findFormat('validate', 'sarif')?.name).toBe('sarif');
    for (const name of ['SARIF', 'toString', '__proto__', 'constructor', '']) expect(findFormat('validate', name)).toBeUndefined();
  });

  it('maps -o extensions to formats, case-insensitively', () => {
    expect(formatForFile('schedule', 'lich 2026.ICS')?.name).toBe('ics');
    expect(formatForFile('schedule', 'a/b.md')?.name).toBe('markdown');
    expect(formatForFile('schedule', 'chart.mmd')?.name).toBe('mermaid');
    expect(formatForFile('report', 'r.htm')?.name).toBe('html');
    expect(formatForFile('report', 'r.xml')?.name).toBe('junit');
    expect(formatForFile('validate', 'out.sarif')?.name).toBe('sarif');
    expect(formatForFile('report', 'Báo cáo.DOCX')?.name).toBe('docx');
    expect(formatForFile('schedule', 'lich.xlsx')?.name).toBe('xlsx');
    expect(formatForFile('checklist', 'c.yaml')).toBeUndefined();
    expect(formatForFile('checklist', 'no-extension')).toBeUndefined();
    expect(formatForFile('checklist', 'dir.md/file')).toBeUndefined();
  });

  it('gives no two formats of a command the same name or extension', () => {
    for (const c of commands) {
      const names = formatNames(c);
      expect(new Set(names).size).toBe(names.length);
      const exts = registry[c].flatMap((f) => f.extensions);
      expect(new Set(exts).size).toBe(exts.length);
      for (const e of exts) expect(e).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('colours only terminal formats, and machine formats never are', () => {
    for (const c of commands) for (const f of registry[c]) expect(f.machine && f.terminal).toBeFalsy();
  });

  it('marks Word and Excel as binary, and only them', () => {
    for (const c of commands) for (const f of registry[c]) expect(Boolean(f.binary), `${c} ${f.name}`).toBe(f.name === 'docx' || f.name === 'xlsx');
  });

  it('renders every validate format through the one signature, text ending in a newline, no ESC without colour', async () => {
    for (const name of formatNames('validate')) {
      const out = await render('validate', name, result(), { color: false, lang: 'en' });
      expect(typeof out).toBe('string');
      expect((out as string).endsWith('\n')).toBe(true);
      expect(out as string).not.toContain('\x1b');
    }
  });

  it('refuses an unknown format by name', async () => {
    await expect(render('report', 'pdf', {} as never, { color: false, lang: 'en' })).rejects.toThrow(/no format pdf/);
  });
});
