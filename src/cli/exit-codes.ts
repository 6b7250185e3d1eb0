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

