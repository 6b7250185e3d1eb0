#!/usr/bin/env node
import { main } from '../cli/main.js';
import { ExitCode } from '../cli/exit-codes.js';
import { processIO } from '../cli/io.js';
import { UserError } from '../errors.js';

/** The last word on a failure outside main (no working directory, say): one line, exit 2. */
function fail(err: unknown): void {
  const message = err instanceof UserError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`charter: ${message}\n`);
  process.exitCode = ExitCode.Failure;
}

process.on('uncaughtException', (err) => {
  fail(err);
  process.exit(ExitCode.Failure);
});
try {
  process.exitCode = await main(process.argv.slice(2), processIO());
} catch (err) {
  fail(err);
}
