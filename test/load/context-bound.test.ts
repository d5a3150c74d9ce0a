import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFiles } from '../../src/load/context.js';

describe('how far up context files are looked for, outside a git repository', () => {
  it('up to the cwd when the file is inside it; its own folder otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'thidua-context-'));
    try {
      const repo = join(root, 'repo');
      mkdirSync(join(repo, 'a', 'b'), { recursive: true });
      mkdirSync(join(root, 'elsewhere'));
      for (const f of ['top.yaml', 'a/units.yaml', 'a/b/plan.yaml', 'a/b/progress.yaml']) writeFileSync(join(repo, f), 'thidua: 1\n');
      const plan = join(repo, 'a', 'b', 'plan.yaml');
      const up = [join(repo, 'a', 'b', 'progress.yaml'), join(repo, 'a', 'units.yaml'), join(repo, 'top.yaml')].sort();
      expect(contextFiles([plan], repo)).toEqual(up);
      expect(contextFiles([plan], join(repo, 'a'))).toEqual(up.filter((f) => !f.endsWith('top.yaml')));
      expect(contextFiles([plan], join(root, 'elsewhere'))).toEqual([join(repo, 'a', 'b', 'progress.yaml')]);
      expect(contextFiles([plan, join(repo, 'a', 'b', 'progress.yaml')], repo)).toEqual(up.filter((f) => !f.endsWith('progress.yaml')));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
