import { createInterface } from 'node:readline/promises';
import { MAX_BYTES } from '../load/read.js';
import { stdStreams } from './std-streams.js';

export interface StdinBytes {
  bytes: Uint8Array;
  more: boolean;
}

/** Everything the CLI takes from the outside world, so tests can run `main()` in process. */
export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Bytes to stdout (docx, xlsx into a pipe); optional, so tests' IO may leave it out. */
  stdoutBytes?: (b: Uint8Array) => void;
  /** stdin's bytes, up to just past the size cap (`more`: it stopped there). */
  readStdin: () => Promise<StdinBytes>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  /** The terminal's width, when stdout is one: help and tables fit it. */
  columns?: number;
  /** Milliseconds since the epoch; the default --as-of is derived from it. */
  now: () => number;
  /**
   * Asks one question on the terminal and resolves with the answer. Optional,
   * so tests script the answers; `thidua init` asks only on a TTY.
   */
  prompt?: (question: string) => Promise<string>;
}

/**
 * Machine formats never carry colour. Otherwise an explicit `--color` or
 * `--no-color` wins (the user asked, on this command line); then NO_COLOR (any
 * non-empty value turns colour off, as no-color.org says), then FORCE_COLOR,
 * then whether stdout is a terminal.
 */
export function useColor(io: IO, flag: boolean | undefined, machineFormat: boolean): boolean {
  if (machineFormat) return false;
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdoutIsTTY;
}

/** The process's IO, and `whenWritten`: calls back once stdout and stderr have taken all output. */
export function processIO(): IO & { whenWritten: (then: () => void) => void } {
  const std = stdStreams();
  const stdoutIsTTY = std.stdoutIsTTY();
  return {
    stdout: (s) => std.write(1, s),
    stderr: (s) => std.write(2, s),
    stdoutBytes: (b) => std.write(1, b),
    readStdin: async () => {
      // Stops past the cap: 200 MB piped in must not be held before it is refused.
      const chunks: Buffer[] = [];
      let got = 0;
      for await (const c of process.stdin) {
        chunks.push(c as Buffer);
        got += (c as Buffer).length;
        if (got > MAX_BYTES) {
          process.stdin.destroy();
          return { bytes: Buffer.concat(chunks).subarray(0, MAX_BYTES), more: true };
        }
      }
      return { bytes: Buffer.concat(chunks), more: false };
    },
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY,
    ...(stdoutIsTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    now: () => Date.now(),
    prompt: async (question) => {
      const rl = createInterface({ input: process.stdin, output: std.stdout() });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    whenWritten: std.whenWritten,
  };
}
