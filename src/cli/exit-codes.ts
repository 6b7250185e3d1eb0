/**
 * The exit status contract of every command (spec: "Exit status of charter lint").
 * The only place these numbers are written.
 */
export const ExitCode = {
  /** Nothing to report (or warnings within --max-warnings). */
  Ok: 0,
  /** At least one error finding, or more warnings than --max-warnings. */
  Findings: 1,
  /** The tool could not do its job: bad arguments, unreadable directory or configuration, internal error. */
  Failure: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error meant for the user: printed as one line (no stack) by the top-level
 * handler, which exits with `exitCode`.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.Failure) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
