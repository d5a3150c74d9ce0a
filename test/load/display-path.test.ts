import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPath, displayPaths } from '../../src/load/files.js';

describe('paths as users see them', () => {
  it('relative to the cwd inside it, absolute outside, <stdin> for -', () => {
    expect(displayPath('/srv/kho/tinh-a/plan.yaml', '/srv/kho')).toBe('tinh-a/plan.yaml');
    expect(displayPath('/srv/kho/tinh-a/plan.yaml', '/srv/kho/')).toBe('tinh-a/plan.yaml');
    expect(displayPath('/srv/khac/plan.yaml', '/srv/kho')).toBe('/srv/khac/plan.yaml');
    expect(displayPath('/srv/kho2/plan.yaml', '/srv/kho')).toBe('/srv/kho2/plan.yaml');
    expect(displayPath('/srv/kho/.an/plan.yaml', '/srv/kho')).toBe('.an/plan.yaml');
    expect(displayPath('-', '/srv/kho')).toBe('<stdin>');
  });

  it('displayPaths gives displayPath of each path', () => {
    const part = fc.constantFrom('srv', 'kho', '.an', '..', '', 'Nguyễn Văn A', 'plan.yaml', '-');
    const path = fc.array(part, { maxLength: 5 }).map((ps) => (ps.length === 1 && ps[0] === '-' ? '-' : `/${ps.join('/')}`));
    fc.assert(
      fc.property(fc.array(path, { maxLength: 8 }), path, (paths, cwd) => {
        expect(displayPaths(paths, cwd)).toEqual(paths.map((p) => displayPath(p, cwd)));
      }),
    );
  });
});
