import { createInterface } from 'node:readline/promises';

/** Everything the CLI takes from the outside world, so tests can run `main()` in process. */
export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  /** Milliseconds since the epoch; the default --as-of is derived from it. */
  now: () => number;
  /**
   * Asks one question on the terminal and resolves with the answer. Optional,
   * so tests script the answers; `thidua init` asks only on a TTY.
   */
  prompt?: (question: string) => Promise<string>;
}

/** NO_COLOR wins, then FORCE_COLOR, then an explicit flag, then whether stdout is a terminal. */
export function useColor(io: IO, flag: boolean | undefined, machineFormat: boolean): boolean {
  if (machineFormat) return false;
  if (io.env.NO_COLOR) return false;
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdoutIsTTY;
}

/** A reader that stops early (`thidua … | head`) closes the pipe: that is not an error of ours. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export function processIO(): IO {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    now: () => Date.now(),
    prompt: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
  };
}
