import { fstatSync, statSync, writeSync } from 'node:fs';
import { pickLang, tr } from './lang.js';

type Fd = 1 | 2;

/**
 * Output that cannot be written (a full disk, `> /dev/full`) ends the run with
 * one line on stderr and exit 2: nothing thidua meant to say arrived. A reader
 * that stopped early and closed the pipe (`thidua … | head`) is not an error:
 * the run ends quietly, as other command-line tools do.
 */
function failed(e: NodeJS.ErrnoException, fd: Fd): never {
  if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  if (fd === 1) {
    const t = tr(pickLang(process.argv.slice(2), process.env));
    try {
      writeSync(2, `thidua: ${t('không ghi được kết quả ra stdout', 'could not write the output to stdout')} (${e.code ?? e.message})\n`);
    } catch {
      /* stderr is gone too: the exit code is all that is left */
    }
  }
  process.exit(2);
}

/**
 * Whether fd 1 or 2 is a pipe, a file or /dev/null, which writeSync reaches
 * directly. For one, process.stdout is a net.Socket (a pipe) or a
 * SyncWriteStream (a file), and making it loads net and the stream modules: `node -e 'process.stdout'`
 * into a pipe runs ~92 M instructions to `node -e ''`'s ~78 M (callgrind), and
 * `validate` on one plan into a pipe ~218 -> ~195 M, for output that is one
 * writeSync. /dev/null (where benchmarks send output) is a character device,
 * as a terminal is, and is told apart by its device number.
 */
function direct(fd: Fd): boolean {
  try {
    const s = fstatSync(fd);
    return s.isFIFO() || s.isFile() || (s.isCharacterDevice() && s.rdev === statSync('/dev/null').rdev);
  } catch {
    return false;
  }
}

/**
 * stdout and stderr, each written to its fd directly when it is a pipe, a
 * file or /dev/null, and through process.stdout/stderr otherwise (a terminal,
 * /dev/full, a socket). A pipe another process left non-blocking may be full
 * (EAGAIN): the rest of that write and every later one then go through the
 * stream, which waits for room, so the output keeps its order.
 */
export function stdStreams() {
  const streams = new Map<Fd, NodeJS.WriteStream>();
  const stream = (fd: Fd): NodeJS.WriteStream => {
    let s = streams.get(fd);
    if (!s) {
      s = fd === 1 ? process.stdout : process.stderr;
      s.on('error', (e: NodeJS.ErrnoException) => failed(e, fd));
      streams.set(fd, s);
    }
    return s;
  };
  const useFd = { 1: undefined as boolean | undefined, 2: undefined as boolean | undefined };
  const closed = new Set<Fd>();
  const write = (fd: Fd, data: string | Uint8Array): void => {
    const s = streams.get(fd);
    if (s || !(useFd[fd] ??= direct(fd))) {
      (s ?? stream(fd)).write(data);
      return;
    }
    if (closed.has(fd)) return;
    let rest = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync(fd, rest));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The reader went away (`| head`): the rest is for no one, and the run
      // ends with the code of its findings, as when the stream learns it
      // after the run (the usual case with more output than a pipe holds).
      if (code === 'EPIPE') closed.add(fd);
      else if (code === 'EAGAIN') stream(fd).write(rest);
      else failed(e as NodeJS.ErrnoException, fd);
    }
  };
  return {
    write,
    /** process.stdout, its write errors handled as the direct writes' are (for a prompt on a terminal). */
    stdout: () => stream(1),
    /** Whether stdout is a terminal: a pipe or a file is not, and is never made a stream to ask. */
    stdoutIsTTY: (): boolean => !(useFd[1] ??= direct(1)) && Boolean(process.stdout.isTTY),
    /** Calls `then` once the streams written through have taken everything; not if writing failed. */
    whenWritten(then: () => void): void {
      // A failed write is left to the error handler above, which ends the run with its own code.
      const pending = [...streams.values()];
      const next = (): void => {
        const s = pending.shift();
        if (s) s.write('', (e) => e || next());
        else then();
      };
      next();
    },
  };
}
