import { UserError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** What `charter lint` reads: the paths (glob patterns are expanded by the lint run), and standard input when the path is `-`. */
export interface LintInput {
  paths: string[];
  stdin: { filename: string; bytes: Uint8Array } | undefined;
}

/**
 * Works out what to lint from the arguments: `-` (with `--stdin-filename <path>`) reads
 * a charter from standard input, as editors send the text being edited.
 * @throws UserError for `-` without `--stdin-filename` or the other way round.
 */
export async function lintInput(paths: readonly string[], options: { stdinFilename?: string | undefined }, io: CliIO): Promise<LintInput> {
  const dashes = paths.filter((p) => p === '-').length;
  if (dashes === 0) {
    if (options.stdinFilename !== undefined) {
      throw new UserError('--stdin-filename names the file standard input stands for; add - to read it: charter lint --stdin-filename <path> -');
    }
    return { paths: [...paths], stdin: undefined };
  }
  if (options.stdinFilename === undefined) {
    throw new UserError('charter lint - reads a charter from standard input; say which file it is with --stdin-filename <path>, such as charters/csm.yaml');
  }
  if (dashes > 1 || paths.length > 1) throw new UserError('charter lint - reads standard input only; give no other path with it');
  if (io.readStdin === undefined) throw new UserError('there is no standard input to read');
  return { paths: [], stdin: { filename: options.stdinFilename, bytes: await io.readStdin() } };
}
