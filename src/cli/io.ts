import { UserError } from '../errors.js';

/** Where a command writes: a stream, or a buffer in tests. */
export interface Output {
  write(text: string): void;
  /** True when a person is watching (a terminal). */
  isTTY?: boolean;
  /** Terminal width, when known. */
  columns?: number;
}

/**
 * Everything a command needs from the outside world, so that commands run the
 * same in a process and in tests.
 */
export interface CliIO {
  stdout: Output;
  stderr: Output;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when standard input is a terminal (interactive prompts are allowed). */
  stdinIsTTY: boolean;
  /** All of standard input (`charter lint -`); absent where there is none to read. */
  readStdin?: () => Promise<Uint8Array>;
}

/**
 * A process stream as an Output. When the reader goes away (`charter deps | head -1`:
 * EPIPE), what is left to write is dropped quietly and the run ends as it would have.
 */
function streamOutput(stream: NodeJS.WriteStream): Output['write'] {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    closed = true;
    if (err.code !== 'EPIPE' && stream !== process.stderr) process.stderr.write(`charter: cannot write the output (${err.code ?? err.message})\n`);
  });
  return (t) => {
    if (!closed) stream.write(t);
  };
}

/**
 * The real process's IO.
 * @throws UserError when the working directory no longer exists.
 */
export function processIO(): CliIO {
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    throw new UserError('the working directory no longer exists (deleted or moved); cd to a directory that exists and run again');
  }
  return {
    stdout: {
      write: streamOutput(process.stdout),
      isTTY: process.stdout.isTTY === true,
      ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    },
    stderr: { write: streamOutput(process.stderr), isTTY: process.stderr.isTTY === true },
    cwd,
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/**
 * Whether colour is wanted on this output: `--color` / `--no-color` when given (`flag`),
 * else a terminal, and NO_COLOR not set (FORCE_COLOR forces it).
 */
export function wantsColor(out: Output, env: CliIO['env'], flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return out.isTTY === true;
}
