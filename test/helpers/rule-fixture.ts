import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Rule } from '../../src/rules/support/rule.js';

export const fixtureRoot = join(import.meta.dirname, '..', 'fixtures', 'rules');

/** Loads a fixture folder as a workspace and checks it with one rule turned on (any tier). */
export async function runFixture(dir: string, ruleId: string): Promise<Diagnostic[]> {
  const rule = ((await import(`../../src/rules/${ruleId}.ts`)) as { default: Rule }).default;
  const { files } = expandPaths([dir], dir);
  const ws = loadWorkspace(files, { lang: 'en', cwd: dir });
  // The rule is passed alone, so a fixture shows its own findings and none of another rule's.
  return check(ws, { enable: [ruleId] }, undefined, [rule]);
}

/** `file:line:col` per line; `#` starts a comment. */
export function readExpect(dir: string): string[] {
  return readFileSync(join(dir, 'expect.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .sort();
}

const at = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column}`;

/**
 * The convention every rule test follows: `pass/` has no error at all and no
 * finding of the rule; `fail/` has exactly the findings of the rule listed in
 * its expect.txt, at those positions.
 */
export function ruleFixtureSuite(ruleId: string): void {
  describe(`rule ${ruleId}`, () => {
    const base = join(fixtureRoot, ruleId);
    it('has both fixtures', async () => {
      const rule = ((await import(`../../src/rules/${ruleId}.ts`)) as { default: Rule }).default;
      expect(rule.id).toBe(ruleId);
      expect(existsSync(join(base, 'pass'))).toBe(true);
      expect(existsSync(join(base, 'fail', 'expect.txt'))).toBe(true);
    });
    it('passes on its passing fixture, with no error of any kind', async () => {
      const ds = await runFixture(join(base, 'pass'), ruleId);
      expect(ds.filter((d) => d.code === ruleId || d.severity === 'error').map((d) => `${at(d)} ${d.code}`)).toEqual([]);
    });
    it('reports exactly the expected positions on its failing fixture', async () => {
      const dir = join(base, 'fail');
      const ds = await runFixture(dir, ruleId);
      expect(ds.filter((d) => d.code === ruleId).map(at).sort()).toEqual(readExpect(dir));
      for (const d of ds.filter((x) => x.code === ruleId)) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.hint ?? '').not.toBe('');
      }
    });
  });
}
