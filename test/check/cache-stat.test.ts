import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIR, FILE, NONE, OTHER, stat, statKind } from '../../src/check/cache-stat.js';

describe('the stat the cache compares', () => {
  it('answers as statSync does, for files, folders, links, devices and paths that are not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-stat-'));
    try {
      mkdirSync(join(dir, 'Nguyễn Văn A'));
      writeFileSync(join(dir, 'Nguyễn Văn A', 'plan.yaml'), 'thidua: 1\n');
      // Times with a fraction of a millisecond: the cache compares them to the last bit.
      utimesSync(join(dir, 'Nguyễn Văn A', 'plan.yaml'), 1_600_000_000.123456, 1_600_000_000.654321);
      symlinkSync(join(dir, 'Nguyễn Văn A', 'plan.yaml'), join(dir, 'link.yaml'));
      const there = [join(dir, 'Nguyễn Văn A', 'plan.yaml'), join(dir, 'Nguyễn Văn A'), join(dir, 'link.yaml'), dir, '/dev/null'];
      for (const p of there) {
        const st = statSync(p);
        expect([p, statKind(p)]).toEqual([p, st.isFile() ? FILE : st.isDirectory() ? DIR : OTHER]);
        expect([...stat]).toEqual([st.size, st.mtimeMs, st.ctimeMs, st.ino]);
      }
      for (const p of [join(dir, 'nothing.yaml'), join(dir, 'Nguyễn Văn A', 'plan.yaml', 'below'), `${join(dir, 'link.yaml')}\0x`, '']) expect([p, statKind(p)]).toEqual([p, NONE]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
