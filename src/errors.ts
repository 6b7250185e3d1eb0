/**
 * An error meant for the user: they asked for something that cannot be done (a path
 * that does not exist, a bad option value, a configuration that does not parse).
 * Its message is one plain line; the command line prints it without a stack and
 * exits 2 (see src/cli/exit-codes.ts, the only place exit codes are chosen).
 * Every stage throws this one type; none of them knows about exit codes.
 */
export class UserError extends Error {
  /** The lines to print: the message, or one line a problem when there are several (a configuration's mistakes). */
  readonly lines: readonly string[];

  constructor(message: string | readonly string[]) {
    const lines = typeof message === 'string' ? [message] : message;
    super(lines.join('\n'));
    this.name = 'UserError';
    this.lines = lines;
  }
}
