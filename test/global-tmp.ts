import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a test makes (os.tmpdir() reads TMPDIR, which the test
 * workers inherit) goes under one folder per run, removed when the run ends: a
 * test that does not clean up after itself leaves nothing behind in /tmp.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-test-'));
  // mkdtemp makes it 0700; a test that runs the bin as another user (an
  // unreadable sub-folder, checked as nobody when the tests run as root) must
  // still pass through it to its own folder.
  chmodSync(dir, 0o711);
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
