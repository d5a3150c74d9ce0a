import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { dongThapDir, repoRoot } from '../helpers/plan-ws.js';

/**
 * docs/transcript.md is a clerk's session in an 80-column terminal. Each
 * ```console block is one command and what it printed; this test runs the
 * commands again, in order, on the same broken folder, and compares.
 */
const doc = join(repoRoot, 'docs', 'transcript.md');

/** The clerk's folder: the Đồng Tháp example with the mistakes of issue 12. */
export function clerkFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-clerk-'));
  cpSync(dongThapDir, dir, { recursive: true });
  const lines = readFileSync(join(dir, 'plan.yaml'), 'utf8').split('\n');
  lines[lines.findIndex((l) => l.startsWith('title:'))] = 'title: KÕ ho¹ch thi ®ua ngµnh T­ ph¸p n¨m 2026';
  const tab = lines.findIndex((l) => l === '    title: Luật Thi đua, khen thưởng');
  lines[tab] = '\t  title: Luật Thi đua, khen thưởng';
  lines[lines.findIndex((l) => l === '    years: 96')] = '    years: 95';
  writeFileSync(join(dir, 'plan.yaml'), lines.join('\n'));
  return dir;
}

function terminal(cwd: string): { io: IO; seen: () => string } {
  let seen = '';
  const io: IO = {
    stdout: (s) => void (seen += s),
    stderr: (s) => void (seen += s),
    readStdin: async () => '',
    env: { NO_COLOR: '1' },
    cwd,
    stdoutIsTTY: true,
    columns: 80,
    now: () => Date.UTC(2026, 11, 1, 3, 0, 0),
  };
  return { io, seen: () => seen };
}

const split = (cmd: string): string[] => [...cmd.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('docs/transcript.md', () => {
  it('replays: every command prints what the transcript shows', async () => {
    const dir = clerkFolder();
    const blocks = [...readFileSync(doc, 'utf8').matchAll(/```console\n\$ thidua ([^\n]*)\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const replay: string[] = [];
    for (const [, cmd, shown] of blocks) {
      const t = terminal(dir);
      await main(split(cmd!), t.io);
      const got = t.seen().split(dir).join('<thư mục>');
      replay.push(`$ thidua ${cmd}\n${got}`);
      expect(got, cmd).toBe(shown);
    }
    for (const b of replay) for (const line of b.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});

// Regenerates the transcript's blocks (UPDATE_TRANSCRIPT=1 npx vitest run test/docs/transcript.test.ts).
if (process.env.UPDATE_TRANSCRIPT) {
  it('writes docs/transcript.md blocks', async () => {
    const dir = clerkFolder();
    let text = readFileSync(doc, 'utf8');
    for (const [whole, cmd] of [...text.matchAll(/```console\n\$ thidua ([^\n]*)\n([\s\S]*?)```/g)]) {
      const t = terminal(dir);
      await main(split(cmd!), t.io);
      text = text.replace(whole, '```console\n$ thidua ' + cmd + '\n' + t.seen().split(dir).join('<thư mục>') + '```');
    }
    writeFileSync(doc, text);
  });
}
