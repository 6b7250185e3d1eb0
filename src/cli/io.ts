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

/** The real process's IO. */
export function processIO(): CliIO {
  return {
    stdout: {
      write: (t) => void process.stdout.write(t),
      isTTY: process.stdout.isTTY === true,
      ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY === true },
    cwd: process.cwd(),
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
