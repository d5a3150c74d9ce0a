import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a test makes (os.tmpdir() reads TMPDIR, which the test
 * workers inherit) goes under one folder per run, removed when the run ends: a
 * test that does not clean up after itself leaves nothing behind in /tmp.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-test-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
