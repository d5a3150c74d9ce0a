import { describe, expect, it } from 'vitest';
import { LazySources } from '../../src/cli/sources.js';

describe('LazySources', () => {
  it('reads a file when asked, once per run of questions about it, and knows only the files given', () => {
    const reads: string[] = [];
    const s = new LazySources(new Set(['a.yaml', 'b.yaml']), (p) => (reads.push(p), `text of ${p}`));
    expect(reads).toEqual([]);
    expect(s.get('a.yaml')).toBe('text of a.yaml');
    expect(s.get('a.yaml')).toBe('text of a.yaml');
    expect(s.get('b.yaml')).toBe('text of b.yaml');
    expect(s.get('c.yaml')).toBeUndefined();
    expect(reads).toEqual(['a.yaml', 'b.yaml']);
    expect([s.size, s.has('b.yaml'), s.has('c.yaml')]).toEqual([2, true, false]);
    expect([...s]).toEqual([
      ['a.yaml', 'text of a.yaml'],
      ['b.yaml', 'text of b.yaml'],
    ]);
  });

  it('gives no text for a file that cannot be read, and leaves it out of its entries', () => {
    const s = new LazySources(new Set(['a.yaml', 'pipe.yaml']), (p) => (p === 'pipe.yaml' ? undefined : 'text'));
    expect(s.get('pipe.yaml')).toBeUndefined();
    expect(s.has('pipe.yaml')).toBe(true);
    expect([...s.keys()]).toEqual(['a.yaml', 'pipe.yaml']);
    expect([...s]).toEqual([['a.yaml', 'text']]);
    expect([...s.values()]).toEqual(['text']);
  });
});
