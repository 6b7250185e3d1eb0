import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { relativeInside } from './within.js';

/** What a file charter writes (a report, the cache) must never replace: all absolute. */
export interface ProtectedPaths {
  /** Every charter the run read. */
  sourcePaths: readonly string[];
  /** The charters directory: nothing under it may be written. */
  chartersDir: string;
  /** Directories linted: no YAML file in them may be written. */
  scanned: readonly string[];
  /** The configuration file, when there is one. */
  configFile: string | undefined;
}

/** The path with every symbolic link resolved; for a file not there yet, its nearest existing parent resolved. */
async function resolved(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(await resolved(parent), path.basename(abs));
  }
}

/** What kind of special file `stat` describes, for a message. */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * The kind of special file at `file` (following links: a pipe, a device, a socket),
 * or undefined when it is a regular file, a directory or not there. Never opens it,
 * so a pipe with no writer cannot make the run wait.
 */
export async function specialFileKind(file: string): Promise<string | undefined> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat === undefined || stat.isFile() || stat.isDirectory() ? undefined : kindOf(stat);
}

/**
 * Why charter must not write the path it was asked to (`option` names where it came
 * from: `--output-file`, `--cache-location`; `what` is what it writes: "the report"):
 * it resolves, through any links, to a charter, the configuration or anything under
 * the charters directory, or it is a special file (a pipe, a device,
 * /proc/self/fd/1), which is never replaced. One line for the user, or undefined
 * when the path may be written.
 */
export async function protectedTargetProblem(
  option: string,
  shown: string,
  target: string,
  protect: ProtectedPaths,
  written: { what: string; example: string },
): Promise<string | undefined> {
  const special = await specialFileKind(target);
  if (special !== undefined) return `${option} ${shown} is not a regular file (${special}); give a file`;
  const elsewhere = `write ${written.what} elsewhere, such as ${written.example}`;
  const real = await resolved(target);
  if (protect.configFile !== undefined && real === (await resolved(protect.configFile))) return `${option} ${shown} would overwrite the configuration; ${elsewhere}`;
  const sources = new Set(await Promise.all(protect.sourcePaths.map(resolved)));
  if (sources.has(real)) return `${option} ${shown} would overwrite a charter; ${elsewhere}`;
  const chartersDir = await resolved(protect.chartersDir);
  if (real === chartersDir || relativeInside(chartersDir, real) !== undefined) {
    return `${option} ${shown} is in the charters directory, where charter writes nothing; ${elsewhere}`;
  }
  if (/\.ya?ml$/i.test(real)) {
    for (const dir of protect.scanned) {
      if (relativeInside(await resolved(dir), real) !== undefined) return `${option} ${shown} would overwrite a charter; ${elsewhere}`;
    }
  }
  return undefined;
}
