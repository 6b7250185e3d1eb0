import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeAtomic } from '../files/write.js';
import { describeFsError } from '../load/discover.js';

/** What a report file must never replace. */
export interface ProtectedFiles {
  /** Every file the lint run read (absolute). */
  sourcePaths: readonly string[];
  /** Directories linted, and the charters directory (absolute): no YAML file in them may be replaced. */
  scanned: readonly string[];
  /** The configuration file (absolute), when there is one. */
  configFile: string | undefined;
}

/**
 * `--output-file`: writes the report atomically (src/files/write.ts), so that a reader
 * never sees half a report. Refuses to write over a charter (a file
 * read, or a YAML file in a directory linted or the charters directory) or the
 * configuration.
 * @throws UserError when the file may not or cannot be written.
 */
export async function writeReportFile(file: string, text: string, cwd: string, protect: ProtectedFiles): Promise<void> {
  const target = path.resolve(cwd, file);
  const inScanned = protect.scanned.some((dir) => {
    const rel = path.relative(dir, target);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
  const isCharter = protect.sourcePaths.includes(target) || (/\.ya?ml$/i.test(target) && inScanned);
  if (isCharter || target === protect.configFile) {
    throw new UserError(`--output-file ${file} would overwrite ${isCharter ? 'a charter' : 'the configuration'}; write the report elsewhere, such as charter-report.sarif`);
  }
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw new UserError(`--output-file ${file} is a directory; give a file name, such as ${path.join(file, 'charter-report.sarif')}`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeAtomic(target, text);
  } catch (err) {
    throw new UserError(`cannot write the report to ${file}: ${describeFsError(err, 'write error')}`);
  }
}
