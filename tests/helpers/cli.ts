import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

/** What a command run in-process printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `charter <argv>` in-process, capturing its output; no colour, not a terminal, unless told. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; columns?: number; stdin?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: {
      write: (t) => void (stdout += t),
      isTTY: options.tty ?? false,
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
    },
    stderr: { write: (t) => void (stderr += t), isTTY: options.tty ?? false },
    cwd: options.cwd ?? process.cwd(),
    // The environment is empty but for the test run's fixed "today" (CHARTER_TODAY, set in vitest.config.ts).
    env: options.env ?? { CHARTER_TODAY: process.env['CHARTER_TODAY'] },
    stdinIsTTY: options.tty ?? false,
    ...(options.stdin !== undefined ? { readStdin: () => Promise.resolve(Buffer.from(options.stdin!, 'utf8')) } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
