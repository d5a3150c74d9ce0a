import { describe, expect, it } from 'vitest';
import { fsBinding, fsCalls } from '../../src/load/fs-binding.js';

/**
 * The reads and the cache's stats go through Node's fs binding only where Node's own sync
 * calls are read to make the very same calls (src/load/fs-binding.ts). On the project's
 * Node (20.20, Linux, in CI) they are: were the pattern to stop matching, every read would
 * quietly take the slower public calls, and this says so.
 */
describe('the fs binding', () => {
  it('is used on the Node the project runs on, for stats and for open, read and close', () => {
    expect(process.platform).not.toBe('win32');
    expect(fsBinding()).toBeDefined();
    expect(fsCalls()).toBeDefined();
  });
});
