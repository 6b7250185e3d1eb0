import { Command, CommanderError, Option } from 'commander';
import { registerBook } from './commands/book.register.js';
import { registerDeps } from './commands/deps.register.js';
import { registerDiff } from './commands/diff.register.js';
import { registerInit } from './commands/init.register.js';
import { registerLint } from './commands/lint.register.js';
import { registerNew } from './commands/new.register.js';
import { registerOrg } from './commands/org.register.js';
import { registerRules } from './commands/rules.register.js';
import { registerSchema } from './commands/schema.register.js';
import { UserError } from '../errors.js';
import { ExitCode } from './exit-codes.js';
import type { CliIO } from './io.js';
import { printable } from '../text/printable.js';
import { packageVersion } from '../version.js';

/**
 * Runs the `charter` command line and returns its exit code. Every error ends
 * here: a UserError prints its one line; anything else is an internal error,
 * one line too, with the stack only under `--debug`.
 */
export async function main(argv: readonly string[], rawIO: CliIO): Promise<number> {
  // Nothing on standard error is coloured: every control character but the line break is shown escaped.
  const io: CliIO = { ...rawIO, stderr: { ...rawIO.stderr, write: (t) => rawIO.stderr.write(printable(t, '\n')) } };
  const debug = argv.includes('--debug');
  let exitCode: number = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; usage mistakes are "could not do its job", and so is no
      // command at all (commander prints the usage on standard error, then says 1; ESLint exits 2).
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.Ok;
      if (err.code === 'commander.help') return err.exitCode === 0 ? ExitCode.Ok : ExitCode.Failure;
      return ExitCode.Failure;
    }
    if (err instanceof UserError) {
      // One line a problem (a configuration may have several), each escaped: a file name cannot break it.
      for (const line of err.lines) io.stderr.write(`charter: ${printable(line)}\n`);
      return ExitCode.Failure;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`charter: internal error: ${printable(message)}${debug ? '' : ' (run again with --debug for details)'}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return ExitCode.Failure;
  }
}

function buildProgram(io: CliIO, setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('charter')
    .description('Customer Success charters as code: lint them, see who depends on whom, start new ones.')
    .version(packageVersion(), '-v, --version', 'print the version')
    .addOption(new Option('--debug', 'show internal details (stack traces) on unexpected errors'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `charter: ${s.slice('error: '.length)}` : s),
    });

  for (const register of [registerLint, registerDeps, registerDiff, registerOrg, registerBook, registerNew, registerInit, registerSchema, registerRules]) register(program, io, setExitCode);
  return program;
}
