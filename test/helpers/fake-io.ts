import type { IO } from '../../src/cli/io.js';

export interface FakeIOOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  tty?: boolean;
  /** The terminal's width (a TTY only). */
  columns?: number;
  /** Milliseconds since the epoch; default 2026-11-28T05:00:00Z. */
  now?: number;
  /** Text (UTF-8) or raw bytes. */
  stdin?: string | Uint8Array;
  /** Scripted answers for interactive prompts, in order. */
  answers?: string[];
}

/** An IO that records what the CLI writes, for tests that call `main()` in process. */
export function fakeIO(o: FakeIOOptions = {}): { io: IO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const answers = [...(o.answers ?? [])];
  const io: IO = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    readStdin: async () => ({ bytes: typeof o.stdin === 'string' || o.stdin === undefined ? Buffer.from(o.stdin ?? '', 'utf8') : o.stdin, more: false }),
    env: o.env ?? {},
    cwd: o.cwd ?? process.cwd(),
    stdoutIsTTY: o.tty ?? false,
    ...(o.columns !== undefined ? { columns: o.columns } : {}),
    now: () => o.now ?? Date.UTC(2026, 10, 28, 5, 0, 0),
  };
  if (o.answers) (io as IO & { prompt?: (q: string) => Promise<string> }).prompt = async () => answers.shift() ?? '';
  return { io, out: () => out, err: () => err };
}
