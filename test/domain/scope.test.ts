/**
 * Which declaration a unit id names: the nearest folder's, and within one folder the first,
 * as unique-ids reports the later ones against it (one truth for both).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Scope } from '../../src/domain/scope.js';
import { expandPaths } from '../../src/load/files.js';
import { loadWorkspace } from '../../src/load/load.js';
import { removeTempWorkspaces, tempWorkspace } from '../views/compliance-helpers.js';

afterAll(removeTempWorkspaces);

const units = (...names: string[]): string =>
  `thidua: 1\nkind: units\nunits:\n${names.map((n) => `  - { id: so-a, name: ${n}, kind: so }\n`).join('')}`;

function scopeOf(files: Record<string, string>, sub?: Record<string, string>): { scope: Scope; dir: string } {
  const dir = tempWorkspace(files);
  if (sub) {
    mkdirSync(join(dir, 'con'));
    for (const [n, t] of Object.entries(sub)) writeFileSync(join(dir, 'con', n), t);
  }
  const ws = loadWorkspace(expandPaths([dir], dir).files, { lang: 'vi', cwd: dir });
  return { scope: new Scope(ws), dir };
}

const nameAt = (scope: Scope, dir: string): string | undefined => scope.unitsAt(dir).get('so-a')?.unit.name;

describe('Scope: a repeated unit id', () => {
  it('names the first declaration in one file', () => {
    const { scope, dir } = scopeOf({ 'units.yaml': units('Thứ nhất', 'Thứ hai', 'Thứ ba') });
    expect(nameAt(scope, dir)).toBe('Thứ nhất');
    expect(scope.unitsAt(dir).get('so-a')?.index).toBe(0);
  });

  it('names the first file of a folder when two files declare it', () => {
    const { scope, dir } = scopeOf({ 'a-units.yaml': units('Tệp a'), 'b-units.yaml': units('Tệp b') });
    expect(nameAt(scope, dir)).toBe('Tệp a');
  });

  it('names the nearer folder over the folder above, the first there too', () => {
    const { scope, dir } = scopeOf({ 'units.yaml': units('Cấp trên') }, { 'units.yaml': units('Cấp dưới 1', 'Cấp dưới 2') });
    expect(nameAt(scope, dir)).toBe('Cấp trên');
    expect(nameAt(scope, join(dir, 'con'))).toBe('Cấp dưới 1');
  });

  it('counts a folder with a repeat as not distinct, and one without as distinct', () => {
    const two = scopeOf({ 'units.yaml': units('A', 'B') });
    expect(two.scope.unitIdsDistinct(two.dir)).toBe(false);
    const one = scopeOf({ 'units.yaml': units('A') });
    expect(one.scope.unitIdsDistinct(one.dir)).toBe(true);
  });
});
