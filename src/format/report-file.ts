import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeAtomic } from '../files/write.js';
import { describeFsError } from '../load/discover.js';
import { protectedTargetProblem } from '../files/guard.js';

/** What a report file must never replace. */
export interface ProtectedFiles {
  /** Every file the lint run read (absolute). */
  sourcePaths: readonly string[];
  /** Directories linted, and the charters directory (absolute): no YAML file in them may be replaced. */
  scanned: readonly string[];
  /** The configuration file (absolute), when there is one. */
  configFile: string | undefined;
  /** The charters directory (absolute): nothing under it may be written. */
  chartersDir: string;
}

/**
 * `--output-file`: writes the report atomically (src/files/write.ts), so that a reader
 * never sees half a report. Refuses (see refuseProtectedTarget) a path that
 * resolves, through links, to a charter, the configuration or anything under the
 * charters directory, and a special file (a pipe, a device), which is never replaced.
 * @throws UserError when the file may not or cannot be written.
 */
export async function writeReportFile(file: string, text: string, cwd: string, protect: ProtectedFiles): Promise<void> {
  const target = path.resolve(cwd, file);
  const refused = await protectedTargetProblem('--output-file', file, target, protect, { what: 'the report', example: 'charter-report.sarif' });
  if (refused !== undefined) throw new UserError(refused);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw new UserError(`--output-file ${file} is a directory; give a file name, such as ${path.join(file, 'charter-report.sarif')}`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeAtomic(target, text);
  } catch (err) {
    throw new UserError(`cannot write the report to ${file}: ${describeFsError(err, 'write error')}`);
  }
}
